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
    void signsAreAFunctionOfTheCloudAloneWithTheLargestEntryPositive() {
        // An elongated cloud along (−2, 1, 0)/√5 and a thinner one along z; given in two orders.
        double[] points = {-4, 2, 0, 4, -2, 0, 0, 0, 1, 0, 0, -1, -2, 1, 0.1, 2, -1, -0.1};
        double[] reordered = new double[points.length];
        int[] order = {5, 3, 1, 0, 4, 2};
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(points, 3 * order[i], reordered, 3 * i, 3);
        }
        Pca a = Pca.of(points, 6, 3);
        Pca b = Pca.of(reordered, 6, 3);
        assertArrayEquals(a.first(), b.first(), 1e-12);
        assertArrayEquals(a.second(), b.second(), 1e-12);
        for (double[] direction : new double[][] {a.first(), a.second()}) {
            int largest = 0;
            for (int j = 1; j < direction.length; j++) {
                largest = Math.abs(direction[j]) > Math.abs(direction[largest]) ? j : largest;
            }
            assertTrue(direction[largest] > 0, "largest entry positive");
        }
        assertEquals(2 / Math.sqrt(5), a.first()[0], 1e-3, "the long axis, pointing where its largest entry is positive");
    }
}
