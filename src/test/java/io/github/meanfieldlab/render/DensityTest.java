package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.render.DensityFigure.Quantity;
import org.junit.jupiter.api.Test;

/** The weights and scalars of the density view, on particle sets with known answers. */
class DensityTest {
    private static final double EPS = 1e-12;

    @Test
    void reluParticleOfNormTwoCarriesMassFour() {
        // D = 2: θ = (u1, u2, w1, w2, b); |θ|² = 1 + 1 + 1 + 1 + 0 = 4.
        double[] theta = {1, 1, 1, -1, 0};
        assertEquals(4, ParticleMass.of(Block.RELU, 5, theta, 0), EPS);
    }

    @Test
    void regularizedReluParticleCarriesMassOfItsAmplitude() {
        // D = 2: θ = (c, W11, W12, W21, W22, beta1, beta2); only |c| counts.
        double[] theta = {-0.5, 3, 0, 0, 3, 1, 1};
        assertEquals(0.5, ParticleMass.of(Block.REGULARIZED_RELU, 7, theta, 0), EPS);
    }

    @Test
    void nonHomogeneousBlocksCountEachParticleOnce() {
        double[] theta = {3, 4, 5, 6, 7};
        for (Block b : new Block[] {Block.TANH, Block.SIGMOID, Block.SOFTPLUS}) {
            assertEquals(1, ParticleMass.of(b, 5, theta, 0), EPS, b.id());
        }
    }

    @Test
    void scalarsOfANeuronParticle() {
        // Second particle of the array: u = (3, 4), w = (0, 2), b = -1.
        double[] particles = {9, 9, 9, 9, 9, 3, 4, 0, 2, -1};
        int offset = 5;
        assertEquals(Math.PI / 2, Quantity.INNER_ANGLE.of(particles, offset, 5, 2, 0), EPS);
        assertEquals(10, Quantity.AMPLITUDE_TIMES_INNER.of(particles, offset, 5, 2, 0), EPS);
        assertEquals(Math.sqrt(9 + 16 + 4 + 1), Quantity.NORM.of(particles, offset, 5, 2, 0), EPS);
        assertEquals(-1, Quantity.COORDINATE.of(particles, offset, 5, 2, 4), EPS);
    }

    @Test
    void angleOfWPointingDownAndLeft() {
        double[] theta = {0, 0, -1, -1, 0};
        assertEquals(-3 * Math.PI / 4, Quantity.INNER_ANGLE.of(theta, 0, 5, 2, 0), EPS);
    }

    @Test
    void amplitudeOfRegularizedRelu() {
        double[] theta = {-0.25, 1, 2, 3, 4, 5, 6};
        assertEquals(-0.25, Quantity.AMPLITUDE.of(theta, 0, 7, 2, 0), EPS);
    }

    @Test
    void scalarsAreOfferedOnlyWhereDefined() {
        ModelSpec relu2 = new ModelSpec(Block.RELU, 1, 2, 1, 1, null, 0.1, 5);
        ModelSpec relu3 = new ModelSpec(Block.RELU, 1, 3, 1, 1, null, 0.1, 5);
        ModelSpec reg2 = new ModelSpec(Block.REGULARIZED_RELU, 1, 2, 1, 1, null, 0.1, 5);
        assertTrue(Quantity.INNER_ANGLE.isAvailableFor(relu2));
        assertFalse(Quantity.INNER_ANGLE.isAvailableFor(relu3));
        assertFalse(Quantity.INNER_ANGLE.isAvailableFor(reg2));
        assertFalse(Quantity.AMPLITUDE.isAvailableFor(relu2));
        assertTrue(Quantity.AMPLITUDE.isAvailableFor(reg2));
        assertFalse(Quantity.AMPLITUDE_TIMES_INNER.isAvailableFor(reg2));
        assertTrue(Quantity.NORM.isAvailableFor(reg2));
    }

    @Test
    void eachColumnIntegratesToTheLayersMeanMass() {
        // One layer of two relu particles with |θ|² = 1 and 4: mean mass 2.5; as counts, 1.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0);
        DensityGrid weighted = DensityGrid.of(s, Quantity.NORM, 0, true, 50, 0);
        DensityGrid counted = DensityGrid.of(s, Quantity.NORM, 0, false, 50, 0);
        assertEquals(2.5, integral(weighted), 1e-9);
        assertEquals(1, integral(counted), 1e-9);
        double binWidth = weighted.range.span() / weighted.bins;
        int binOfTwo = (int) Math.floor(weighted.range.fraction(2) * weighted.bins);
        assertEquals(4 / (2 * binWidth), weighted.values[binOfTwo], 1e-9);
    }

    @Test
    void smoothingKeepsTheMassOfAnAngleColumn() {
        // Angles wrap around: a kernel at ±π loses nothing over the edge.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, -1, 0.001, 0, 0, 1, 0, 1, 0);
        DensityGrid sharp = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, true, 64, 0);
        DensityGrid smooth = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, true, 64, 0.05);
        assertEquals(integral(sharp), integral(smooth), 1e-9);
        assertTrue(smooth.max < sharp.max, "smoothing spreads the peaks");
    }

    @Test
    void columnsFollowTheLayers() {
        // Two layers of one particle each: the first at |θ| = 1, the second at |θ| = 3.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 2, 1, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0);
        DensityGrid grid = DensityGrid.of(s, Quantity.NORM, 0, false, 40, 0);
        int at1 = (int) Math.floor(grid.range.fraction(1) * grid.bins);
        int at3 = (int) Math.floor(grid.range.fraction(3) * grid.bins);
        assertTrue(grid.values[at1 * 2] > 0 && grid.values[at1 * 2 + 1] == 0);
        assertTrue(grid.values[at3 * 2 + 1] > 0 && grid.values[at3 * 2] == 0);
    }

    private static double integral(DensityGrid g) {
        double binWidth = g.range.span() / g.bins;
        double sum = 0;
        for (double v : g.values) {
            sum += v * binWidth;
        }
        return sum / g.layers;
    }
}
