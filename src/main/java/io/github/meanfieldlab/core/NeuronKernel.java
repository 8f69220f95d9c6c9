package io.github.meanfieldlab.core;

/** f(z; u, w, b) = u σ(w·z + b) for relu, tanh, sigmoid and softplus. θ = (u1..uD, w1..wD, b). */
final class NeuronKernel extends BlockKernel {
    private final Activation activation;

    NeuronKernel(ModelSpec spec) {
        super(spec);
        this.activation = spec.block().activation();
    }

    @Override
    void forward(double[] theta, int layer, double[] z, int at, double[] sum) {
        final int D = stateDimension;
        final int k = parameterCount;
        java.util.Arrays.fill(sum, 0, D, 0.0);
        int off = layer * width * k;
        for (int m = 0; m < width; m++, off += k) {
            double s = theta[off + 2 * D];
            for (int j = 0; j < D; j++) {
                s += theta[off + D + j] * z[at + j];
            }
            double a = activation.value(s);
            if (a != 0) {
                for (int j = 0; j < D; j++) {
                    sum[j] += a * theta[off + j];
                }
            }
        }
        for (int j = 0; j < D; j++) {
            z[at + D + j] = z[at + j] + scale * sum[j];
        }
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, double[] p, double[] gradient, double[] sum) {
        final int D = stateDimension;
        final int k = parameterCount;
        java.util.Arrays.fill(sum, 0, D, 0.0);
        int off = layer * width * k;
        for (int m = 0; m < width; m++, off += k) {
            double s = theta[off + 2 * D];
            double up = 0;
            for (int j = 0; j < D; j++) {
                s += theta[off + D + j] * z[at + j];
                up += theta[off + j] * p[j];
            }
            double a = activation.value(s);
            if (a != 0) {
                for (int j = 0; j < D; j++) {
                    gradient[off + j] += a * p[j];              // ∂/∂u: σ(s) p
                }
            }
            double q = activation.derivative(s) * up;          // σ'(s) (u·p)
            if (q != 0) {
                for (int j = 0; j < D; j++) {
                    gradient[off + D + j] += q * z[at + j];     // ∂/∂w: σ'(s)(u·p) z
                    sum[j] += q * theta[off + D + j];           // J_zᵀp: σ'(s)(u·p) w
                }
                gradient[off + 2 * D] += q;                     // ∂/∂b: σ'(s)(u·p)
            }
        }
        for (int j = 0; j < D; j++) {
            p[j] += scale * sum[j];
        }
    }
}
