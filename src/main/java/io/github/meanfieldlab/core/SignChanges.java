package io.github.meanfieldlab.core;

/**
 * relu's kinks crossed by one Euler step: the fraction of the pre-activations w·z_l(x_i) + b, over every sample
 * i, layer l and particle m, that are on different sides of 0 before and after the step. A step that crosses a
 * kink is not a step of a smooth flow, so its fidelity ratio may stay away from 1 however small Δs is
 * (docs/VERIFICATION.md): this count tells that chatter from a step that is simply too large.
 *
 * <p>Both forward passes run here, plainly, one sample at a time, into buffers allocated once: it runs only on
 * the steps whose fidelity left its band.
 */
final class SignChanges {
    private final ModelSpec spec;
    private final double[] inputs;
    private final int samples;
    private final double[] zBefore;
    private final double[] zAfter;
    private final double[] sumBefore;
    private final double[] sumAfter;

    SignChanges(ModelSpec spec, Dataset data) {
        if (spec.block() != Block.RELU) {
            throw new IllegalArgumentException("sign changes are counted for relu only, not " + spec.block());
        }
        this.spec = spec;
        this.samples = data.size();
        this.inputs = data.embed(spec.stateDimension());
        int D = spec.stateDimension();
        this.zBefore = new double[D];
        this.zAfter = new double[D];
        this.sumBefore = new double[D];
        this.sumAfter = new double[D];
    }

    /** The fraction of pre-activations whose sign differs between the networks {@code before} and {@code after}. */
    double fraction(double[] before, double[] after) {
        int L = spec.depth();
        int M = spec.width();
        int D = spec.stateDimension();
        int k = spec.parameterCount();
        double scale = 1.0 / ((double) L * M);
        long changed = 0;
        for (int i = 0; i < samples; i++) {
            System.arraycopy(inputs, i * D, zBefore, 0, D);
            System.arraycopy(inputs, i * D, zAfter, 0, D);
            for (int l = 0; l < L; l++) {
                java.util.Arrays.fill(sumBefore, 0.0);
                java.util.Arrays.fill(sumAfter, 0.0);
                for (int m = 0; m < M; m++) {
                    int off = (l * M + m) * k;
                    double sb = before[off + 2 * D];
                    double sa = after[off + 2 * D];
                    for (int j = 0; j < D; j++) {
                        sb += before[off + D + j] * zBefore[j];
                        sa += after[off + D + j] * zAfter[j];
                    }
                    if ((sb > 0) != (sa > 0)) {
                        changed++;
                    }
                    double rb = Math.max(sb, 0);
                    double ra = Math.max(sa, 0);
                    for (int j = 0; j < D; j++) {
                        sumBefore[j] += before[off + j] * rb;
                        sumAfter[j] += after[off + j] * ra;
                    }
                }
                for (int j = 0; j < D; j++) {
                    zBefore[j] += scale * sumBefore[j];
                    zAfter[j] += scale * sumAfter[j];
                }
            }
        }
        return (double) changed / ((double) samples * L * M);
    }
}
