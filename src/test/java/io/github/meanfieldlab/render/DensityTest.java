package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.render.DensityFigure.Drawn;
import io.github.meanfieldlab.render.DensityFigure.Quantity;
import org.junit.jupiter.api.Test;

/** The weights, scalars and objects of the density view, on particle sets with known answers. */
class DensityTest {
    private static final double EPS = 1e-12;

    @Test
    void reluParticleCarriesTheMassThatReachesFunctionSpaceNotItsSquaredNorm() {
        // D = 2: θ = (u1, u2, w1, w2, b) = (3, 4, 0, 0, 1): |u|·|(w, b)| = 5·1, while |θ|² = 26.
        double[] theta = {3, 4, 0, 0, 1};
        assertEquals(5, ParticleMass.of(Block.RELU, 5, theta, 0), EPS);
        // (λu, (w, b)/λ) is the same neuron, and carries the same mass.
        double[] rescaled = {6, 8, 0, 0, 0.5};
        assertEquals(5, ParticleMass.of(Block.RELU, 5, rescaled, 0), EPS);
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
    void directionScalarsOfANeuronParticle() {
        // u = (3, 4), (w, b) = (0, 2, -1) with D = 2; and D = 1: (u, w, b) = (2, 1, 1).
        double[] particle = {3, 4, 0, 2, -1};
        assertEquals(0.6, Quantity.DIRECTION_COORDINATE.of(particle, 0, 5, 2, 0), EPS);
        assertEquals(-1 / Math.sqrt(5), Quantity.DIRECTION_COORDINATE.of(particle, 0, 5, 2, 4), EPS);
        assertEquals(Math.PI / 4, Quantity.INNER_BIAS_ANGLE.of(new double[] {2, 1, 1}, 0, 3, 1, 0), EPS);
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
        // One layer of two relu particles, w at angles 0 and π/2, with |u|·|(w, b)| = 1·1 and 2·3: mean mass 3.5;
        // as counts, 1.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, 1, 0, 0, 2, 0, 0, 3, 0);
        DensityGrid weighted = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, Drawn.LIFTED, 64, 0, null);
        DensityGrid counted = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, Drawn.DENSITY, 64, 0, null);
        assertEquals(3.5, integral(weighted), 1e-9);
        assertEquals(1, integral(counted), 1e-9);
        double binWidth = weighted.range.span() / weighted.bins;
        int binOfRightAngle = (int) Math.floor(weighted.range.fraction(Math.PI / 2) * weighted.bins);
        assertEquals(6 / (2 * binWidth), weighted.values[binOfRightAngle], 1e-9);
    }

    @Test
    void theLiftedMeasureIsUnchangedByTheRescalingThatLeavesTheNeuronAlone() {
        // The same two neurons, the second as (λu, (w, b)/λ) with λ = 4: ρ of |θ| moves, the lifted measure does not.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, 1, 0, 0.5, 2, 0, 0, 3, 1);
        FlowSnapshot t = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, 1, 0, 0.5, 8, 0, 0, 0.75, 0.25);
        for (Quantity q : new Quantity[] {Quantity.INNER_ANGLE, Quantity.DIRECTION_COORDINATE}) {
            DensityGrid a = DensityGrid.of(s, q, 3, Drawn.LIFTED, 64, 0, null);
            DensityGrid b = DensityGrid.of(t, q, 3, Drawn.LIFTED, 64, 0, null);
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.values, b.values, 1e-12, q.label());
        }
        // The control: the radial |θ| tells the two apart.
        assertFalse(java.util.Arrays.equals(DensityGrid.of(s, Quantity.NORM, 0, Drawn.DENSITY, 64, 0, null).values,
                DensityGrid.of(t, Quantity.NORM, 0, Drawn.DENSITY, 64, 0, null).values));
    }

    @Test
    void oppositeAmplitudesOnTheSameInnerWeightsCancelInTheSignedMeasure() {
        // D = 1, regularized-relu θ = (c, W, β): two particles with the same (W, β) and c = ±0.7.
        FlowSnapshot s = HandMade.snapshot(Block.REGULARIZED_RELU, 1, 1, 2, 0.7, 1.5, -0.5, -0.7, 1.5, -0.5);
        DensityGrid signed = DensityGrid.of(s, Quantity.SQUASHED_COORDINATE, 1, Drawn.SIGNED, 32, 0.05, null);
        DensityGrid rho = DensityGrid.of(s, Quantity.SQUASHED_COORDINATE, 1, Drawn.DENSITY, 32, 0.05, null);
        assertEquals(0, signed.max, 1e-15, "the network sees no mass at all");
        assertTrue(rho.max > 0);
        // One of them alone: a positive bump at Ŵ = 1.5·ψ(1.5)/1.5 = 5 tanh(0.3).
        FlowSnapshot one = HandMade.snapshot(Block.REGULARIZED_RELU, 1, 1, 2, 0.7, 1.5, -0.5, 0.7, 1.5, -0.5);
        DensityGrid both = DensityGrid.of(one, Quantity.SQUASHED_COORDINATE, 1, Drawn.SIGNED, 32, 0, null);
        assertEquals(0.7, integral(both), 1e-9);
        int bin = (int) Math.floor(both.range.fraction(5 * Math.tanh(0.3)) * both.bins);
        assertTrue(both.values[bin] > 0, "the squashed coordinate is where the bump is");
    }

    @Test
    void eachBlockDefaultsToTheViewItsHomogeneitySays() {
        ModelSpec relu1 = new ModelSpec(Block.RELU, 1, 1, 1, 1, null, 0.1, 5);
        ModelSpec relu2 = new ModelSpec(Block.RELU, 1, 2, 1, 1, null, 0.1, 5);
        ModelSpec relu3 = new ModelSpec(Block.RELU, 1, 3, 1, 1, null, 0.1, 5);
        ModelSpec reg = new ModelSpec(Block.REGULARIZED_RELU, 1, 2, 1, 1, null, 0.1, 5);
        assertEquals(Quantity.INNER_BIAS_ANGLE, Quantity.defaultFor(relu1));
        assertEquals(Quantity.INNER_ANGLE, Quantity.defaultFor(relu2));
        assertEquals(Quantity.DIRECTION_COORDINATE, Quantity.defaultFor(relu3));
        assertEquals(Quantity.SQUASHED_COORDINATE, Quantity.defaultFor(reg));
    }

    @Test
    void thePaneSaysWhichObjectItDrawsAndRefusesToWeightARadialScalar() {
        DensityFigure f = new DensityFigure();
        f.show(HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, 1, 0, 0, 2, 0, 0, 3, 0));
        assertEquals(Drawn.LIFTED, f.drawn());
        assertTrue(f.title().contains("|u|·|(w, b)|"), f.title());
        f.setQuantity(Quantity.NORM);
        assertEquals(Drawn.DENSITY, f.drawn(), "a radial scalar is never weighted");
        assertEquals("Parameter density ρ(θ, t)", f.title());
        assertEquals("ρ, unweighted: |θ| is radial", f.legend());
        f.setQuantity(Quantity.INNER_ANGLE);
        f.setMassWeighted(false);
        assertEquals("Parameter density ρ(θ, t)", f.title());
        assertEquals("ρ per unit", f.legend());
        DensityFigure r = new DensityFigure();
        r.show(HandMade.snapshot(Block.REGULARIZED_RELU, 1, 1, 1, 0.7, 1.5, -0.5));
        assertEquals(Drawn.SIGNED, r.drawn());
        assertTrue(r.title().startsWith("Signed measure"), r.title());
        r.setQuantity(Quantity.AMPLITUDE);
        assertEquals(Drawn.DENSITY, r.drawn(), "c itself is the homogeneous variable");
        DensityFigure t = new DensityFigure();
        t.show(HandMade.snapshot(Block.TANH, 2, 1, 1, 1, 0, 1, 0, 0));
        assertEquals("ρ per unit", t.legend(), "no homogeneity, nothing refused");
    }

    @Test
    void smoothingKeepsTheMassOfAnAngleColumn() {
        // Angles wrap around: a kernel at ±π loses nothing over the edge.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 1, 2, 1, 0, -1, 0.001, 0, 0, 1, 0, 1, 0);
        DensityGrid sharp = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, Drawn.LIFTED, 64, 0, null);
        DensityGrid smooth = DensityGrid.of(s, Quantity.INNER_ANGLE, 0, Drawn.LIFTED, 64, 0.05, null);
        assertEquals(integral(sharp), integral(smooth), 1e-9);
        assertTrue(smooth.max < sharp.max, "smoothing spreads the peaks");
    }

    @Test
    void columnsFollowTheLayers() {
        // Two layers of one particle each: the first at |θ| = 1, the second at |θ| = 3.
        FlowSnapshot s = HandMade.snapshot(Block.RELU, 2, 2, 1, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0);
        DensityGrid grid = DensityGrid.of(s, Quantity.NORM, 0, Drawn.DENSITY, 40, 0, null);
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
