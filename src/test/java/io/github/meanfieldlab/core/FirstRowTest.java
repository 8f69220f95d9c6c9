package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A new flow's row 0 waits for its costly theory columns (λ_min and the least determinant at s = 0) until they
 * are wanted, so that a window shows the initial state without waiting for them; the history is the same bits
 * whether they were wanted at once (as {@code run --theory} reads it) or only by the first step.
 */
class FirstRowTest {
    private static final GradientFlow.Options THEORY_EVERY_3 = new GradientFlow.Options(0.05, false, true, 3);

    @Test
    void theFirstSnapshotComesBeforeTheTheoryColumnsOfRowZeroAndTheHistoryIsUnchanged() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 3, 8, 16, 1, 4);
        try (GradientFlow eager = new GradientFlow(p.spec, p.data, p.theta, THEORY_EVERY_3, 1);
             GradientFlow lazy = new GradientFlow(p.spec, p.data, p.theta, THEORY_EVERY_3, 2)) {
            FlowHistory atOnce = eager.history();
            assertTrue(Double.isFinite(atOnce.get(FlowHistory.Column.LAMBDA_MIN, 0)), "λ_min at s = 0");
            assertTrue(Double.isFinite(atOnce.get(FlowHistory.Column.MIN_JACOBIAN_DET, 0)), "the determinant at s = 0");

            FlowSnapshot first = lazy.snapshot(1, RunState.PAUSED, "", 0, null, null);
            FlowHistory shown = first.history();
            assertEquals(1, shown.size());
            for (FlowHistory.Column c : FlowHistory.Column.values()) {
                boolean costly = c == FlowHistory.Column.LAMBDA_MIN || c == FlowHistory.Column.MIN_JACOBIAN_DET;
                assertEquals(costly ? Double.NaN : atOnce.get(c, 0), shown.get(c, 0), c + " in the first snapshot");
            }
            assertNull(first.stepping(), "a history missing row 0's theory columns cannot be saved to continue from");

            lazy.finishFirstRow();
            FlowSnapshot second = lazy.snapshot(1, RunState.PAUSED, "", 0, null, null);
            assertNotNull(second.stepping());
            assertSameBits(atOnce, second.history());
            assertTrue(Double.isNaN(shown.get(FlowHistory.Column.LAMBDA_MIN, 0)), "a snapshot never changes");

            for (int n = 0; n < 7; n++) {
                eager.step();
                lazy.step();
            }
            assertSameBits(eager.history(), lazy.history());
        }
    }

    @Test
    void theFirstStepCompletesRowZeroWhenNobodyAskedBefore() {
        RandomProblem p = RandomProblem.of(Block.REGULARIZED_RELU, 2, 2, 2, 6, 12, 0.5, 9);
        try (GradientFlow eager = new GradientFlow(p.spec, p.data, p.theta, THEORY_EVERY_3, 1);
             GradientFlow lazy = new GradientFlow(p.spec, p.data, p.theta, THEORY_EVERY_3, 1)) {
            eager.history();
            assertFalse(eager.isFirstRowOpen());
            assertTrue(lazy.isFirstRowOpen());
            for (int n = 0; n < 4; n++) {
                eager.step();
                lazy.step();
            }
            assertFalse(lazy.isFirstRowOpen());
            assertSameBits(eager.history(), lazy.history());
        }
    }

    private static void assertSameBits(FlowHistory expected, FlowHistory actual) {
        assertEquals(expected.size(), actual.size());
        for (int row = 0; row < expected.size(); row++) {
            for (FlowHistory.Column c : FlowHistory.Column.values()) {
                assertEquals(Double.doubleToRawLongBits(expected.get(c, row)), Double.doubleToRawLongBits(actual.get(c, row)),
                        c + " in row " + row);
            }
        }
    }
}
