package io.github.meanfieldlab.core;

/**
 * relu's conserved quantity: u·relu(w·z + b) is unchanged by (λu, (w, b)/λ), so along the exact gradient flow each
 * particle keeps its imbalance |u|² − |(w, b)|² (MODEL.md, "Views of ρ"). Explicit Euler changes it by
 * Δs²(|v_u|² − |v_(w,b)|²) per step, so its drift is the Euler error made visible, linear in Δs.
 */
public final class Imbalance {
    private Imbalance() {
    }

    /** |u|² − |(w, b)|² of every particle of a relu network, particle (l, m) at l·M + m. */
    public static double[] of(ModelSpec spec, double[] theta) {
        requireRelu(spec);
        int D = spec.stateDimension();
        int k = spec.parameterCount();
        double[] out = new double[theta.length / k];
        for (int p = 0; p < out.length; p++) {
            out[p] = of(theta, p * k, D);
        }
        return out;
    }

    /** |u|² − |(w, b)|² of the particle whose coordinates start at {@code offset}. */
    static double of(double[] theta, int offset, int D) {
        double u = 0;
        for (int j = 0; j < D; j++) {
            u += theta[offset + j] * theta[offset + j];
        }
        double wb = 0;
        for (int j = D; j <= 2 * D; j++) {
            wb += theta[offset + j] * theta[offset + j];
        }
        return u - wb;
    }

    /** The root mean square over particles of (imbalance now − {@code initial}), allocation-free. */
    public static double drift(ModelSpec spec, double[] theta, double[] initial) {
        int D = spec.stateDimension();
        int k = spec.parameterCount();
        double sum = 0;
        for (int p = 0; p < initial.length; p++) {
            double d = of(theta, p * k, D) - initial[p];
            sum += d * d;
        }
        return Math.sqrt(sum / initial.length);
    }

    /** The root mean square of {@code values}. */
    public static double rms(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum / values.length);
    }

    private static void requireRelu(ModelSpec spec) {
        if (spec.block() != Block.RELU) {
            throw new IllegalArgumentException("the imbalance is conserved for relu only, not " + spec.block());
        }
    }
}
