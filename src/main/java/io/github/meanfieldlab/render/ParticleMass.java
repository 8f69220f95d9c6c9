package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;

/**
 * The mass a particle carries in the views of ρ that respect the block's homogeneity (MODEL.md): |θ|² for
 * the 2-homogeneous relu (its direction θ/|θ| carries mass |θ|²), |c| for the partially 1-homogeneous
 * regularized-relu ((W, β) carries the signed mass c; a density needs a non-negative weight, hence |c|).
 * The tanh, sigmoid and softplus blocks have no homogeneity to respect, so each particle counts once.
 */
final class ParticleMass {
    private ParticleMass() {
    }

    /** The mass of the particle whose {@code k} coordinates start at {@code offset} of {@code particles}. */
    static double of(Block block, int k, double[] particles, int offset) {
        return switch (block) {
            case RELU -> {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += particles[offset + j] * particles[offset + j];
                }
                yield s;
            }
            case REGULARIZED_RELU -> Math.abs(particles[offset]);
            case TANH, SIGMOID, SOFTPLUS -> 1;
        };
    }
}
