package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;

/**
 * The mass a particle carries in the lifted views of ρ that respect the block's homogeneity (MODEL.md, "Views of
 * ρ"): for relu |u|·|(w, b)|, what reaches function space (u·relu(w·z + b) is unchanged by (λu, (w, b)/λ), so
 * |θ|² would count the imbalance |u|² − |(w, b)|² too); for regularized-relu the amplitude c, a signed mass
 * ({@link #signed}), whose size |c| is what a marker can show. The tanh, sigmoid and softplus blocks have no
 * homogeneity, so each particle counts once.
 */
final class ParticleMass {
    private ParticleMass() {
    }

    /** The non-negative mass of the particle whose {@code k} coordinates start at {@code offset} of {@code particles}. */
    static double of(Block block, int k, double[] particles, int offset) {
        return switch (block) {
            case RELU -> {
                int D = (k - 1) / 2;
                yield norm(particles, offset, D) * norm(particles, offset + D, D + 1);
            }
            case REGULARIZED_RELU -> Math.abs(particles[offset]);
            case TANH, SIGMOID, SOFTPLUS -> 1;
        };
    }

    /** The signed mass of a regularized-relu particle: its amplitude c. */
    static double signed(double[] particles, int offset) {
        return particles[offset];
    }

    private static double norm(double[] v, int offset, int length) {
        double s = 0;
        for (int j = 0; j < length; j++) {
            s += v[offset + j] * v[offset + j];
        }
        return Math.sqrt(s);
    }
}
