package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.BoundedWeights;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.render.DensityFigure.Drawn;
import io.github.meanfieldlab.render.DensityFigure.Quantity;

/** One snapshot's histogram: per layer, the (possibly signed) weighted density of the scalar over its vertical range. */
final class DensityGrid {
    /** Values sorted for the vertical range: a strided subset beyond this many, to stay cheap per frame. */
    private static final int QUANTILE_SAMPLE = 50_000;
    /** The vertical range holds the central 99 % of the (weighted) values, padded a little. */
    private static final double TAIL = 0.005;

    final int layers;
    final int bins;
    final Range range;
    final double[] values;
    /** The largest |value|. */
    final double max;
    final double offScale;
    final String label;

    private DensityGrid(int layers, int bins, Range range, double[] values, double offScale, String label) {
        this.layers = layers;
        this.bins = bins;
        this.range = range;
        this.values = values;
        this.offScale = offScale;
        this.label = label;
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        this.max = m;
    }

    /**
     * Column l holds ρ_l(y) = (1/M) Σ_m w_m δ(y − y_m) per unit of y, binned (and smoothed when
     * {@code bandwidth} &gt; 0): the mean-field measure of the layer, comparable across widths M. The weight w_m is
     * 1 for ρ, the mass |u|·|(w, b)| for the lifted measure, the amplitude c for the signed one (so positive and
     * negative c in one cell cancel). The vertical range is {@code fixed} when given (shared with the other half of a
     * comparison), else the central values' (or the circle's for an angle); values beyond it count as off scale.
     */
    static DensityGrid of(FlowSnapshot s, Quantity quantity, int coordinate, Drawn drawn, int bins, double bandwidth,
                          Range fixed) {
        ModelSpec spec = s.spec();
        int L = spec.depth();
        int M = spec.width();
        int k = spec.parameterCount();
        int D = spec.stateDimension();
        int n = L * M;
        double[] y = new double[n];
        double[] w = new double[n];
        // One particle at a time: a copy of all of them would be L·M·k doubles per frame.
        double[] theta = new double[k];
        double[] squashed = quantity == Quantity.SQUASHED_COORDINATE ? new double[k] : null;
        double[] size = new double[n];
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < k; j++) {
                theta[j] = s.particle(p / M, p % M, j);
            }
            if (squashed != null) {
                BoundedWeights.squashParticle(theta, 0, D, spec.bound(), squashed);
            }
            y[p] = quantity.of(squashed != null ? squashed : theta, 0, k, D, coordinate);
            w[p] = switch (drawn) {
                case DENSITY -> 1;
                case LIFTED -> ParticleMass.of(spec.block(), k, theta, 0);
                case SIGNED -> ParticleMass.signed(theta, 0);
            };
            size[p] = Math.abs(w[p]);
        }
        boolean periodic = quantity.isAngle();
        Range range = periodic ? new Range(-Math.PI, Math.PI) : fixed != null ? fixed : robustRange(quantity, y, size);
        double[] values = new double[L * bins];
        double binWidth = range.span() / bins;
        double total = 0;
        double outside = 0;
        for (int p = 0; p < n; p++) {
            total += size[p];
            int b = (int) Math.floor(range.fraction(y[p]) * bins);
            if (periodic) {
                b = Math.min(b, bins - 1);
            }
            if (b < 0 || b >= bins || !Double.isFinite(y[p])) {
                outside += size[p];
                continue;
            }
            values[b * L + p / M] += w[p] / (M * binWidth);
        }
        if (bandwidth > 0) {
            smooth(values, L, bins, bandwidth * bins, periodic);
        }
        String label = quantity.typesetAxisLabel(spec, coordinate);
        return new DensityGrid(L, bins, range, values, total > 0 ? outside / total : 0, label);
    }

    /** The central values of y, weighted by the size of each particle's weight. */
    private static Range robustRange(Quantity quantity, double[] y, double[] w) {
        int stride = Math.max(1, y.length / QUANTILE_SAMPLE);
        int m = (y.length + stride - 1) / stride;
        double[] ys = new double[m];
        double[] ws = new double[m];
        for (int i = 0; i < m; i++) {
            ys[i] = y[i * stride];
            ws[i] = w[i * stride];
        }
        Range r = Quantiles.weighted(ys, ws, TAIL, 1 - TAIL).padded(0.05);
        boolean nonNegative = quantity == Quantity.NORM || quantity == Quantity.AMPLITUDE_TIMES_INNER;
        return nonNegative ? new Range(Math.max(0, r.min()), r.max()) : r;
    }

    /** Convolves each column with a Gaussian of {@code sigma} bins, wrapping around when periodic. */
    private static void smooth(double[] values, int layers, int bins, double sigma, boolean periodic) {
        int reach = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * reach + 1];
        double sum = 0;
        for (int o = -reach; o <= reach; o++) {
            kernel[o + reach] = Math.exp(-0.5 * o * o / (sigma * sigma));
            sum += kernel[o + reach];
        }
        double[] column = new double[bins];
        for (int l = 0; l < layers; l++) {
            for (int b = 0; b < bins; b++) {
                column[b] = values[b * layers + l];
            }
            for (int b = 0; b < bins; b++) {
                double acc = 0;
                for (int o = -reach; o <= reach; o++) {
                    int src = b + o;
                    if (periodic) {
                        src = Math.floorMod(src, bins);
                    } else if (src < 0 || src >= bins) {
                        continue;
                    }
                    acc += kernel[o + reach] * column[src];
                }
                values[b * layers + l] = acc / sum;
            }
        }
    }
}
