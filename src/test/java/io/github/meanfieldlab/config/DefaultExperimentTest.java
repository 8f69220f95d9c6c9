package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.Imbalance;
import io.github.meanfieldlab.core.StepSizeGuard;
import org.junit.jupiter.api.Test;

/** The built-in default experiment does what a newcomer is promised: it trains to its loss target. */
class DefaultExperimentTest {

    @Test
    void defaultExperimentReachesItsLossTargetBeforeItsTimeLimit() {
        Experiment e = Experiment.build(ConfigIO.defaults());
        assertEquals("moons", e.data().name());
        assertEquals(3, e.spec().stateDimension());
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(),
                new GradientFlow.Options(e.stepSize(), false, true, 0), 2)) {
            String reason = FlowLoop.run(flow, e.stopRule()).reason();
            assertTrue(flow.loss() <= 1e-3, "loss " + flow.loss());
            assertTrue(flow.time() < e.stopRule().maxTime(), "stopped by the target, not the time limit: " + reason);
            assertEquals(1.0, flow.history().accuracy(flow.history().size() - 1), "every point classified");
            // What the default was chosen for: a faithful gradient flow, whose loss never goes up.
            for (int r = 1; r < flow.history().size(); r++) {
                assertTrue(flow.history().loss(r) < flow.history().loss(r - 1), "loss rose at step " + r);
            }
            // Its steps out of the fidelity band are all relu's chatter at kinks, none too large (README: they change
            // the sign of 0.15 % to 0.4 % of the pre-activations).
            double fewest = 1;
            double most = 0;
            for (int r = 1; r < flow.history().size(); r++) {
                double crossed = flow.history().get(io.github.meanfieldlab.core.FlowHistory.Column.SIGN_CHANGES, r);
                if (!Double.isNaN(crossed)) {
                    fewest = Math.min(fewest, crossed);
                    most = Math.max(most, crossed);
                }
            }
            assertTrue(fewest >= 0.0015 && most <= 0.004, "sign changes " + fewest + " to " + most);
            assertTrue(StepSizeGuard.stretches(flow.history(), e.spec().block()).isEmpty(),
                    StepSizeGuard.stretches(flow.history(), e.spec().block()).toString());
        }
    }

    /** The numbers README quotes for relu's mass: the imbalance is far from 0, so |θ|² is not the mass. */
    @Test
    void theDefaultInitialisationHasAnImbalanceComparableToItsSecondMoment() {
        Experiment e = Experiment.build(ConfigIO.defaults());
        double[] theta = e.initialParticles();
        assertEquals(8.8, Imbalance.rms(Imbalance.of(e.spec(), theta)), 0.05);
        int k = e.spec().parameterCount();
        double moment = 0;
        for (double v : theta) {
            moment += v * v;
        }
        assertEquals(15.7, moment / (theta.length / k), 0.05);
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() {
        ExperimentConfig c = ConfigIO.defaults();
        assertEquals(c, ConfigIO.parse(ConfigIO.toJson(c), "round trip"));
    }
}
