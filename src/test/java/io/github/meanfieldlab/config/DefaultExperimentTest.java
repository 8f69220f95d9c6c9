package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import org.junit.jupiter.api.Test;

/** The built-in default experiment does what a newcomer is promised: it trains to its loss target. */
class DefaultExperimentTest {

    @Test
    void defaultExperimentReachesItsLossTargetBeforeItsTimeLimit() {
        Experiment e = Experiment.build(ConfigIO.defaults());
        assertEquals("moons", e.data().name());
        assertEquals(3, e.spec().stateDimension());
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 2)) {
            String reason = FlowLoop.run(flow, e.stopRule()).reason();
            assertTrue(flow.loss() <= 1e-3, "loss " + flow.loss());
            assertTrue(flow.time() < e.stopRule().maxTime(), "stopped by the target, not the time limit: " + reason);
            assertEquals(1.0, flow.history().accuracy(flow.history().size() - 1), "every point classified");
            // What the default was chosen for: a faithful gradient flow, whose loss never goes up.
            for (int r = 1; r < flow.history().size(); r++) {
                assertTrue(flow.history().loss(r) < flow.history().loss(r - 1), "loss rose at step " + r);
            }
        }
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() {
        ExperimentConfig c = ConfigIO.defaults();
        assertEquals(c, ConfigIO.parse(ConfigIO.toJson(c), "round trip"));
    }
}
