package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path (groups of eight samples in vector lanes, padded lanes, states stored group by group, gradients
 * summed per lane over a block) against {@link PlainResNet} for every block, at sample counts that leave many
 * numbers of samples in a block's last group and that make one, two and three blocks.
 */
class GroupedKernelTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> blocksAndSizes() {
        return Stream.of(Block.values()).flatMap(b -> Stream.of(1, 2, 3, 4, 9, 130, 150, 300).map(n -> Arguments.of(b, n)));
    }

    @ParameterizedTest
    @MethodSource("blocksAndSizes")
    void lossVelocitiesAndStatesEqualThePlainEvaluation(Block block, int samples) {
        double tau = block == Block.REGULARIZED_RELU ? 3 : 1;
        RandomProblem p = RandomProblem.of(block, 2, 3, 4, 5, samples, tau, 17 + samples);
        PlainResNet plain = new PlainResNet(p.spec);
        double[] velocity = new double[p.theta.length];
        try (FlowEvaluator e = new FlowEvaluator(p.spec, p.data, 2)) {
            e.evaluate(p.theta, velocity);
            double loss = plain.loss(p.data, p.theta);
            assertEquals(loss, e.loss(), TOLERANCE * loss, block + " N=" + samples + ": loss");
            double error = RandomProblem.relativeError(velocity, plain.velocity(p.data, p.theta));
            assertTrue(error < TOLERANCE, block + " N=" + samples + ": velocity relative error " + error);
            int L = p.spec.depth();
            int D = p.spec.stateDimension();
            double[] states = e.copyStates();
            for (int i = 0; i < samples; i++) {
                double[][] z = plain.states(new double[] {p.data.x(i, 0), p.data.x(i, 1)}, p.theta);
                for (int l = 0; l <= L; l++) {
                    for (int j = 0; j < D; j++) {
                        assertEquals(z[l][j], states[(i * (L + 1) + l) * D + j], TOLERANCE * (1 + Math.abs(z[l][j])),
                                block + " N=" + samples + ": z_" + l + "(x_" + i + ")_" + j);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("blocksAndSizes")
    void predictionsEqualThePlainForwardPass(Block block, int samples) {
        RandomProblem p = RandomProblem.of(block, 2, 3, 4, 5, samples, 1, 3 + samples);
        double[] outputs = new double[samples];
        FlowEvaluator.predict(p.spec, p.theta, p.data.inputs(), outputs);
        for (int i = 0; i < samples; i++) {
            double[][] z = new PlainResNet(p.spec).states(new double[] {p.data.x(i, 0), p.data.x(i, 1)}, p.theta);
            double expected = 0;
            for (int j = 0; j < p.spec.stateDimension(); j++) {
                expected += p.spec.readout(j) * z[p.spec.depth()][j];
            }
            assertEquals(expected, outputs[i], TOLERANCE * (1 + Math.abs(expected)), block + " sample " + i);
        }
    }
}
