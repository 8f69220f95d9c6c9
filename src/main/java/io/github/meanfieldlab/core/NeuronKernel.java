package io.github.meanfieldlab.core;

/**
 * f(z; u, w, b) = u σ(w·z + b) for relu, tanh, sigmoid and softplus. θ = (u1..uD, w1..wD, b).
 *
 * <p>relu, the block that has to be fast, is evaluated through static methods the compiler inlines, with no
 * branch on the sign of s; the other activations go through their {@link Activation} object.
 */
final class NeuronKernel extends BlockKernel {
    private final Activation activation;
    private final boolean relu;

    NeuronKernel(ModelSpec spec) {
        super(spec);
        this.activation = spec.block().activation();
        this.relu = spec.block() == Block.RELU;
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
            double s0 = b;
            double s1 = b;
            double s2 = b;
            double s3 = b;
            for (int j = 0, zj = at; j < D; j++, zj += LANES) {
                double w = theta[off + D + j];
                s0 += w * z[zj];
                s1 += w * z[zj + 1];
                s2 += w * z[zj + 2];
                s3 += w * z[zj + 3];
            }
            double a0 = value(s0);
            double a1 = value(s1);
            double a2 = value(s2);
            double a3 = value(s3);
            for (int j = 0, q = 0; j < D; j++, q += LANES) {
                double u = theta[off + j];
                sum[q] += a0 * u;
                sum[q + 1] += a1 * u;
                sum[q + 2] += a2 * u;
                sum[q + 3] += a3 * u;
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
            double s0 = b;
            double s1 = b;
            double s2 = b;
            double s3 = b;
            double up0 = 0;
            double up1 = 0;
            double up2 = 0;
            double up3 = 0;
            for (int j = 0, zj = at, q = 0; j < D; j++, zj += LANES, q += LANES) {
                double w = theta[off + D + j];
                double u = theta[off + j];
                s0 += w * z[zj];
                s1 += w * z[zj + 1];
                s2 += w * z[zj + 2];
                s3 += w * z[zj + 3];
                up0 += u * p[pAt + q];
                up1 += u * p[pAt + q + 1];
                up2 += u * p[pAt + q + 2];
                up3 += u * p[pAt + q + 3];
            }
            double a0 = value(s0);
            double a1 = value(s1);
            double a2 = value(s2);
            double a3 = value(s3);
            double q0 = slope(s0) * up0;                    // σ'(s) (u·p)
            double q1 = slope(s1) * up1;
            double q2 = slope(s2) * up2;
            double q3 = slope(s3) * up3;
            for (int j = 0, zj = at, q = 0; j < D; j++, zj += LANES, q += LANES) {
                double w = theta[off + D + j];
                gradient[off + j] += (a0 * p[pAt + q] + a1 * p[pAt + q + 1]) + (a2 * p[pAt + q + 2] + a3 * p[pAt + q + 3]);      // ∂/∂u: σ(s) p
                gradient[off + D + j] += (q0 * z[zj] + q1 * z[zj + 1]) + (q2 * z[zj + 2] + q3 * z[zj + 3]); // ∂/∂w: σ'(s)(u·p) z
                sum[q] += q0 * w;                                                                         // J_zᵀp: σ'(s)(u·p) w
                sum[q + 1] += q1 * w;
                sum[q + 2] += q2 * w;
                sum[q + 3] += q3 * w;
            }
            gradient[off + 2 * D] += (q0 + q1) + (q2 + q3);                                               // ∂/∂b: σ'(s)(u·p)
        }
        addAdjoint(p, pAt, sum);
    }
}
