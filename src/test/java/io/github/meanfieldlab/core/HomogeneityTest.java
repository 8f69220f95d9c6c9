package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The homogeneity identities of MODEL.md, measured on the solver itself: with L = M = 1 the residual update
 * is z_1 = z_0 + f(z_0; θ), so f is read off the solver's layer states.
 */
class HomogeneityTest {
    private static final double[] Z = {0.3, -0.7, 1.1};

    /** f(z; θ) as the solver computes it, from a one-layer, one-particle network at input z (d = D). */
    private static double[] blockOutput(Block block, double[] theta, double[] z) {
        ModelSpec spec = new ModelSpec(block, z.length, z.length, 1, 1, null, 0.1, 5.0);
        Dataset one = new Dataset("one", z.length, z, new double[] {0});
        try (FlowEvaluator e = new FlowEvaluator(spec, one, 1)) {
            e.evaluate(theta, new double[theta.length]);
            double[] states = e.copyStates();
            double[] f = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                f[j] = states[z.length + j] - states[j];
            }
            return f;
        }
    }

    private static double[] particle(Block block, long seed) {
        ModelSpec spec = new ModelSpec(block, 3, 3, 1, 1, null, 0.1, 5.0);
        return InitialDistribution.gaussian(1, seed).sample(spec);
    }

    private static double[] scaled(double[] theta, int from, int to, double lambda) {
        double[] t = theta.clone();
        for (int q = from; q < to; q++) {
            t[q] *= lambda;
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5, 2, 3.7})
    void reluIsPositivelyTwoHomogeneous(double lambda) {
        for (long seed = 1; seed <= 20; seed++) {
            double[] theta = particle(Block.RELU, seed);
            double[] f = blockOutput(Block.RELU, theta, Z);
            double[] g = blockOutput(Block.RELU, scaled(theta, 0, theta.length, lambda), Z);
            for (int j = 0; j < 3; j++) {
                assertEquals(lambda * lambda * f[j], g[j], 1e-12 * (1 + Math.abs(g[j])), "seed " + seed);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2, -0.3, 0.3, 5})
    void regularizedReluIsOneHomogeneousInTheAmplitudeForAnySign(double lambda) {
        for (long seed = 1; seed <= 20; seed++) {
            double[] theta = particle(Block.REGULARIZED_RELU, seed);
            double[] f = blockOutput(Block.REGULARIZED_RELU, theta, Z);
            double[] g = blockOutput(Block.REGULARIZED_RELU, scaled(theta, 0, 1, lambda), Z);
            for (int j = 0; j < 3; j++) {
                assertEquals(lambda * f[j], g[j], 1e-12 * (1 + Math.abs(g[j])), "seed " + seed);
            }
        }
    }

    @Test
    void regularizedReluStaysBoundedHoweverLargeTheInnerWeights() {
        double[] theta = particle(Block.REGULARIZED_RELU, 4);
        theta[0] = 1;                                            // c = 1: f is σ_η(Ŵz + β̂) itself
        double[] huge = scaled(theta, 1, theta.length, 1e6);
        double[] f = blockOutput(Block.REGULARIZED_RELU, huge, Z);
        double zNorm = Math.sqrt(0.3 * 0.3 + 0.7 * 0.7 + 1.1 * 1.1);
        for (double fj : f) {
            // |Ŵ| ≤ R and |β̂| ≤ R, so each component is at most R·|z| + R.
            assertTrue(Math.abs(fj) <= 5 * zNorm + 5, "component " + fj);
        }
    }

    @Test
    void tanhIsNotHomogeneous() {
        double[] theta = particle(Block.TANH, 2);
        double[] f = blockOutput(Block.TANH, theta, Z);
        double[] g = blockOutput(Block.TANH, scaled(theta, 0, theta.length, 2), Z);
        assertTrue(Math.abs(g[0] - 4 * f[0]) > 1e-3 && Math.abs(g[0] - 2 * f[0]) > 1e-3,
                "tanh must not be 1- or 2-homogeneous: " + f[0] + " vs " + g[0]);
    }

    @Test
    void measuredDegreeIsTwoForRelu() {
        Homogeneity h = Homogeneity.measure(new ModelSpec(Block.RELU, 3, 3, 1, 1, null, 0.1, 5.0));
        assertTrue(h.isHomogeneous(), h.verdict());
        assertEquals(2, h.degree(), 1e-9);
        assertTrue(h.verdict().startsWith("homogeneity: degree 2 in θ"), h.verdict());
    }

    @Test
    void measuredDegreeIsOneInTheAmplitudeForRegularizedReluWithBoundedInnerWeights() {
        Homogeneity h = Homogeneity.measure(new ModelSpec(Block.REGULARIZED_RELU, 2, 2, 1, 1, null, 0.1, 5.0));
        assertTrue(h.isHomogeneous(), h.verdict());
        assertEquals(1, h.degree(), 1e-9);
        assertTrue(h.innerBoundRatio() <= 1 && h.innerBoundRatio() > 0.1, "ratio " + h.innerBoundRatio());
        assertTrue(h.verdict().contains("degree 1 in c") && h.verdict().contains("bounded"), h.verdict());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Block.class, names = {"TANH", "SIGMOID", "SOFTPLUS"})
    void measuredFitFindsNoDegreeForTheComparisonBlocks(Block block) {
        Homogeneity h = Homogeneity.measure(new ModelSpec(block, 3, 3, 1, 1, null, 0.1, 5.0));
        assertTrue(!h.isHomogeneous() && h.residual() > 1e-3, h.verdict());
        assertTrue(h.verdict().startsWith("homogeneity: not homogeneous"), h.verdict());
    }
}
