package io.github.meanfieldlab.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Logarithmic axes: an {@link Axis} whose range and ticks are in log10 units, so a figure plots log10(v) with
 * the usual {@link PlotFrame} and the tick labels still read as v.
 */
final class LogAxis {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LogAxis() {
    }

    /**
     * An axis over [min, max] (both &gt; 0) with a little room either side; ticks at {@code marks} if given
     * (a ladder's rungs), else at whole decades, with 2 and 5 between them when the range spans under two
     * and 2, 3, 5 and 7 when under one.
     */
    static Axis of(String label, double min, double max, double[] marks) {
        double lo = Math.log10(min);
        double hi = Math.log10(max);
        Range range = new Range(lo, hi).padded(0.06);
        List<Double> ticks = new ArrayList<>();
        if (marks != null) {
            for (double m : marks) {
                ticks.add(Math.log10(m));
            }
        } else {
            double[] mantissas = range.span() < 1 ? new double[] {1, 2, 3, 5, 7}
                    : range.span() < 2 ? new double[] {1, 2, 5} : new double[] {1};
            for (int decade = (int) Math.floor(range.min()); decade <= Math.ceil(range.max()); decade++) {
                for (double mantissa : mantissas) {
                    double t = decade + Math.log10(mantissa);
                    if (range.contains(t)) {
                        ticks.add(t);
                    }
                }
            }
        }
        double[] t = ticks.stream().mapToDouble(Double::doubleValue).toArray();
        String[] labels = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            labels[i] = label(Math.pow(10, t[i]));
        }
        return new Axis(label, range, t, labels);
    }

    /** 0.05 → "0.05", 1024 → "1024", 1e−5 → "10⁻⁵", 2e−5 → "2·10⁻⁵": short labels for any magnitude. */
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
        StringBuilder power = new StringBuilder("10");
        if (exponent < 0) {
            power.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            power.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return mantissa == 1 ? power.toString() : mantissa + "·" + power;
    }
}
