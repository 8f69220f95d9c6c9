package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.Locale;

/** The one-line stamp a figure carries beside its title, so an exported file says when in the flow it is. */
final class Status {
    private Status() {
    }

    /** Pseudo-time, step and loss: "s = 12.50   step 25   E = 3.21e−2". */
    static String of(FlowSnapshot s) {
        return String.format(Locale.ROOT, "s = %.2f   step %d   E = %s", s.time(), s.step(), scientific(s.loss()));
    }

    /** Three significant digits in scientific notation with a typographic minus: "3.21e−2". */
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
        return (String.format(Locale.ROOT, "%.2fe%d", mantissa, exponent)).replace('-', '−');
    }
}
