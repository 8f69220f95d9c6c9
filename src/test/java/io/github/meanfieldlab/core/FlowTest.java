package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Euler flow: its fidelity to the gradient flow, determinism, and failure on non-finite states. */
class FlowTest {

    /** Mean over the first steps of |ratio − 1|, where ratio = (E_n − E_{n+1})/(Δs·I_n). */
    private static double fidelityDefect(RandomProblem p, double step, double until) {
        try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, step, 1)) {
            while (flow.time() < until - step / 2) {
                flow.step();
            }
            FlowHistory h = flow.history();
            double sum = 0;
            for (int r = 1; r < h.size(); r++) {
                sum += Math.abs(h.fidelity(r) - 1);
            }
            return sum / (h.size() - 1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Block.class, names = {"REGULARIZED_RELU", "TANH", "SIGMOID", "SOFTPLUS"})
    void fidelityRatioTendsToOneLinearlyInTheStepForC1Blocks(Block block) {
        RandomProblem p = RandomProblem.of(block, 2, 3, 4, 8, 16, 1, 21);
        double coarse = fidelityDefect(p, 0.2, 2);
        double medium = fidelityDefect(p, 0.02, 2);
        double fine = fidelityDefect(p, 0.002, 2);
        // Euler: E_{n+1} = E_n − Δs·I_n + O(Δs²), so the defect shrinks about linearly in Δs.
        assertTrue(medium < 0.2 * coarse && fine < 0.2 * medium, coarse + " -> " + medium + " -> " + fine);
        assertTrue(fine < 1e-3, "defect at Δs = 0.002: " + fine);
    }

    /**
     * relu is not C¹: over long times Euler chatters across kinks where the flow slides along
     * {w·z + b = 0} (measured: one pre-activation flipping sign in more than half of 10⁴ steps), and the
     * ratio stays away from 1 on those steps for any Δs. Before the first kink is reached it tends to 1.
     */
    @Test
    void fidelityRatioTendsToOneForReluBeforeAnyKinkIsCrossed() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 4, 8, 16, 1, 21);
        double medium = fidelityDefect(p, 0.01, 0.1);
        double fine = fidelityDefect(p, 0.001, 0.1);
        double finer = fidelityDefect(p, 0.0001, 0.1);
        assertTrue(fine < 0.2 * medium && finer < 0.2 * fine, medium + " -> " + fine + " -> " + finer);
        assertTrue(finer < 1e-4, "defect at Δs = 1e-4: " + finer);
    }

    @ParameterizedTest
    @EnumSource(value = Block.class, names = {"RELU", "REGULARIZED_RELU"})
    void historiesAreBitIdenticalForOneAndTwoThreads(Block block) {
        // N = 300 gives five sample blocks, so two threads really split the work.
        RandomProblem p = RandomProblem.of(block, 2, 3, 6, 16, 300, 1, 8);
        double[][] results = new double[2][];
        double[][] losses = new double[2][];
        for (int t = 1; t <= 2; t++) {
            try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, 0.05, t)) {
                for (int n = 0; n < 30; n++) {
                    flow.step();
                }
                results[t - 1] = flow.particles();
                FlowHistory h = flow.history();
                losses[t - 1] = new double[h.size() * 2];
                for (int r = 0; r < h.size(); r++) {
                    losses[t - 1][2 * r] = h.loss(r);
                    losses[t - 1][2 * r + 1] = h.dissipation(r);
                }
            }
        }
        assertArrayEquals(results[0], results[1], 0.0);
        assertArrayEquals(losses[0], losses[1], 0.0);
    }

    @Test
    void adaptiveStepsAndTheoryColumnsAreBitIdenticalForOneAndTwoThreads() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 6, 16, 300, 1, 8);
        double[][] columns = new double[2][];
        for (int t = 1; t <= 2; t++) {
            // Δs = 2 is far too large, so the guard halves it on the way.
            try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, new GradientFlow.Options(2, true, true, 5), t)) {
                for (int n = 0; n < 20; n++) {
                    flow.step();
                }
                FlowHistory h = flow.history();
                columns[t - 1] = new double[h.size() * FlowHistory.COLUMNS.length];
                for (int r = 0; r < h.size(); r++) {
                    for (int c = 0; c < FlowHistory.COLUMNS.length; c++) {
                        columns[t - 1][r * FlowHistory.COLUMNS.length + c] = h.get(c, r);
                    }
                }
                assertTrue(flow.stepSize() < 2, "the guard halved Δs: " + flow.stepSize());
            }
        }
        assertArrayEquals(columns[0], columns[1], 0.0);
    }

    @Test
    void aStepThatOverflowsStopsAtTheLastFiniteStateAndSuggestsASmallerStep() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 2, 2, 4, 8, 3, 2);
        try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, 1e6, 1)) {
            NonFiniteStateException e = null;
            for (int n = 0; n < 50 && e == null; n++) {
                double[] before = flow.particles();
                long steps = flow.steps();
                try {
                    flow.step();
                } catch (NonFiniteStateException thrown) {
                    e = thrown;
                    assertArrayEquals(before, flow.particles(), 0.0, "restored to the last finite state");
                    assertEquals(steps, flow.steps());
                    assertTrue(Double.isFinite(flow.loss()));
                }
            }
            assertTrue(e != null, "a step of 1e6 must overflow");
            assertTrue(e.getMessage().contains("smaller step"), e.getMessage());
        }
    }

    @Test
    void rejectsABadStepAndParticlesOfTheWrongSize() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 2, 2, 4, 8, 1, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> new GradientFlow(p.spec, p.data, p.theta, -1, 1));
        assertTrue(e.getMessage().contains("step"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> new GradientFlow(p.spec, p.data, new double[3], 0.1, 1));
        assertTrue(f.getMessage().contains("L·M·k"), f.getMessage());
        double[] nan = p.theta.clone();
        nan[2] = Double.NaN;
        var g = assertThrows(IllegalArgumentException.class, () -> new GradientFlow(p.spec, p.data, nan, 0.1, 1));
        assertTrue(g.getMessage().contains("layer 0, index 0") && g.getMessage().contains("w1"), g.getMessage());
    }
}
