package io.github.meanfieldlab.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the values of a figure's view options ({@link SnapshotFigure#setViewOption}) as the figures write them in
 * {@link SnapshotFigure#viewOptions}: lower-case choice names, true or false, whole and decimal numbers. Each
 * refusal names the option, the value and what is allowed.
 */
final class ViewOption {
    /** The value of a choice or an index that stands for the figure's own default for the model shown. */
    static final String DEFAULT = "default";

    private ViewOption() {
    }

    static String name(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    static boolean bool(String id, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw refused(id, value, "true, false");
    }

    static <E extends Enum<E>> E choice(String id, String value, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(value)) {
                return e;
            }
        }
        throw refused(id, value, Arrays.stream(type.getEnumConstants()).map(ViewOption::name)
                .collect(Collectors.joining(", ")));
    }

    /** A whole number from {@code min} to {@code max}. */
    static int whole(String id, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below, with what is allowed
        }
        throw refused(id, value, "a whole number from " + min + " to " + max);
    }

    /** A number in (min, max]. */
    static double number(String id, String value, double above, double max) {
        try {
            double v = Double.parseDouble(value);
            if (v > above && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below, with what is allowed
        }
        throw refused(id, value, "a number in (" + above + ", " + max + "]");
    }

    static IllegalArgumentException unknown(String id, Collection<String> known) {
        return new IllegalArgumentException(id + " is not a view option of this pane; allowed: " + String.join(", ", known));
    }

    private static IllegalArgumentException refused(String id, String value, String allowed) {
        return new IllegalArgumentException(id + " = '" + value + "' is not allowed; allowed: " + allowed);
    }
}
