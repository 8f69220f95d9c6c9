package io.github.meanfieldlab.render;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The ticks of one laid-out axis: values, their labels ($…$ math allowed), and the power of ten taken out of
 * the labels (0 for none), which the axis label then carries as "×10ⁿ".
 *
 * @param exponent labels show value / 10^exponent
 */
record Ticks(double[] values, String[] labels, int exponent) {
    /** Ticks closer than this many label sizes collide to the eye even when they do not touch. */
    private static final double GAP = 0.8;
    private static final int MOST = 12;
    /** Labels of values from 10⁴ up, or below 10⁻³, take a power of ten out ({@link #exponent}). */
    private static final int LARGE = 4;
    private static final int SMALL = -3;

    static final Ticks NONE = new Ticks(new double[0], new String[0], 0);

    /**
     * As many round ticks (1, 2 or 5 times a power of ten; multiples of π/2 on an angle axis) as fit on an axis
     * {@code length} points long over {@code range}, where {@code size} gives each label's extent along the
     * axis and {@code gap} the least space between two labels.
     */
    static Ticks fit(Axis axis, Range range, double length, ToDoubleFunction<String> size, double gap) {
        if (axis.log()) {
            return LogAxis.ticks(axis, range, length, size, gap);
        }
        if (axis.angle()) {
            Ticks all = angle(new double[] {-1, -0.5, 0, 0.5, 1}, new String[] {"$-\\pi$", "$-\\pi/2$", "0", "$\\pi/2$", "$\\pi$"});
            return all.fits(range, length, size, gap) ? all : angle(new double[] {-1, 0, 1}, new String[] {"$-\\pi$", "0", "$\\pi$"});
        }
        Ticks previous = null;
        for (double step = niceStep(range.span() / MOST); ; step = nextNice(step)) {
            Ticks t = linear(range, step);
            if (t.values.length < 2 && previous != null) {
                // Fewer than two ticks give no scale: keep the sparsest set that still has two, thinned to fit.
                return previous.thinned(range, length, size, gap);
            }
            if (t.values.length <= 2 || t.fits(range, length, size, gap)) {
                return t;
            }
            previous = t;
        }
    }

    private static Ticks angle(double[] multiples, String[] labels) {
        double[] v = new double[multiples.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = multiples[i] * Math.PI;
        }
        return new Ticks(v, labels, 0);
    }

    /** Ticks every {@code step} across {@code range}, labelled with as many decimals as the step needs. */
    static Ticks linear(Range range, double step) {
        double[] values = multiples(range.min(), range.max(), step);
        int exponent = exponent(Math.max(Math.abs(range.min()), Math.abs(range.max())));
        double scale = Math.pow(10, exponent);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step / scale) + 1e-9));
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = format(values[i] / scale, decimals);
        }
        return new Ticks(values, labels, exponent);
    }

    /**
     * The multiples of {@code step} in [lo, hi], the ends let in within a rounding error: whole numbers times the
     * step, so that 0 is 0, not −1.1e−17.
     */
    static double[] multiples(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] at = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < at.length; i++) {
            at[i] = (first + i) * step;
        }
        return at;
    }

    /**
     * The power of ten that labels of values up to {@code largest} in size take out: from 10⁴ up or below 10⁻³ its
     * order of magnitude, 0 between (and for 0), where the labels are short enough in full.
     */
    static int exponent(double largest) {
        int magnitude = largest > 0 ? (int) Math.floor(Math.log10(largest)) : 0;
        return magnitude >= LARGE || magnitude < SMALL ? magnitude : 0;
    }

    /** Whether neighbouring labels keep {@code gap} apart on an axis {@code length} long over {@code range}. */
    boolean fits(Range range, double length, ToDoubleFunction<String> size, double gap) {
        double perUnit = length / range.span();
        for (int i = 1; i < values.length; i++) {
            double apart = (values[i] - values[i - 1]) * perUnit;
            double need = (size.applyAsDouble(labels[i - 1]) + size.applyAsDouble(labels[i])) / 2 + gap * GAP;
            if (apart < need) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every k-th of these ticks, the first and the last among them (k divides the intervals), for the smallest k
     * whose labels fit; the two ends when none does. On a short axis, where the next round step would leave one
     * tick, "−1 0 1" becomes "−1 1" rather than three labels run together.
     */
    Ticks thinned(Range range, double length, ToDoubleFunction<String> size, double gap) {
        int intervals = values.length - 1;
        if (intervals < 1) {
            return this;
        }
        return everyKth(smallestStride(intervals, k -> everyKth(k).fits(range, length, size, gap)).orElse(intervals));
    }

    /**
     * The smallest k that divides {@code intervals} and {@code fits}: every k-th of {@code intervals} + 1 ticks then
     * keeps the first and the last, the densest evenly spaced set that fits; empty when none does.
     */
    static OptionalInt smallestStride(int intervals, IntPredicate fits) {
        return IntStream.rangeClosed(1, intervals).filter(k -> intervals % k == 0 && fits.test(k)).findFirst();
    }

    /** Every k-th of these ticks, the first among them. */
    Ticks everyKth(int k) {
        int n = (values.length - 1) / k + 1;
        return new Ticks(everyKth(values, k), IntStream.range(0, n).mapToObj(i -> labels[i * k]).toArray(String[]::new),
                exponent);
    }

    /** Every k-th of {@code values}, the first among them. */
    static double[] everyKth(double[] values, int k) {
        return IntStream.range(0, (values.length - 1) / k + 1).mapToDouble(i -> values[i * k]).toArray();
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double mantissa = rough / power;
        double nice = mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10;
        return nice * power;
    }

    /** The round step after {@code step}: 1 → 2 → 5 → 10. */
    static double nextNice(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double mantissa = Math.round(step / power);
        return (mantissa < 2 ? 2 : mantissa < 5 ? 5 : 10) * power;
    }

    /** Fixed decimals; a typographic minus sign, as in print. */
    static String format(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '−');
    }

    /** The text an axis label gets appended when the ticks take a power of ten out: "  (×10⁵)", as math. */
    String exponentSuffix() {
        return exponent == 0 ? "" : "  ($\\times 10^{" + exponent + "}$)";
    }
}
