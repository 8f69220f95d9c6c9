package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A list of values on the command line: comma separated, where "a..b" stands for the whole numbers a to b. */
final class ValueList {
    /** A range longer than this is a typing error, not a plan (a sweep of a million runs). */
    private static final long MAX_RANGE = 10_000;

    private ValueList() {
    }

    /**
     * "1..3,8" → [1, 2, 3, 8].
     *
     * @param option names the option in messages, such as "--seeds"
     */
    static List<String> expand(String text, String option) {
        List<String> values = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String s = item.trim();
            if (s.isEmpty()) {
                throw new InputException(option + " " + text + ": an empty value; write values separated by commas");
            }
            int dots = s.indexOf("..");
            if (dots < 0) {
                values.add(s);
                continue;
            }
            long from;
            long to;
            try {
                from = Long.parseLong(s.substring(0, dots).trim());
                to = Long.parseLong(s.substring(dots + 2).trim());
            } catch (NumberFormatException e) {
                throw new InputException(option + " " + text + ": '" + s + "' is not a range of whole numbers a..b");
            }
            if (to < from || to - from >= MAX_RANGE) {
                throw new InputException(option + " " + text + ": the range " + s + " is out of range; allowed: a..b "
                        + "with a <= b and at most " + MAX_RANGE + " values");
            }
            for (long v = from; v <= to; v++) {
                values.add(Long.toString(v));
            }
        }
        return values;
    }

    /** The values as whole numbers. */
    static long[] wholeNumbers(String text, String option) {
        return parse(text, option, "a whole number", Long::valueOf).stream().mapToLong(Long::longValue).toArray();
    }

    /** The values as finite numbers. */
    static double[] numbers(String text, String option) {
        return parse(text, option, "a finite number", v -> {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        }).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static <T> List<T> parse(String text, String option, String what, Function<String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String v : expand(text, option)) {
            try {
                out.add(parser.apply(v));
            } catch (NumberFormatException e) {
                throw new InputException(option + " " + text + ": '" + v + "' is not " + what);
            }
        }
        return out;
    }
}
