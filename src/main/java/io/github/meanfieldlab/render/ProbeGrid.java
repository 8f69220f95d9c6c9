package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Dataset;

/** The input points at which the fit is evaluated: a regular grid over the data with a margin around it. */
public final class ProbeGrid {
    /** Margin on each side, as a fraction of the data's extent. */
    static final double MARGIN = 0.15;

    private ProbeGrid() {
    }

    /**
     * Probe points for {@code data}, row-major n×d, for {@code FlowRunner.setProbeInputs}: for d = 1,
     * {@code resolution} points along the line; for d = 2, a {@code resolution}×{@code resolution} grid with
     * x₁ varying fastest; for d &gt; 2 none (the fit view shows d ≤ 2 only).
     */
    public static double[] forData(Dataset data, int resolution) {
        if (resolution < 2) {
            throw new IllegalArgumentException("probe resolution = " + resolution + "; allowed: >= 2");
        }
        int d = data.dimension();
        if (d > 2) {
            return new double[0];
        }
        Range[] ranges = new Range[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < data.size(); i++) {
                lo = Math.min(lo, data.x(i, j));
                hi = Math.max(hi, data.x(i, j));
            }
            ranges[j] = new Range(lo, hi).padded(MARGIN);
        }
        if (d == 1) {
            double[] points = new double[resolution];
            for (int a = 0; a < resolution; a++) {
                points[a] = at(ranges[0], a, resolution);
            }
            return points;
        }
        double[] points = new double[resolution * resolution * 2];
        for (int b = 0; b < resolution; b++) {
            for (int a = 0; a < resolution; a++) {
                int q = b * resolution + a;
                points[2 * q] = at(ranges[0], a, resolution);
                points[2 * q + 1] = at(ranges[1], b, resolution);
            }
        }
        return points;
    }

    private static double at(Range r, int index, int count) {
        return r.min() + r.span() * index / (count - 1);
    }
}
