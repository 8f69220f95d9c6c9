package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in datasets: sizes, labels, seeds, standardisation and the teacher. */
class DataGeneratorTest {
    private static final ModelSpec TEACHER = DataGenerator.teacherModel(Block.RELU, 3, 4, 0.1, 5);

    private static GeneratedData make(DataGenerator g, long seed, boolean standardize) {
        return g.generate(101, 0.05, seed, standardize, TEACHER);
    }

    @ParameterizedTest
    @EnumSource(DataGenerator.class)
    void generatesTheRequestedSizeDeterministicallyFromTheSeed(DataGenerator g) {
        Dataset a = make(g, 3, false).dataset();
        Dataset b = make(g, 3, false).dataset();
        Dataset c = make(g, 4, false).dataset();
        assertEquals(101, a.size());
        assertEquals(g.dimension(), a.dimension());
        assertArrayEquals(a.inputs(), b.inputs(), 0.0);
        assertArrayEquals(a.targets(), b.targets(), 0.0);
        assertNotEquals(a.x(0, 0), c.x(0, 0));
    }

    @ParameterizedTest
    @EnumSource(value = DataGenerator.class, names = {"SPIRALS", "CIRCLES", "MOONS", "GAUSSIANS"})
    void classificationSetsHaveBalancedSignLabels(DataGenerator g) {
        Dataset d = g.generate(100, 0, 1, false, null).dataset();
        assertTrue(d.hasSignLabels());
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += d.y(i);
        }
        assertEquals(0, sum);
    }

    @Test
    void xorLabelsAreTheSignOfTheProductWithoutNoise() {
        Dataset d = DataGenerator.XOR.generate(200, 0, 1, false, null).dataset();
        for (int i = 0; i < d.size(); i++) {
            assertEquals(d.x(i, 0) * d.x(i, 1) >= 0 ? 1 : -1, d.y(i));
        }
    }

    @Test
    void circlesLieOnTheirRadiiWithoutNoise() {
        Dataset d = DataGenerator.CIRCLES.generate(50, 0, 1, false, null).dataset();
        for (int i = 0; i < d.size(); i++) {
            assertEquals(d.y(i) > 0 ? 0.5 : 1.0, Math.hypot(d.x(i, 0), d.x(i, 1)), 1e-12);
        }
    }

    @Test
    void sineIsAOneDimensionalRegressionOfSinPiX() {
        Dataset d = DataGenerator.SINE.generate(64, 0, 2, false, null).dataset();
        assertEquals(1, d.dimension());
        assertFalse(d.hasSignLabels());
        for (int i = 0; i < d.size(); i++) {
            assertEquals(Math.sin(Math.PI * d.x(i, 0)), d.y(i), 1e-12);
        }
    }

    @Test
    void teacherLabelsAreItsOwnOutputsWithUnitRootMeanSquare() {
        GeneratedData g = DataGenerator.TEACHER.generate(80, 0, 5, false, TEACHER);
        Teacher t = g.teacher().orElseThrow();
        Dataset d = g.dataset();
        double[] predicted = new double[d.size()];
        FlowEvaluator.predict(t.spec(), t.particles(), d.inputs(), predicted);
        assertArrayEquals(d.targets(), predicted, 1e-12);
        double ms = 0;
        for (double y : predicted) {
            ms += y * y;
        }
        assertEquals(1, Math.sqrt(ms / d.size()), 1e-12);
        assertTrue(DataGenerator.SPIRALS.generate(10, 0, 1, false, null).teacher().isEmpty());
    }

    @Test
    void standardizedInputsHaveMeanZeroAndUnitDeviation() {
        Dataset d = make(DataGenerator.MOONS, 1, true).dataset();
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            double var = 0;
            for (int i = 0; i < d.size(); i++) {
                mean += d.x(i, j) / d.size();
            }
            for (int i = 0; i < d.size(); i++) {
                var += (d.x(i, j) - mean) * (d.x(i, j) - mean) / d.size();
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, var, 1e-12);
        }
    }

    @Test
    void rejectsBadSizesNoiseAndNames() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataGenerator.SPIRALS.generate(0, 0, 1, false, null))
                .getMessage().contains("samples = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataGenerator.SPIRALS.generate(5, -1, 1, false, null))
                .getMessage().contains("noise = -1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataGenerator.fromId("spiral"))
                .getMessage().contains("allowed: spirals, circles"));
    }
}
