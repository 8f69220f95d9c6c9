package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.InitialDistribution.Kind;
import io.github.meanfieldlab.core.Separation.Verdict;
import org.junit.jupiter.api.Test;

/** The separation verdicts of MODEL.md's "Initialisation", with their reasons. */
class SeparationTest {
    private static Separation of(Block block, Kind kind, double amplitude, double inner) {
        return Separation.of(block, new InitialDistribution(kind, amplitude, inner, 0.5, 1));
    }

    @Test
    void reluGaussianHolds() {
        Separation s = of(Block.RELU, Kind.GAUSSIAN, 1.5, 1.5);
        assertEquals(Verdict.HOLDS, s.verdict());
        assertTrue(s.line().startsWith("separation: holds (gaussian has full support"), s.line());
        assertTrue(s.line().endsWith("sufficient, not necessary"), s.line());
        assertEquals(Verdict.HOLDS, of(Block.RELU, Kind.DEPTH_CONTINUOUS, 1, 1).verdict());
    }

    @Test
    void reluOneSidedIsViolatedByTheMissingDirections() {
        Separation s = of(Block.RELU, Kind.ONE_SIDED, 1.5, 1.5);
        assertEquals(Verdict.VIOLATED, s.verdict());
        assertTrue(s.reason().contains("u < 0 in some coordinate"), s.reason());
    }

    @Test
    void regularizedReluOneSidedHoldsBecauseItContainsTheZeroAmplitudeSlice() {
        Separation s = of(Block.REGULARIZED_RELU, Kind.ONE_SIDED, 1, 1);
        assertEquals(Verdict.HOLDS, s.verdict());
        assertTrue(s.reason().contains("{0} × Θ̃"), s.reason());
        assertEquals(Verdict.HOLDS, of(Block.REGULARIZED_RELU, Kind.GAUSSIAN, 1, 1).verdict());
    }

    @Test
    void aSupportInASubspaceIsViolated() {
        assertEquals(Verdict.VIOLATED, of(Block.RELU, Kind.GAUSSIAN, 0, 1).verdict());
        assertEquals(Verdict.VIOLATED, of(Block.RELU, Kind.GAUSSIAN, 1, 0).verdict());
        assertEquals(Verdict.VIOLATED, of(Block.REGULARIZED_RELU, Kind.GAUSSIAN, 1, 0).verdict());
        // c = 0 everywhere still contains {0} × Θ̃ when (W, β) has full support.
        assertEquals(Verdict.HOLDS, of(Block.REGULARIZED_RELU, Kind.GAUSSIAN, 0, 1).verdict());
    }

    @Test
    void blocksWithoutHomogeneityHaveNoCondition() {
        for (Block b : new Block[] {Block.TANH, Block.SIGMOID, Block.SOFTPLUS}) {
            Separation s = of(b, Kind.GAUSSIAN, 1, 1);
            assertEquals(Verdict.NOT_APPLICABLE, s.verdict());
            assertTrue(s.line().startsWith("separation: not applicable (" + b.id()), s.line());
        }
    }

    @Test
    void reasonsArePlainTextWithoutTeX() {
        // The theory panel, `run`'s output and summary.json show the reason as it is: "S^{k-1}" would reach the user.
        for (Block b : Block.values()) {
            for (Kind k : Kind.values()) {
                for (double[] scales : new double[][] {{1, 1}, {0, 1}, {1, 0}}) {
                    String reason = of(b, k, scales[0], scales[1]).reason();
                    for (String tex : new String[] {"^", "_{", "\\", "{k", " -r"}) {
                        assertTrue(!reason.contains(tex), b + ", " + k + ": " + reason);
                    }
                }
            }
        }
    }
}
