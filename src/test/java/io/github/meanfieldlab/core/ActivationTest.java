package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * relu and the branch-free σ_η against MODEL.md's definitions, at and around the points where the definitions
 * change form, where a clamp written with min and max is most likely to slip.
 */
class ActivationTest {
    private static final double ETA = 0.1;

    private static double[] points(double edge) {
        return new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, edge, -edge,
            Math.nextUp(edge), Math.nextDown(edge), Math.nextUp(-edge), Math.nextDown(-edge), edge / 3, -edge / 3,
            0.7, -0.7, 12.5, -12.5, 1e200, -1e200, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    @Test
    void reluAndItsSlopeAreExactlyMaxAndTheStepWithSlopeZeroAtZero() {
        for (double s : points(1)) {
            assertEquals(s > 0 ? s : 0.0, Activation.RELU.value(s), 0.0, "relu(" + s + ")");
            assertEquals(s > 0 ? 1.0 : 0.0, Activation.RELU.derivative(s), 0.0, "relu'(" + s + ")");
        }
    }

    @Test
    void regularizedReluMatchesThePiecewiseDefinitionToAFewUlps() {
        for (double s : points(ETA)) {
            if (Double.isInfinite(s)) {
                continue;
            }
            double value = s <= -ETA ? 0 : s >= ETA ? s : (s + ETA) * (s + ETA) / (4 * ETA);
            double slope = s <= -ETA ? 0 : s >= ETA ? 1 : (s + ETA) / (2 * ETA);
            assertEquals(value, Activation.regularizedRelu(s, ETA), 4 * Math.ulp(value), "σ_η(" + s + ")");
            assertEquals(slope, Activation.regularizedReluSlope(s, ETA), 4 * Math.ulp(slope), "σ_η'(" + s + ")");
        }
    }
}
