package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The solver's velocities against central finite differences of its loss, and against {@link PlainResNet}. */
class GradientCheckTest {

    @ParameterizedTest
    @EnumSource(Block.class)
    void velocitiesMatchCentralFiniteDifferences(Block block) {
        RandomProblem p = RandomProblem.of(block, 2, 3, 3, 4, 6, 0.8, 11);
        double[] v = p.velocity(p.theta, 1);
        double lm = p.spec.depth() * p.spec.width();
        double[] fd = new double[v.length];
        double h = 1e-5;
        for (int q = 0; q < v.length; q++) {
            double[] plus = p.theta.clone();
            double[] minus = p.theta.clone();
            plus[q] += h;
            minus[q] -= h;
            fd[q] = -lm * (p.loss(plus) - p.loss(minus)) / (2 * h);       // v = −L·M ∂E/∂θ
        }
        double error = RandomProblem.relativeError(v, fd);
        assertTrue(error < 1e-6, block + ": relative error " + error);
    }

    @ParameterizedTest
    @EnumSource(Block.class)
    void fastEvaluationEqualsPlainEvaluation(Block block) {
        // Regularized-relu at a large scale exercises the squashing far from the identity.
        double tau = block == Block.REGULARIZED_RELU ? 4 : 1;
        RandomProblem p = RandomProblem.of(block, 2, 4, 5, 7, 70, tau, 5);   // N = 70: two sample blocks
        PlainResNet plain = new PlainResNet(p.spec);
        assertEquals(plain.loss(p.data, p.theta), p.loss(p.theta), 1e-13 * plain.loss(p.data, p.theta));
        double error = RandomProblem.relativeError(p.velocity(p.theta, 2), plain.velocity(p.data, p.theta));
        assertTrue(error < 1e-12, block + ": relative error " + error);
    }

    @ParameterizedTest
    @EnumSource(Block.class)
    void dataDimensionBelowStateDimensionEmbedsWithZeros(Block block) {
        RandomProblem p = RandomProblem.of(block, 1, 3, 2, 3, 5, 1, 3);
        PlainResNet plain = new PlainResNet(p.spec);
        double error = RandomProblem.relativeError(p.velocity(p.theta, 1), plain.velocity(p.data, p.theta));
        assertTrue(error < 1e-12, block + ": relative error " + error);
    }
}
