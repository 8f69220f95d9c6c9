package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * relu's imbalance |u|² − |(w, b)|² is conserved by the exact flow, so its drift under Euler steps is the Euler
 * error: Δs²(|v_u|² − |v_(w,b)|²) per step, Δs·∫(|v_u|² − |v_(w,b)|²) ds in all, linear in Δs.
 */
class ConservationTest {
    private static final RandomProblem PROBLEM = RandomProblem.of(Block.RELU, 2, 3, 2, 4, 4, 1, 21);

    /** The imbalance drift at s = {@code until}, and whether any pre-activation changed sign on the way. */
    private static double[] driftAt(double step, double until) {
        try (GradientFlow flow = new GradientFlow(PROBLEM.spec, PROBLEM.data, PROBLEM.theta,
                new GradientFlow.Options(step, false, false, Integer.MAX_VALUE), 1)) {
            SignChanges kinks = new SignChanges(PROBLEM.spec, PROBLEM.data);
            double crossed = 0;
            while (flow.time() < until - step / 2) {
                double[] before = flow.particles();
                flow.step();
                crossed += kinks.fraction(before, flow.particles());
            }
            FlowHistory h = flow.history();
            return new double[] {h.get(FlowHistory.Column.IMBALANCE_DRIFT, h.size() - 1), crossed};
        }
    }

    /** The time of the first step, of size {@code step}, that carries a pre-activation across 0. */
    private static double firstKink(double step) {
        try (GradientFlow flow = new GradientFlow(PROBLEM.spec, PROBLEM.data, PROBLEM.theta, step, 1)) {
            SignChanges kinks = new SignChanges(PROBLEM.spec, PROBLEM.data);
            while (true) {
                double[] before = flow.particles();
                flow.step();
                if (kinks.fraction(before, flow.particles()) > 0) {
                    return flow.time();
                }
            }
        }
    }

    @Test
    void imbalanceDriftShrinksLinearlyInTheStepBeforeTheFirstKink() {
        double until = 0.01 * Math.floor(firstKink(0.0025) / 0.01);
        assertTrue(until >= 0.01, "the first kink comes after a few steps: " + until);
        double[] coarse = driftAt(0.01, until);
        double[] medium = driftAt(0.005, until);
        double[] fine = driftAt(0.0025, until);
        assertEquals(0, coarse[1] + medium[1] + fine[1], "no kink crossed before s = " + until);
        assertTrue(fine[0] > 0, "Euler changes the imbalance");
        // Linear in Δs: halving the step halves the drift. A rate of Δs² (ratio 4) or Δs⁰ (ratio 1) fails.
        assertEquals(2, coarse[0] / medium[0], 0.05, coarse[0] + " -> " + medium[0]);
        assertEquals(2, medium[0] / fine[0], 0.05, medium[0] + " -> " + fine[0]);
    }

    @Test
    void theDriftIsTheOnlyChangeAndTheImbalanceIsExactWhereNoStepIsTaken() {
        double[] initial = Imbalance.of(PROBLEM.spec, PROBLEM.theta);
        assertEquals(0, Imbalance.drift(PROBLEM.spec, PROBLEM.theta, initial), 0);
        // The control: rescaling (λu, (w, b)/λ) leaves f alone but changes the imbalance, so drift sees it.
        double[] rescaled = PROBLEM.theta.clone();
        int k = PROBLEM.spec.parameterCount();
        for (int q = 0; q < rescaled.length; q++) {
            rescaled[q] *= q % k < 3 ? 2 : 0.5;
        }
        assertTrue(Imbalance.drift(PROBLEM.spec, rescaled, initial) > 0.5);
    }
}
