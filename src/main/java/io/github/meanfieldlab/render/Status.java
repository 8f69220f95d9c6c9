package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.Locale;

/** The one-line stamp a figure carries beside its title, so an exported file says when in the flow it is. */
final class Status {
    private Status() {
    }

    /** Pseudo-time, step and loss: "s = 12.50   step 25   E = 3.21×10⁻²", with s and E as math. */
    static String of(FlowSnapshot s) {
        return String.format(Locale.ROOT, "$s$ = %.2f   step %d   $E$ = %s", s.time(), s.step(), scientific(s.loss()));
    }

    /** Three significant digits in scientific notation, as math: "$3.21\times 10^{-2}$". */
    static String scientific(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "$%.2f\\times 10^{%d}$", mantissa, exponent);
    }

    /** As {@link #of}, in plain text with Unicode superscripts, for text that is not typeset (the loss chart). */
    static String plain(FlowSnapshot s) {
        return String.format(Locale.ROOT, "s = %.2f   step %d   E = %s", s.time(), s.step(), plain(s.loss()));
    }

    /** Three significant digits in plain text: "3.21×10⁻²". */
    static String plain(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.2f×10%s", mantissa, superscript(exponent)).replace('-', '−');
    }

    /** {@code exponent} in Unicode superscripts: −12 → "⁻¹²". */
    static String superscript(int exponent) {
        StringBuilder power = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            power.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return power.toString();
    }
}
