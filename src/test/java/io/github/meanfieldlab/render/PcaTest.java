package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Principal components of clouds whose answer is known. */
class PcaTest {

    @Test
    void pointsOnALineGiveThatLine() {
        double[] direction = {1.0 / 3, 2.0 / 3, -2.0 / 3};
        double[] origin = {5, -1, 2};
        int n = 21;
        double[] points = new double[n * 3];
        for (int i = 0; i < n; i++) {
            double t = i - 10;
            for (int j = 0; j < 3; j++) {
                points[i * 3 + j] = origin[j] + t * direction[j];
            }
        }
        Pca pca = Pca.of(points, n, 3);
        assertArrayEquals(direction, pca.first(), 1e-9);
        assertArrayEquals(origin, pca.mean(), 1e-9);
        assertEquals(1, pca.explainedFirst(), 1e-9);
        assertEquals(0, pca.explainedSecond(), 1e-9);
        assertEquals(-10, pca.projectFirst(points, 0), 1e-9);
    }

    @Test
    void secondComponentIsTheNextWidestSpread() {
        // Spread 3 along x, 1 along z, 0 along y.
        double[] points = {3, 0, 0, -3, 0, 0, 0, 0, 1, 0, 0, -1};
        Pca pca = Pca.of(points, 4, 3);
        assertArrayEquals(new double[] {1, 0, 0}, pca.first(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 1}, pca.second(), 1e-9);
        assertEquals(0.9, pca.explainedFirst(), 1e-9);
        assertEquals(0.1, pca.explainedSecond(), 1e-9);
    }

    @Test
    void alignedComponentsKeepThePreviousOrientation() {
        double[] points = {3, 0, 0, -3, 0, 0, 0, 0, 1, 0, 0, -1};
        Pca pca = Pca.of(points, 4, 3);
        Pca flipped = new Pca(pca.mean(), negate(pca.first()), negate(pca.second()), 0.9, 0.1);
        Pca aligned = pca.alignedWith(flipped);
        assertArrayEquals(flipped.first(), aligned.first(), 0);
        assertArrayEquals(flipped.second(), aligned.second(), 0);
        assertTrue(pca.alignedWith(null) == pca);
    }

    private static double[] negate(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }
}
