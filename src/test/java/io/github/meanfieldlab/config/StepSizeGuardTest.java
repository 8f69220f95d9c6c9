package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.StepSizeGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step-size guard on the spirals sample at Δs = 0.05, whose steps go unstable from s ≈ 20: with fixed steps
 * it reports stretches that are not a gradient flow; with adaptive steps every step is in the fidelity band or
 * relu's chatter at a kink, and Δs went down on the way.
 */
class StepSizeGuardTest {
    private static final double UNTIL = 30;
    /** The spirals sample from before samples/ became lessons (whose step-size lesson uses a smaller network). */
    private static final String SPIRALS = "{\"model\": {\"block\": \"relu\", \"stateDimension\": 3, \"depth\": 16,"
            + " \"width\": 64}, \"init\": {\"kind\": \"gaussian\", \"scale\": 1.5, \"seed\": 1},"
            + " \"data\": {\"generator\": \"spirals\", \"samples\": 64, \"seed\": 7},"
            + " \"flow\": {\"step\": 0.05, \"maxTime\": 200, \"lossTarget\": 0.001}}";

    /** The step-size lesson's spirals network (L = 8, M = 32), whose chatter kept adaptive steps at their floor. */
    private static final String LESSON_SPIRALS = SPIRALS.replace("\"depth\": 16", "\"depth\": 8")
            .replace("\"width\": 64", "\"width\": 32");

    private static FlowHistory run(boolean adaptive) {
        return run(SPIRALS, adaptive, UNTIL);
    }

    private static FlowHistory run(String config, boolean adaptive, double until) {
        Experiment e = Experiment.build(ConfigIO.parse(config, "the spirals sample"));
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(),
                new GradientFlow.Options(e.stepSize(), adaptive, true, 0), 1)) {
            while (flow.time() < until) {
                flow.step();
            }
            return flow.history();
        }
    }

    @Test
    void fixedStepsOnSpiralsAreReportedAsTooLarge() {
        List<StepSizeGuard.Stretch> stretches = StepSizeGuard.stretches(run(false),
                io.github.meanfieldlab.core.Block.RELU);
        assertFalse(stretches.isEmpty(), "Δs = 0.05 leaves the gradient flow before s = " + UNTIL);
        assertTrue(stretches.get(0).message().startsWith("not a gradient flow: Δs too large"));
        double from = stretches.get(0).fromTime();
        assertTrue(from > 24 && from < 26, "README: reported from s ≈ 25, not " + from);
    }

    @Test
    void adaptiveStepsKeepTheRatioInBandOnSpirals() {
        FlowHistory h = run(true);
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 1; r < h.size(); r++) {
            double crossed = h.get(FlowHistory.Column.SIGN_CHANGES, r);
            assertTrue(StepSizeGuard.inBand(h.fidelity(r)) || StepSizeGuard.isChatter(
                    io.github.meanfieldlab.core.Block.RELU, crossed),
                    "row " + r + " at s = " + h.time(r) + ": fidelity " + h.fidelity(r) + ", sign changes " + crossed);
            smallest = Math.min(smallest, h.stepSize(r));
        }
        assertTrue(smallest < 0.05, "Δs was halved on the way: " + smallest);
        assertTrue(StepSizeGuard.stretches(h, io.github.meanfieldlab.core.Block.RELU).isEmpty());
    }

    @Test
    void adaptiveStepsComeBackUpFromTheirSmallestAfterChatter() {
        // From s ≈ 18.4 the lesson's network steps at the smallest Δs, its steps in the band interleaved with relu's
        // chatter; the count that doubles Δs again must not start over at each chatter step (it did: Δs stayed at
        // Δs/1024, and s = 19.5 took 23743 steps).
        FlowHistory h = run(LESSON_SPIRALS, true, 19.5);
        int first = -1;
        for (int r = 1; r < h.size() && first < 0; r++) {
            if (h.stepSize(r) <= 0.05 / 1024) {
                first = r;
            }
        }
        assertTrue(first > 0, "the run reached the smallest Δs");
        boolean larger = false;
        for (int r = first; r < h.size(); r++) {
            larger |= h.stepSize(r) > 0.05 / 1024;
        }
        assertTrue(larger, "Δs doubled again after reaching its smallest at s = " + h.time(first));
    }
}
