package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.data.DataGenerator;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A benchmark size, made like the reference's {@code --bench}: Gaussian inputs with random ±1 labels, unit
 * Gaussian particles, readout e_D and step Δs = 0.05.
 */
record BenchPreset(String name, Block block, int samples, int dataDimension, int stateDimension, int depth, int width) {
    static final double STEP = 0.05;
    private static final long DATA_SEED = 0;
    private static final long PARTICLE_SEED = 0;

    /**
     * The four (relu and regularized-relu, small and large) and two more relu sizes so that four sizes
     * show how the time per step grows with N·L·M.
     */
    static final List<BenchPreset> ALL = List.of(
            new BenchPreset("small", Block.RELU, 256, 2, 3, 16, 64),
            new BenchPreset("medium", Block.RELU, 512, 2, 3, 32, 256),
            new BenchPreset("large", Block.RELU, 1024, 2, 3, 64, 512),
            new BenchPreset("huge", Block.RELU, 2048, 2, 3, 64, 1024),
            new BenchPreset("small-regularized", Block.REGULARIZED_RELU, 256, 2, 3, 16, 64),
            new BenchPreset("large-regularized", Block.REGULARIZED_RELU, 1024, 2, 3, 64, 512));

    static BenchPreset named(String name) {
        return ALL.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow(() -> new InputException(
                "unknown preset " + UserText.quote(name) + "; allowed: " + ALL.stream().map(BenchPreset::name).collect(Collectors.joining(", "))));
    }

    ModelSpec spec() {
        return new ModelSpec(block, dataDimension, stateDimension, depth, width, null, 0.1, 5.0);
    }

    Dataset data() {
        return DataGenerator.RANDOM_LABELS.generate(samples, 0, DATA_SEED, false, null).dataset();
    }

    double[] initialParticles() {
        return InitialDistribution.gaussian(1.0, PARTICLE_SEED).sample(spec());
    }
}
