package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Dataset;
import java.awt.Color;
import java.util.function.ToDoubleFunction;

/** Which colour a data value gets: a colour map over a value range, linearly or logarithmically. */
record ValueColors(ColorMap map, ColorScale scale, Range range) {
    /** Decades shown below the top of a log scale. */
    static final double LOG_DECADES = 3;

    /**
     * Colours for non-negative values up to {@code max}: [0, max] when linear, the top {@link #LOG_DECADES}
     * decades when logarithmic (smaller values, zero included, take the bottom colour).
     */
    static ValueColors upTo(ColorMap map, ColorScale scale, double max) {
        double top = max > 0 && Double.isFinite(max) ? max : 1;
        Range range = scale == ColorScale.LOG ? new Range(top * Math.pow(10, -LOG_DECADES), top) : new Range(0, top);
        return new ValueColors(map, scale, range);
    }

    /**
     * Colours for the targets y_i of {@code data} and values on their scale: one-sided from the smallest to the
     * largest target when no target is negative (a sequential map), symmetric about 0 otherwise (diverging, or
     * cividis when the look must survive grey-scale printing).
     */
    static ValueColors forTargets(Dataset data, Look.Palette palette) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            lo = Math.min(lo, data.y(i));
            hi = Math.max(hi, data.y(i));
        }
        if (!(lo <= hi)) {
            return new ValueColors(ColorMap.COOL_WARM, ColorScale.LINEAR, new Range(-1, 1));
        }
        if (lo >= 0) {
            return new ValueColors(ColorMap.VIRIDIS, ColorScale.LINEAR, new Range(lo, hi));
        }
        double m = Math.max(-lo, hi);
        return new ValueColors(palette == Look.Palette.GREY ? ColorMap.CIVIDIS : ColorMap.COOL_WARM, ColorScale.LINEAR,
                new Range(-m, m));
    }

    /**
     * The targets' colour scale as a figure shares it ({@link Scales}): the range {@link #forTargets} gives, named
     * by the kind of map (one-sided or symmetric), so that only targets of the same kind share a scale.
     */
    static Scales.Scale targetScale(Dataset data) {
        ValueColors targets = forTargets(data, Look.Palette.COLOUR);
        return new Scales.Scale("targets " + targets.map(), targets.range());
    }

    /** The targets' colours in {@code palette} over the range of {@code shared}, a {@link #targetScale} or a union of two. */
    static ValueColors forTargets(Dataset data, Look.Palette palette, Scales.Scale shared) {
        ValueColors natural = forTargets(data, palette);
        return new ValueColors(natural.map(), natural.scale(), shared.range());
    }

    /**
     * Colours for signed values in [−max, max], 0 in the middle of a diverging map; when logarithmic, each side
     * shows the top {@link #LOG_DECADES} decades of |value| (smaller ones take the middle colour).
     */
    static ValueColors symmetric(ColorMap map, ColorScale scale, double max) {
        double top = max > 0 && Double.isFinite(max) ? max : 1;
        return new ValueColors(map, scale, new Range(-top, top));
    }

    private boolean isSigned() {
        return range.min() < 0;
    }

    /** Position of {@code value} along the map, not clamped. */
    double fraction(double value) {
        if (isSigned()) {
            if (scale == ColorScale.LOG) {
                double floor = range.max() * Math.pow(10, -LOG_DECADES);
                double side = Math.abs(value) > floor ? Math.log(Math.abs(value) / floor) / Math.log(range.max() / floor) : 0;
                return 0.5 + 0.5 * Math.signum(value) * side;
            }
            return range.fraction(value);
        }
        if (scale == ColorScale.LOG) {
            if (!(value > 0)) {
                return 0;
            }
            return Math.log(value / range.min()) / Math.log(range.max() / range.min());
        }
        return range.fraction(value);
    }

    int argb(double value) {
        return map.argb(fraction(value));
    }

    Color color(double value) {
        return map.color(fraction(value));
    }

    /** The ticks of this scale's colour bar, {@code length} points tall: whole decades on a log scale. */
    Ticks ticks(double length, ToDoubleFunction<String> size, double gap) {
        if (scale == ColorScale.LINEAR) {
            return Ticks.fit(Axis.linear("", range), range, length, size, gap);
        }
        int hi = (int) Math.floor(Math.log10(range.max()) + 1e-9);
        if (!isSigned()) {
            int lo = (int) Math.ceil(Math.log10(range.min()) - 1e-9);
            double[] values = new double[Math.max(0, hi - lo + 1)];
            String[] labels = new String[values.length];
            for (int e = lo; e <= hi; e++) {
                values[e - lo] = Math.pow(10, e);
                labels[e - lo] = "$10^{" + e + "}$";
            }
            return new Ticks(values, labels, 0);
        }
        // Signed: 0 and ±10^e for the decades shown; every decade if the labels fit, else every other, ...
        int lo = (int) Math.ceil(Math.log10(range.max()) - LOG_DECADES + 1e-9);
        Ticks signed = null;
        for (int stride = 1; stride <= Math.max(1, hi - lo + 1); stride++) {
            signed = signedDecades(lo, hi, stride);
            double needed = 0;
            for (String label : signed.labels()) {
                needed += size.applyAsDouble(label) + gap;
            }
            if (needed <= length) {
                break;
            }
        }
        return signed;
    }

    /** 0 and ±10^e for e = hi, hi − stride, ... down to lo, in increasing order. */
    private static Ticks signedDecades(int lo, int hi, int stride) {
        int n = Math.max(0, (hi - lo) / stride + 1);
        double[] values = new double[2 * n + 1];
        String[] labels = new String[values.length];
        values[n] = 0;
        labels[n] = "0";
        for (int k = 0; k < n; k++) {
            int e = hi - k * stride;
            values[2 * n - k] = Math.pow(10, e);
            labels[2 * n - k] = "$10^{" + e + "}$";
            values[k] = -Math.pow(10, e);
            labels[k] = "$-10^{" + e + "}$";
        }
        return new Ticks(values, labels, 0);
    }
}
