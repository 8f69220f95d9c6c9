package io.github.meanfieldlab.render;

/** A closed interval [min, max] of data values with max > min, the extent of one plot axis. */
public record Range(double min, double max) {
    public Range {
        if (!(Double.isFinite(min) && Double.isFinite(max))) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is not finite");
        }
        if (max <= min) {
            // A degenerate extent (one point, or identical values) still needs room to be drawn.
            double half = Math.max(Math.abs(min) * 0.1, 0.5);
            double mid = (min + max) / 2;
            min = mid - half;
            max = mid + half;
        }
    }

    double span() {
        return max - min;
    }

    /** Where {@code value} lies, 0 at min and 1 at max. */
    double fraction(double value) {
        return (value - min) / span();
    }

    /** Widened by {@code fraction} of the span on each side. */
    Range padded(double fraction) {
        double pad = span() * fraction;
        return new Range(min - pad, max + pad);
    }

    /** The smallest range holding both. */
    Range union(Range other) {
        return new Range(Math.min(min, other.min), Math.max(max, other.max));
    }

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}
