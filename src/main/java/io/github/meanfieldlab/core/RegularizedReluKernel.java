package io.github.meanfieldlab.core;

/**
 * f(z; c, W, β) = c · σ_η(Ŵz + β̂) componentwise, with Ŵ, β̂ the bounded weights of {@link BoundedWeights}.
 * θ = (c, W11, W12, …, WDD, β1..βD), W row-major.
 *
 * <p>Ŵ and β̂ are computed once per evaluation in {@link #prepare}; the backward pass accumulates the
 * gradient with respect to (c, Ŵ, β̂), summed over samples, and {@link #finishGradient} applies the chain
 * rule through the squashing once per particle instead of once per sample.
 */
final class RegularizedReluKernel extends BlockKernel {
    private final double eta;
    private final double bound;
    /** Ŵ, β̂ of every particle, (D² + D) values each. */
    private final double[] bounded;
    private final int boundedCount;

    RegularizedReluKernel(ModelSpec spec) {
        super(spec);
        this.eta = spec.eta();
        this.bound = spec.bound();
        int D = spec.stateDimension();
        this.boundedCount = D * D + D;
        this.bounded = new double[spec.depth() * spec.width() * boundedCount];
    }

    /**
     * Per row r of f, forward: Ŵ_r·z + β̂_r, 2D; σ_η, 3 (s + η, t·t, times 1/(4η)); times c and added, 2.
     * Backward: Ŵ_r·z + β̂_r, 2D; σ_η, 3; σ_η', 1 (t shares its s + η); σ_η·p added to ∂/∂c, 2; c σ_η' p, 2;
     * the gradient of Ŵ_r and the adjoint sum, 2D each; the gradient of β̂_r, 1. D rows: D(8D + 14), 114 at
     * D = 3. The squashing is per particle, not per update, and is not counted.
     */
    static double flopsPerUpdate(int D) {
        return D * (8.0 * D + 14);
    }

    @Override
    void prepare(double[] theta) {
        final int D = stateDimension;
        int particles = bounded.length / boundedCount;
        for (int q = 0; q < particles; q++) {
            int off = q * parameterCount;
            int hat = q * boundedCount;
            BoundedWeights.squash(theta, off + 1, D * D, bound, bounded, hat);
            BoundedWeights.squash(theta, off + 1 + D * D, D, bound, bounded, hat + D * D);
        }
    }

    @Override
    void forward(double[] theta, int layer, double[] z, int at, double[] sum) {
        final int D = stateDimension;
        java.util.Arrays.fill(sum, 0, D * LANES, 0.0);
        int off = layer * width * parameterCount;
        int hat = layer * width * boundedCount;
        for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
            double c = theta[off];
            for (int r = 0, q = 0; r < D; r++, q += LANES) {
                double beta = bounded[hat + D * D + r];
                double s0 = beta; double s1 = beta; double s2 = beta; double s3 = beta;
                double s4 = beta; double s5 = beta; double s6 = beta; double s7 = beta;
                for (int col = 0, zc = at; col < D; col++, zc += LANES) {
                    double w = bounded[hat + r * D + col];
                    s0 += w * z[zc]; s1 += w * z[zc + 1]; s2 += w * z[zc + 2]; s3 += w * z[zc + 3];
                    s4 += w * z[zc + 4]; s5 += w * z[zc + 5]; s6 += w * z[zc + 6]; s7 += w * z[zc + 7];
                }
                sum[q] += c * sigma(s0); sum[q + 1] += c * sigma(s1);
                sum[q + 2] += c * sigma(s2); sum[q + 3] += c * sigma(s3);
                sum[q + 4] += c * sigma(s4); sum[q + 5] += c * sigma(s5);
                sum[q + 6] += c * sigma(s6); sum[q + 7] += c * sigma(s7);
            }
        }
        addResidual(z, at, sum);
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, double[] p, int pAt, double[] gradient, double[] sum) {
        final int D = stateDimension;
        java.util.Arrays.fill(sum, 0, D * LANES, 0.0);
        int off = layer * width * parameterCount;
        int hat = layer * width * boundedCount;
        for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
            double c = theta[off];
            double dc = 0;
            for (int r = 0, pr = pAt; r < D; r++, pr += LANES) {
                double beta = bounded[hat + D * D + r];
                double s0 = beta; double s1 = beta; double s2 = beta; double s3 = beta;
                double s4 = beta; double s5 = beta; double s6 = beta; double s7 = beta;
                for (int col = 0, zc = at; col < D; col++, zc += LANES) {
                    double w = bounded[hat + r * D + col];
                    s0 += w * z[zc]; s1 += w * z[zc + 1]; s2 += w * z[zc + 2]; s3 += w * z[zc + 3];
                    s4 += w * z[zc + 4]; s5 += w * z[zc + 5]; s6 += w * z[zc + 6]; s7 += w * z[zc + 7];
                }
                // ∂/∂c: σ(s_r)·p_r
                dc += ((sigma(s0) * p[pr] + sigma(s1) * p[pr + 1]) + (sigma(s2) * p[pr + 2] + sigma(s3) * p[pr + 3]))
                        + ((sigma(s4) * p[pr + 4] + sigma(s5) * p[pr + 5]) + (sigma(s6) * p[pr + 6] + sigma(s7) * p[pr + 7]));
                // c σ'(s_r) p_r
                double q0 = c * slope(s0) * p[pr]; double q1 = c * slope(s1) * p[pr + 1];
                double q2 = c * slope(s2) * p[pr + 2]; double q3 = c * slope(s3) * p[pr + 3];
                double q4 = c * slope(s4) * p[pr + 4]; double q5 = c * slope(s5) * p[pr + 5];
                double q6 = c * slope(s6) * p[pr + 6]; double q7 = c * slope(s7) * p[pr + 7];
                for (int col = 0, zc = at, qc = 0; col < D; col++, zc += LANES, qc += LANES) {
                    double w = bounded[hat + r * D + col];
                    // ∂/∂Ŵ_rc, and J_zᵀp
                    gradient[off + 1 + r * D + col] += ((q0 * z[zc] + q1 * z[zc + 1]) + (q2 * z[zc + 2] + q3 * z[zc + 3]))
                            + ((q4 * z[zc + 4] + q5 * z[zc + 5]) + (q6 * z[zc + 6] + q7 * z[zc + 7]));
                    sum[qc] += q0 * w; sum[qc + 1] += q1 * w; sum[qc + 2] += q2 * w; sum[qc + 3] += q3 * w;
                    sum[qc + 4] += q4 * w; sum[qc + 5] += q5 * w; sum[qc + 6] += q6 * w; sum[qc + 7] += q7 * w;
                }
                gradient[off + 1 + D * D + r] += ((q0 + q1) + (q2 + q3)) + ((q4 + q5) + (q6 + q7));      // ∂/∂β̂_r
            }
            gradient[off] += dc;
        }
        addAdjoint(p, pAt, sum);
    }

    private double sigma(double s) {
        return Activation.regularizedRelu(s, eta);
    }

    private double slope(double s) {
        return Activation.regularizedReluSlope(s, eta);
    }

    @Override
    void finishGradient(double[] theta, int layer, double[] gradient) {
        final int D = stateDimension;
        int off = layer * width * parameterCount;
        for (int m = 0; m < width; m++, off += parameterCount) {
            BoundedWeights.pullBack(theta, gradient, off + 1, D * D, bound);
            BoundedWeights.pullBack(theta, gradient, off + 1 + D * D, D, bound);
        }
    }
}
