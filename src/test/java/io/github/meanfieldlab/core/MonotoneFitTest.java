package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Isotonic regression by pool adjacent violators, on data whose best monotone fit is known by hand. */
class MonotoneFitTest {
    private static Dataset line(double[] x, double[] y) {
        return new Dataset("line", 1, x, y);
    }

    @Test
    void poolsTheViolatorsIntoTheirMean() {
        // y = 1, 3, 2, 4 in order of x: the best increasing fit is 1, 2.5, 2.5, 4, off by 0.5 twice.
        Dataset data = line(new double[] {3, 0, 2, 1}, new double[] {4, 1, 2, 3});
        assertEquals((0.25 + 0.25) / (2 * 4), MonotoneFit.floor(data, true), 1e-15);
        // Decreasing: 2.5 for all four (one block): (1.5² + 0.5² + 0.5² + 1.5²)/8.
        assertEquals((2.25 + 0.25 + 0.25 + 2.25) / 8, MonotoneFit.floor(data, false), 1e-15);
    }

    @Test
    void monotoneDataCostNothingAndTiesShareOneValue() {
        assertEquals(0, MonotoneFit.floor(line(new double[] {0, 1, 2}, new double[] {-1, 0, 5}), true), 0);
        // Two samples at one x with different y: no function fits both, the floor is their spread.
        assertEquals((1 + 1) / (2.0 * 2), MonotoneFit.floor(line(new double[] {1, 1}, new double[] {0, 2}), true), 1e-15);
    }

    @Test
    void followsTheSignOfTheReadout() {
        Dataset data = line(new double[] {0, 1, 2}, new double[] {2, 1, 0});
        ModelSpec up = new ModelSpec(Block.RELU, 1, 1, 1, 1, new double[] {1}, 0.1, 5);
        ModelSpec down = new ModelSpec(Block.RELU, 1, 1, 1, 1, new double[] {-2}, 0.1, 5);
        assertEquals(0, MonotoneFit.floor(down, data), 0);
        assertEquals(MonotoneFit.floor(data, true), MonotoneFit.floor(up, data), 0);
        assertThrows(IllegalArgumentException.class,
                () -> MonotoneFit.floor(new ModelSpec(Block.RELU, 1, 2, 1, 1, null, 0.1, 5), data));
    }
}
