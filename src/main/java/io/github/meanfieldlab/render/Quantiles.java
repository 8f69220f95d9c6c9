package io.github.meanfieldlab.render;

import java.util.Arrays;

/** Robust extents of data: quantiles, optionally weighted, so that a few outliers do not squash a plot. */
final class Quantiles {
    private Quantiles() {
    }

    /** The {@code lower} and {@code upper} quantiles of {@code values} (NaN and infinities ignored). */
    static Range of(double[] values, double lower, double upper) {
        return weighted(values, null, lower, upper);
    }

    /**
     * Weighted quantiles: the smallest values below which the fractions {@code lower} and {@code upper} of
     * the total weight lie. {@code weights} null, or all zero, means equal weights.
     */
    static Range weighted(double[] values, double[] weights, double lower, double upper) {
        int n = 0;
        double[] finite = new double[values.length];
        double[] w = new double[values.length];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                finite[n] = values[i];
                w[n] = weights == null ? 1 : Math.abs(weights[i]);
                total += w[n];
                n++;
            }
        }
        if (n == 0) {
            return new Range(0, 1);
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            Arrays.fill(w, 0, n, 1);
            total = n;
        }
        Integer[] idx = new Integer[n];
        Arrays.setAll(idx, i -> i);
        Arrays.sort(idx, (p, q) -> Double.compare(finite[p], finite[q]));
        double lo = finite[idx[0]];
        double hi = finite[idx[n - 1]];
        double cumulative = 0;
        boolean loFound = false;
        for (int r = 0; r < n; r++) {
            cumulative += w[idx[r]];
            if (!loFound && cumulative >= lower * total) {
                lo = finite[idx[r]];
                loFound = true;
            }
            if (cumulative >= upper * total) {
                hi = finite[idx[r]];
                break;
            }
        }
        return new Range(lo, hi);
    }
}
