package io.github.meanfieldlab.app;

import java.util.Locale;

/** Numbers as people read them on a control or a status bar: short, without trailing zeros. */
public final class NumberText {
    private NumberText() {
    }

    /** At most four significant digits; whole numbers without a decimal point; scientific when tiny or huge. */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.3e", v).replaceAll("\\.?0+e", "e");
    }
}
