package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.ModelSpec;

/** The small random network that labelled a {@code teacher} dataset, kept so views can overlay its particles. */
public record Teacher(ModelSpec spec, double[] particles) {
    public Teacher {
        particles = particles.clone();
    }

    @Override
    public double[] particles() {
        return particles.clone();
    }
}
