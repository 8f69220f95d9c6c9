package io.github.meanfieldlab.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Logarithmic axes: an {@link Axis} whose range and ticks are in log10 units, so a figure plots log10(v) with
 * the usual {@link PlotFrame} and the tick labels still read as v. Its ticks are thinned like a linear axis's
 * until their labels fit the length the axis gets.
 */
final class LogAxis {
    private LogAxis() {
    }

    /** An axis over [min, max] (both &gt; 0) with a little room either side; ticks at {@code marks} if given (a ladder's rungs). */
    static Axis of(String label, double min, double max, double[] marks) {
        Range range = new Range(Math.log10(min), Math.log10(max)).padded(0.06);
        double[] logMarks = null;
        if (marks != null) {
            logMarks = new double[marks.length];
            for (int i = 0; i < marks.length; i++) {
                logMarks[i] = Math.log10(marks[i]);
            }
        }
        return new Axis(label, range, false, true, logMarks, 0);
    }

    /**
     * The densest ticks whose labels fit: at the axis's marks, every one or every k-th; or at whole decades,
     * with 2, 3, 5 and 7 between them on a range under one decade and 2 and 5 under two, every k-th decade on
     * a long range.
     */
    static Ticks ticks(Axis axis, Range range, double length, ToDoubleFunction<String> size, double gap) {
        List<double[]> candidates = new ArrayList<>();
        if (axis.marks() != null) {
            for (int stride = 1; stride <= Math.max(1, axis.marks().length); stride++) {
                List<Double> every = new ArrayList<>();
                for (int i = 0; i < axis.marks().length; i += stride) {
                    every.add(axis.marks()[i]);
                }
                candidates.add(every.stream().mapToDouble(Double::doubleValue).toArray());
            }
        } else {
            if (range.span() < 1) {
                candidates.add(decades(range, new double[] {1, 2, 3, 5, 7}, 1));
            }
            if (range.span() < 2) {
                candidates.add(decades(range, new double[] {1, 2, 5}, 1));
            }
            for (int stride = 1; stride <= Math.max(1, (int) Math.ceil(range.span())); stride++) {
                candidates.add(decades(range, new double[] {1}, stride));
            }
        }
        Ticks last = Ticks.NONE;
        for (double[] values : candidates) {
            String[] labels = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                labels[i] = label(Math.pow(10, values[i]));
            }
            last = new Ticks(values, labels, 0);
            if (last.fits(range, length, size, gap)) {
                return last;
            }
        }
        return last;
    }

    /** log10 of mantissa·10^e for the mantissas given, every {@code stride}-th decade, inside {@code range}. */
    private static double[] decades(Range range, double[] mantissas, int stride) {
        List<Double> ticks = new ArrayList<>();
        for (int decade = (int) Math.floor(range.min()); decade <= Math.ceil(range.max()); decade++) {
            if (Math.floorMod(decade, stride) != 0) {
                continue;
            }
            for (double mantissa : mantissas) {
                double t = decade + Math.log10(mantissa);
                if (range.contains(t)) {
                    ticks.add(t);
                }
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** 0.05 → "0.05", 1024 → "1024", 1e−5 → "$10^{-5}$", 2e−5 → "$2 \cdot 10^{-5}$": short labels for any magnitude. */
    static String label(double v) {
        int exponent = (int) Math.floor(Math.log10(v) + 1e-9);
        if (v == Math.rint(v) && v < 1e6) {
            return Long.toString((long) v);
        }
        if (exponent >= -3 && exponent <= 4) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        long mantissa = Math.round(v / Math.pow(10, exponent));
        String power = "10^{" + exponent + "}";
        return mantissa == 1 ? "$" + power + "$" : "$" + mantissa + " \\cdot " + power + "$";
    }
}
