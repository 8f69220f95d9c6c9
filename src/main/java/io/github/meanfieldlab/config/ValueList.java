package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of values as a person types it, on the command line ({@code --seeds 1..8}, {@code --vary
 * model.width=16,64}) and in the app's ladder dialog alike: comma separated, where "a..b" stands for the whole
 * numbers a to b. One parser, so that both accept the same text and refuse it in the same words.
 */
public final class ValueList {
    /** A range longer than this is a typing error, not a plan (a sweep of a million runs). */
    private static final long MAX_RANGE = 10_000;
    /** The allowed form, for every message. */
    private static final String FORM = "allowed: values separated by commas, a..b for the whole numbers a to b "
            + "(such as 1..8 or 1,3,5)";

    private ValueList() {
    }

    /**
     * "1..3,8" → [1, 2, 3, 8].
     *
     * @param field names the option or field in messages, such as "--seeds" or "seeds"
     * @throws InputException naming {@code field}, the text and the allowed form, if an item is empty or a
     *         range is not a..b of at most {@value #MAX_RANGE} whole numbers
     */
    public static List<String> expand(String text, String field) {
        List<String> values = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String s = item.trim();
            if (s.isEmpty()) {
                throw new InputException(field + " " + text + ": an empty value; " + FORM);
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
                throw new InputException(field + " " + text + ": '" + s + "' is not a range of whole numbers a..b; "
                        + FORM);
            }
            if (to < from || to - from >= MAX_RANGE) {
                throw new InputException(field + " " + text + ": the range " + s + " is out of range; allowed: a..b "
                        + "with a <= b and at most " + MAX_RANGE + " values");
            }
            for (long v = from; v <= to; v++) {
                values.add(Long.toString(v));
            }
        }
        return values;
    }

    /** The values as whole numbers, such as seeds. */
    public static long[] wholeNumbers(String text, String field) {
        return parse(text, field, "a whole number", Long::valueOf).stream().mapToLong(Long::longValue).toArray();
    }

    /** The values as finite numbers. */
    public static double[] numbers(String text, String field) {
        return parse(text, field, "a finite number", v -> {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        }).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The one finite number of a field that takes a single value. */
    public static double number(String text, String field) {
        double[] v = numbers(text, field);
        if (v.length != 1) {
            throw new InputException(field + " " + text + ": " + v.length + " values; allowed: one finite number");
        }
        return v[0];
    }

    private static <T> List<T> parse(String text, String field, String what, Function<String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String v : expand(text, field)) {
            try {
                out.add(parser.apply(v));
            } catch (NumberFormatException e) {
                throw new InputException(field + " " + text + ": '" + v + "' is not " + what + "; " + FORM);
            }
        }
        return out;
    }
}
