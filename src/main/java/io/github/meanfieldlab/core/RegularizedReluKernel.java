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
    private final Activation sigma;
    private final double bound;
    /** Ŵ, β̂ of every particle, (D² + D) values each. */
    private final double[] bounded;
    private final int boundedCount;

    RegularizedReluKernel(ModelSpec spec) {
        super(spec);
        this.sigma = Activation.regularizedRelu(spec.eta());
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
        java.util.Arrays.fill(sum, 0, D, 0.0);
        int off = layer * width * parameterCount;
        int hat = layer * width * boundedCount;
        for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
            double c = theta[off];
            for (int r = 0; r < D; r++) {
                double s = bounded[hat + D * D + r];
                for (int col = 0; col < D; col++) {
                    s += bounded[hat + r * D + col] * z[at + col];
                }
                sum[r] += c * sigma.value(s);
            }
        }
        for (int j = 0; j < D; j++) {
            z[at + D + j] = z[at + j] + scale * sum[j];
        }
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, double[] p, double[] gradient, double[] sum) {
        final int D = stateDimension;
        java.util.Arrays.fill(sum, 0, D, 0.0);
        int off = layer * width * parameterCount;
        int hat = layer * width * boundedCount;
        for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
            double c = theta[off];
            double dc = 0;
            for (int r = 0; r < D; r++) {
                double s = bounded[hat + D * D + r];
                for (int col = 0; col < D; col++) {
                    s += bounded[hat + r * D + col] * z[at + col];
                }
                dc += sigma.value(s) * p[r];                         // ∂/∂c: σ(s)·p
                double q = c * sigma.derivative(s) * p[r];          // c σ'(s_r) p_r
                if (q != 0) {
                    for (int col = 0; col < D; col++) {
                        gradient[off + 1 + r * D + col] += q * z[at + col];   // ∂/∂Ŵ_rc
                        sum[col] += q * bounded[hat + r * D + col];         // J_zᵀp
                    }
                    gradient[off + 1 + D * D + r] += q;                       // ∂/∂β̂_r
                }
            }
            gradient[off] += dc;
        }
        for (int j = 0; j < D; j++) {
            p[j] += scale * sum[j];
        }
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
