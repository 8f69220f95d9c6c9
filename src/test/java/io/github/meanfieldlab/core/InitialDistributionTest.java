package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ρ_ini: keyed streams, nesting widths, scales and the three kinds. */
class InitialDistributionTest {
    private static ModelSpec spec(Block block, int L, int M) {
        return new ModelSpec(block, 2, 3, L, M, null, 0.1, 5.0);
    }

    private static double[] particle(double[] theta, ModelSpec s, int l, int m) {
        int k = s.parameterCount();
        int off = (l * s.width() + m) * k;
        return Arrays.copyOfRange(theta, off, off + k);
    }

    @ParameterizedTest
    @EnumSource(InitialDistribution.Kind.class)
    void widthsNest(InitialDistribution.Kind kind) {
        InitialDistribution init = new InitialDistribution(kind, 1, 0.5, 0.7, 42);
        ModelSpec narrow = spec(Block.RELU, 5, 8);
        ModelSpec wide = spec(Block.RELU, 5, 64);
        double[] a = init.sample(narrow);
        double[] b = init.sample(wide);
        for (int l = 0; l < 5; l++) {
            for (int m = 0; m < 8; m++) {
                assertArrayEquals(particle(a, narrow, l, m), particle(b, wide, l, m), 0.0, "particle " + l + "," + m);
            }
        }
    }

    @Test
    void gaussianParticlesDoNotDependOnTheDepthEither() {
        InitialDistribution init = InitialDistribution.gaussian(1, 3);
        double[] a = init.sample(spec(Block.REGULARIZED_RELU, 4, 6));
        double[] b = init.sample(spec(Block.REGULARIZED_RELU, 9, 6));
        assertArrayEquals(a, Arrays.copyOf(b, a.length), 0.0);
    }

    @Test
    void seedsAndParticlesGetDistinctStreams() {
        double[] a = InitialDistribution.gaussian(1, 1).sample(spec(Block.RELU, 2, 2));
        double[] b = InitialDistribution.gaussian(1, 2).sample(spec(Block.RELU, 2, 2));
        assertNotEquals(a[0], b[0]);
        ModelSpec s = spec(Block.RELU, 2, 2);
        assertNotEquals(particle(a, s, 0, 1)[0], particle(a, s, 1, 0)[0]);
    }

    @Test
    void gaussianHasTheRequestedScalesForAmplitudeAndInnerParts() {
        ModelSpec s = spec(Block.RELU, 50, 400);
        double[] theta = new InitialDistribution(InitialDistribution.Kind.GAUSSIAN, 2, 0.5, 0, 9).sample(s);
        double amp = 0;
        double inner = 0;
        double mean = 0;
        int k = s.parameterCount();
        int n = s.depth() * s.width();
        for (int q = 0; q < theta.length; q++) {
            if (q % k < 3) {
                amp += theta[q] * theta[q];
            } else {
                inner += theta[q] * theta[q];
            }
            mean += theta[q];
        }
        assertEquals(2, Math.sqrt(amp / (3.0 * n)), 0.03);
        assertEquals(0.5, Math.sqrt(inner / (4.0 * n)), 0.01);
        assertEquals(0, mean / theta.length, 0.02);
    }

    @Test
    void oneSidedAmplitudesAreNonNegative() {
        ModelSpec relu = spec(Block.RELU, 4, 50);
        double[] a = new InitialDistribution(InitialDistribution.Kind.ONE_SIDED, 1, 1, 0, 5).sample(relu);
        double[] g = new InitialDistribution(InitialDistribution.Kind.GAUSSIAN, 1, 1, 0, 5).sample(relu);
        boolean innerNegative = false;
        for (int q = 0; q < a.length; q++) {
            if (q % 7 < 3) {
                assertTrue(a[q] >= 0);
                assertEquals(Math.abs(g[q]), a[q], 0.0, "the same draw, folded");
            } else {
                innerNegative |= a[q] < 0;
            }
        }
        assertTrue(innerNegative, "only the amplitude is folded");
        ModelSpec reg = spec(Block.REGULARIZED_RELU, 4, 50);
        double[] c = new InitialDistribution(InitialDistribution.Kind.ONE_SIDED, 1, 1, 0, 5).sample(reg);
        for (int q = 0; q < c.length; q += reg.parameterCount()) {
            assertTrue(c[q] >= 0);
        }
    }

    @Test
    void depthContinuousWithKappaZeroGivesIdenticalLayersAndIsContinuousInDepth() {
        ModelSpec s = spec(Block.RELU, 64, 5);
        double[] flat = new InitialDistribution(InitialDistribution.Kind.DEPTH_CONTINUOUS, 1, 1, 0, 7).sample(s);
        for (int l = 1; l < 64; l++) {
            assertArrayEquals(particle(flat, s, 0, 3), particle(flat, s, l, 3), 0.0);
        }
        double[] wavy = new InitialDistribution(InitialDistribution.Kind.DEPTH_CONTINUOUS, 1, 1, 1, 7).sample(s);
        double largestJump = 0;
        for (int l = 1; l < 64; l++) {
            for (int j = 0; j < s.parameterCount(); j++) {
                largestJump = Math.max(largestJump, Math.abs(particle(wavy, s, l, 2)[j] - particle(wavy, s, l - 1, 2)[j]));
            }
        }
        // Neighbouring layers differ by O(κ·2π/L), not by a fresh draw.
        assertTrue(largestJump < 0.5, "jump " + largestJump);
        assertNotEquals(particle(wavy, s, 0, 2)[0], particle(wavy, s, 16, 2)[0]);
    }
}
