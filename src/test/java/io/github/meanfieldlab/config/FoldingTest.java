package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.MonotoneFit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Finite depth against the ODE on the sine regression with D = 1 (samples/sine-D1-vs-D2-D1.json): the flow of an
 * ODE on the line is monotone, so its loss cannot go below the best monotone fit; the finite network does, and
 * exactly when a layer's determinant has turned negative at some sample: it folds the line.
 */
class FoldingTest {
    private static final int EVERY = 100;

    @Test
    void theLossGoesBelowTheMonotoneFloorOnlyOnceALayerFoldsTheLine() {
        Experiment e = Experiment.build(ConfigIO.read(Path.of("samples/sine-D1-vs-D2-D1.json")));
        double floor = MonotoneFit.floor(e.spec(), e.data());
        assertEquals(0.0210, floor, 5e-5, "the monotone floor README quotes");
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(),
                new GradientFlow.Options(e.stepSize(), false, false, EVERY), 1)) {
            while (flow.loss() >= floor && flow.time() < 600) {
                flow.step();
            }
            while (flow.steps() % EVERY != 0) {
                flow.step();                                 // up to the next row with the determinant
            }
            FlowHistory h = flow.history();
            assertTrue(flow.loss() < floor, "the loss went below the floor " + floor + ": " + flow.loss());
            assertTrue(flow.time() > 450 && flow.time() <= 505, "below the floor at s = " + flow.time() + " (README)");
            boolean folded = false;
            for (int r = 0; r < h.size(); r += EVERY) {
                double det = h.get(FlowHistory.Column.MIN_JACOBIAN_DET, r);
                folded |= det < 0;
                if (!folded) {
                    assertTrue(h.loss(r) >= floor, "no fold yet at s = " + h.time(r) + " but E below the floor");
                }
            }
            assertTrue(h.get(FlowHistory.Column.MIN_JACOBIAN_DET, h.size() - 1) < 0, "folded where E < floor");
            assertTrue(h.get(FlowHistory.Column.MIN_JACOBIAN_DET, 0) > 0, "the initial network does not fold");
        }
    }
}
