package io.github.meanfieldlab.render;

import java.util.Locale;

/** One axis of a plot: a label, the range of data values it spans, and the ticks to mark on it. */
record Axis(String label, Range range, double[] ticks, String[] tickLabels) {

    /** An axis with round tick values (1, 2 or 5 times a power of ten), about {@code targetTicks} of them. */
    static Axis linear(String label, Range range, int targetTicks) {
        double step = niceStep(range.span() / Math.max(1, targetTicks));
        double first = Math.ceil(range.min() / step - 1e-9) * step;
        int count = (int) Math.floor((range.max() - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(count, 0)];
        String[] labels = new String[ticks.length];
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        for (int i = 0; i < ticks.length; i++) {
            // Snap to the step grid so that 0 prints as 0, not -1.1e-17.
            ticks[i] = Math.round((first + i * step) / step) * step;
            labels[i] = format(ticks[i], decimals);
        }
        return new Axis(label, range, ticks, labels);
    }

    /** An angle axis over [−π, π] with ticks at multiples of π/2. */
    static Axis angle(String label) {
        double p = Math.PI;
        return new Axis(label, new Range(-p, p), new double[] {-p, -p / 2, 0, p / 2, p},
                new String[] {"−π", "−π/2", "0", "π/2", "π"});
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double mantissa = rough / power;
        double nice = mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10;
        return nice * power;
    }

    /** Fixed decimals; a typographic minus sign, as in print. */
    static String format(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '−');
    }

    /** A compact label for a value of any magnitude (colour-bar ticks on a log scale). */
    static String compact(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String s = magnitude >= 1e-3 && magnitude < 1e4
                ? String.format(Locale.ROOT, "%.3g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "")
                : String.format(Locale.ROOT, "%.0e", value).replace("e+0", "e").replace("e-0", "e-");
        return s.replace('-', '−');
    }
}
