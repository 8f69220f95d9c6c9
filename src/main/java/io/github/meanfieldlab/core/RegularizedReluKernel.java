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
                double s0 = beta;
                double s1 = beta;
                double s2 = beta;
                double s3 = beta;
                for (int col = 0, zc = at; col < D; col++, zc += LANES) {
                    double w = bounded[hat + r * D + col];
                    s0 += w * z[zc];
                    s1 += w * z[zc + 1];
                    s2 += w * z[zc + 2];
                    s3 += w * z[zc + 3];
                }
                sum[q] += c * Activation.regularizedRelu(s0, eta);
                sum[q + 1] += c * Activation.regularizedRelu(s1, eta);
                sum[q + 2] += c * Activation.regularizedRelu(s2, eta);
                sum[q + 3] += c * Activation.regularizedRelu(s3, eta);
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
            for (int r = 0, q = 0; r < D; r++, q += LANES) {
                double beta = bounded[hat + D * D + r];
                double s0 = beta;
                double s1 = beta;
                double s2 = beta;
                double s3 = beta;
                for (int col = 0, zc = at; col < D; col++, zc += LANES) {
                    double w = bounded[hat + r * D + col];
                    s0 += w * z[zc];
                    s1 += w * z[zc + 1];
                    s2 += w * z[zc + 2];
                    s3 += w * z[zc + 3];
                }
                dc += (Activation.regularizedRelu(s0, eta) * p[pAt + q] + Activation.regularizedRelu(s1, eta) * p[pAt + q + 1])
                        + (Activation.regularizedRelu(s2, eta) * p[pAt + q + 2] + Activation.regularizedRelu(s3, eta) * p[pAt + q + 3]); // ∂/∂c: σ(s)·p
                double q0 = c * Activation.regularizedReluSlope(s0, eta) * p[pAt + q];                       // c σ'(s_r) p_r
                double q1 = c * Activation.regularizedReluSlope(s1, eta) * p[pAt + q + 1];
                double q2 = c * Activation.regularizedReluSlope(s2, eta) * p[pAt + q + 2];
                double q3 = c * Activation.regularizedReluSlope(s3, eta) * p[pAt + q + 3];
                for (int col = 0, zc = at, qc = 0; col < D; col++, zc += LANES, qc += LANES) {
                    double w = bounded[hat + r * D + col];
                    gradient[off + 1 + r * D + col] += (q0 * z[zc] + q1 * z[zc + 1]) + (q2 * z[zc + 2] + q3 * z[zc + 3]); // ∂/∂Ŵ_rc
                    sum[qc] += q0 * w;                                                                                   // J_zᵀp
                    sum[qc + 1] += q1 * w;
                    sum[qc + 2] += q2 * w;
                    sum[qc + 3] += q3 * w;
                }
                gradient[off + 1 + D * D + r] += (q0 + q1) + (q2 + q3);                                                  // ∂/∂β̂_r
            }
            gradient[off] += dc;
        }
        addAdjoint(p, pAt, sum);
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
