package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Ladders on small cases: what they couple, what they refuse, and that a fit recovers a known power law. */
class LadderTest {
    private static final RandomProblem P = RandomProblem.of(Block.RELU, 2, 3, 2, 4, 12, 1, 3);
    private static final InitialDistribution GAUSSIAN = InitialDistribution.gaussian(1, 1);

    private static Ladder width(double[] times) {
        return new Ladder(P.spec, P.data, GAUSSIAN, 0.05, LadderAxis.WIDTH, new double[] {2, 4}, new long[] {1, 2},
                times, 16);
    }

    @Test
    void aFitRecoversAnExactPowerLawWithANarrowInterval() {
        double[] v = {8, 16, 32, 64};
        double[][] samples = new double[4][3];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                samples[i][j] = (1 + 0.1 * j) * 3 * Math.pow(v[i], -0.5);
            }
        }
        RateFit fit = RateFit.of(v, samples);
        assertEquals(-0.5, fit.slope(), 1e-12);
        assertEquals(-0.5, fit.low(), 1e-12);
        assertEquals(-0.5, fit.high(), 1e-12);
        assertEquals(RateFit.rms(samples[2], new int[] {0, 1, 2}), fit.at(32), 1e-12);
        samples[1][0] = samples[1][1] = samples[1][2] = 0;
        assertTrue(!RateFit.of(v, samples).isFitted(), "a zero rms has no power law");
    }

    @Test
    void runsAreCoupledAtTheStartAndTheResultDoesNotDependOnThreads() {
        LadderResult one = width(new double[] {0.05, 0.5}).run(1, (f, s) -> { }, () -> false);
        LadderResult two = width(new double[] {0.05, 0.5}).run(2, (f, s) -> { }, () -> false);
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < 2; j++) {
                // Coupled particles start equal, and one step of Δs moves each by Δs·v: after it they are at most
                // Δs·(max|v| + max|v_ref|) apart (particles drawn apart would be about τ·√k ≈ 2.6 apart).
                double bound = 0.05 * (one.history(r, j).maxSpeed(0) + one.referenceHistory(j).maxSpeed(0));
                assertTrue(one.get(LadderResult.Quantity.DISTANCE, r, j, 0) <= bound, "one step apart");
                for (int t = 0; t < 2; t++) {
                    assertEquals(one.loss(r, j, t), two.loss(r, j, t));
                    assertEquals(one.get(LadderResult.Quantity.DISTANCE, r, j, t),
                            two.get(LadderResult.Quantity.DISTANCE, r, j, t));
                }
                assertEquals(one.history(r, j).loss(0), one.initialLoss(r, j));
                assertEquals(one.history(r, j).loss(10), one.loss(r, j, 1), "s = 0.5 is step 10");
            }
        }
        assertArrayEquals(one.values(), new double[] {2, 4});
    }

    @Test
    void progressRisesToOneAndCancellingStopsTheLadder() {
        List<Double> seen = new ArrayList<>();
        width(new double[] {0.2}).run(1, (f, s) -> seen.add(f), () -> false);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back");
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
        int[] polls = {0};
        assertThrows(CancellationException.class, () -> width(new double[] {0.2}).run(1, (f, s) -> { },
                () -> ++polls[0] > 5));
    }

    @Test
    void laddersThatCannotBeMeasuredAreRefusedWithTheReason() {
        String depth = assertThrows(IllegalArgumentException.class, () -> new Ladder(P.spec, P.data, GAUSSIAN, 0.05,
                LadderAxis.DEPTH, new double[] {2, 4}, new long[] {1}, new double[] {1}, 32)).getMessage();
        assertTrue(depth.contains("depth-continuous"), depth);
        InitialDistribution continuous = new InitialDistribution(InitialDistribution.Kind.DEPTH_CONTINUOUS, 1, 1, 1, 1);
        String divides = assertThrows(IllegalArgumentException.class, () -> new Ladder(P.spec, P.data, continuous, 0.05,
                LadderAxis.DEPTH, new double[] {3, 4}, new long[] {1}, new double[] {1}, 32)).getMessage();
        assertTrue(divides.contains("3 does not divide it"), divides);
        String beyond = assertThrows(IllegalArgumentException.class, () -> new Ladder(P.spec, P.data, GAUSSIAN, 0.05,
                LadderAxis.WIDTH, new double[] {2, 4}, new long[] {1}, new double[] {1}, 4)).getMessage();
        assertTrue(beyond.contains("beyond every rung"), beyond);
        String steps = assertThrows(IllegalArgumentException.class, () -> new Ladder(P.spec, P.data, GAUSSIAN, 0.05,
                LadderAxis.STEP, new double[] {0.1, 0.3}, new long[] {1}, new double[] {1}, 0.01)).getMessage();
        assertTrue(steps.contains("not a whole number of steps Δs = 0.3"), steps);
        assertEquals(0.0125, LadderAxis.STEP.defaultReference(new double[] {0.1, 0.2}));
        assertEquals(256, LadderAxis.WIDTH.defaultReference(new double[] {8, 32, 16}));
    }
}
