package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.ModelSpec;

/** Snapshots of hand-made particle sets, before any step: the particles are exactly the ones given. */
final class HandMade {
    private HandMade() {
    }

    /** A snapshot of {@code particles} (L·M·k values) for {@code block} with d = 1, on four samples. */
    static FlowSnapshot snapshot(Block block, int stateDimension, int depth, int width, double... particles) {
        ModelSpec spec = new ModelSpec(block, 1, stateDimension, depth, width, null, 0.1, 5);
        Dataset data = new Dataset("hand-made", 1, new double[] {-1, -0.5, 0.5, 1}, new double[] {-1, -1, 1, 1});
        try (GradientFlow flow = new GradientFlow(spec, data, particles, 0.1, 1)) {
            return flow.snapshot(1, null);
        }
    }
}
