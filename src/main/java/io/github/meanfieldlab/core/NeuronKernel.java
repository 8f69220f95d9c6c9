package io.github.meanfieldlab.core;

/**
 * f(z; u, w, b) = u σ(w·z + b) for relu, tanh, sigmoid and softplus. θ = (u1..uD, w1..wD, b).
 *
 * <p>relu, the block that has to be fast, is evaluated through static methods the compiler inlines, with no
 * branch on the sign of s; the other activations go through their {@link Activation} object. The eight
 * lanes of a group are written out by hand (s0..s7 and so on) so that they live in registers.
 */
final class NeuronKernel extends BlockKernel {
    private final Activation activation;
    private final boolean relu;

    NeuronKernel(ModelSpec spec) {
        super(spec);
        this.activation = spec.block().activation();
        this.relu = spec.block() == Block.RELU;
    }

    /**
     * Forward: w·z + b and the D terms σ(s)·u added to the sum, 2D + 2D. Backward: w·z + b and u·p, 2D + 2D;
     * relu' (two multiplications) times u·p, 3; the gradient of u (σ(s)·p summed), of w (q·z summed) and the
     * adjoint sum q·w, 2D each, and of b, 1. Total 14D + 4, 46 at D = 3; tanh, sigmoid and softplus count their
     * σ and σ' as if they were relu's.
     */
    static double flopsPerUpdate(int D) {
        return 14.0 * D + 4;
    }

    private double value(double s) {
        return relu ? Activation.relu(s) : activation.value(s);
    }

    private double slope(double s) {
        return relu ? Activation.reluSlope(s) : activation.derivative(s);
    }

    @Override
    void forward(double[] theta, int layer, double[] z, int at, double[] sum) {
        final int D = stateDimension;
        final int k = parameterCount;
        java.util.Arrays.fill(sum, 0, D * LANES, 0.0);
        int off = layer * width * k;
        for (int m = 0; m < width; m++, off += k) {
            double b = theta[off + 2 * D];
            double s0 = b; double s1 = b; double s2 = b; double s3 = b;
            double s4 = b; double s5 = b; double s6 = b; double s7 = b;
            for (int j = 0, zj = at; j < D; j++, zj += LANES) {
                double w = theta[off + D + j];
                s0 += w * z[zj]; s1 += w * z[zj + 1]; s2 += w * z[zj + 2]; s3 += w * z[zj + 3];
                s4 += w * z[zj + 4]; s5 += w * z[zj + 5]; s6 += w * z[zj + 6]; s7 += w * z[zj + 7];
            }
            double a0 = value(s0); double a1 = value(s1); double a2 = value(s2); double a3 = value(s3);
            double a4 = value(s4); double a5 = value(s5); double a6 = value(s6); double a7 = value(s7);
            for (int j = 0, q = 0; j < D; j++, q += LANES) {
                double u = theta[off + j];
                sum[q] += a0 * u; sum[q + 1] += a1 * u; sum[q + 2] += a2 * u; sum[q + 3] += a3 * u;
                sum[q + 4] += a4 * u; sum[q + 5] += a5 * u; sum[q + 6] += a6 * u; sum[q + 7] += a7 * u;
            }
        }
        addResidual(z, at, sum);
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, double[] p, int pAt, double[] gradient, double[] sum) {
        final int D = stateDimension;
        final int k = parameterCount;
        java.util.Arrays.fill(sum, 0, D * LANES, 0.0);
        int off = layer * width * k;
        for (int m = 0; m < width; m++, off += k) {
            double b = theta[off + 2 * D];
            double s0 = b; double s1 = b; double s2 = b; double s3 = b;
            double s4 = b; double s5 = b; double s6 = b; double s7 = b;
            double up0 = 0; double up1 = 0; double up2 = 0; double up3 = 0;
            double up4 = 0; double up5 = 0; double up6 = 0; double up7 = 0;
            for (int j = 0, zj = at, pj = pAt; j < D; j++, zj += LANES, pj += LANES) {
                double w = theta[off + D + j];
                double u = theta[off + j];
                s0 += w * z[zj]; s1 += w * z[zj + 1]; s2 += w * z[zj + 2]; s3 += w * z[zj + 3];
                s4 += w * z[zj + 4]; s5 += w * z[zj + 5]; s6 += w * z[zj + 6]; s7 += w * z[zj + 7];
                up0 += u * p[pj]; up1 += u * p[pj + 1]; up2 += u * p[pj + 2]; up3 += u * p[pj + 3];
                up4 += u * p[pj + 4]; up5 += u * p[pj + 5]; up6 += u * p[pj + 6]; up7 += u * p[pj + 7];
            }
            double a0 = value(s0); double a1 = value(s1); double a2 = value(s2); double a3 = value(s3);
            double a4 = value(s4); double a5 = value(s5); double a6 = value(s6); double a7 = value(s7);
            // q = σ'(s) (u·p)
            double q0 = slope(s0) * up0; double q1 = slope(s1) * up1; double q2 = slope(s2) * up2; double q3 = slope(s3) * up3;
            double q4 = slope(s4) * up4; double q5 = slope(s5) * up5; double q6 = slope(s6) * up6; double q7 = slope(s7) * up7;
            for (int j = 0, zj = at, pj = pAt, q = 0; j < D; j++, zj += LANES, pj += LANES, q += LANES) {
                double w = theta[off + D + j];
                // ∂/∂u: σ(s) p; ∂/∂w: σ'(s)(u·p) z; J_zᵀp: σ'(s)(u·p) w
                gradient[off + j] += ((a0 * p[pj] + a1 * p[pj + 1]) + (a2 * p[pj + 2] + a3 * p[pj + 3]))
                        + ((a4 * p[pj + 4] + a5 * p[pj + 5]) + (a6 * p[pj + 6] + a7 * p[pj + 7]));
                gradient[off + D + j] += ((q0 * z[zj] + q1 * z[zj + 1]) + (q2 * z[zj + 2] + q3 * z[zj + 3]))
                        + ((q4 * z[zj + 4] + q5 * z[zj + 5]) + (q6 * z[zj + 6] + q7 * z[zj + 7]));
                sum[q] += q0 * w; sum[q + 1] += q1 * w; sum[q + 2] += q2 * w; sum[q + 3] += q3 * w;
                sum[q + 4] += q4 * w; sum[q + 5] += q5 * w; sum[q + 6] += q6 * w; sum[q + 7] += q7 * w;
            }
            gradient[off + 2 * D] += ((q0 + q1) + (q2 + q3)) + ((q4 + q5) + (q6 + q7));         // ∂/∂b: σ'(s)(u·p)
        }
        addAdjoint(p, pAt, sum);
    }
}
