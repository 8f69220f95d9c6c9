package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The figures' hit tests map a point of their drawing back to what is drawn there: the particle, the sample or
 * the point of a loss curve, checked against the snapshot and an independent evaluation of the network.
 */
class HitTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 800, 500);

    private static void draw(Figure f) {
        Drawing.pixels(f, AREA, Look.SCREEN);
    }

    /** Every hit on a 2-unit lattice over the drawing, by where it was found. */
    private static <T> Map<Point2D, T> scan(BiFunction<Double, Double, Optional<T>> at) {
        Map<Point2D, T> hits = new LinkedHashMap<>();
        for (double y = 0; y < AREA.getHeight(); y += 2) {
            for (double x = 0; x < AREA.getWidth(); x += 2) {
                Optional<T> h = at.apply(x, y);
                if (h.isPresent()) {
                    hits.put(new Point2D.Double(x, y), h.get());
                }
            }
        }
        return hits;
    }

    @Test
    void aParticleUnderThePointerIsTheOneDrawnThere() {
        Experiment e = Snapshots.Case.RELU_D3.experiment();
        FlowSnapshot s = Snapshots.run(e, 1, 10)[0];
        ParticleFigure f = new ParticleFigure();
        f.setProjection(ParticleFigure.Projection.COORDINATES);
        f.setXCoordinate(0);
        f.setYCoordinate(1);
        f.show(s);
        assertTrue(f.particleAt(400, 250).isEmpty(), "nothing before the first drawing");
        draw(f);
        Map<Point2D, Hits.Particle> hits = scan(f::particleAt);
        assertTrue(hits.values().stream().map(h -> h.layer() + "," + h.index()).distinct().count() >= 20,
                "particles found: " + hits.size());
        for (Hits.Particle h : hits.values()) {
            for (int j = 0; j < h.theta().length; j++) {
                assertEquals(s.particle(h.layer(), h.index(), j), h.theta()[j], "θ of (" + h.layer() + ", " + h.index() + ")");
            }
            assertEquals(s.time(), h.time());
            assertEquals("u1", h.coordinateNames().get(0));
        }
        // Across is coordinate 0, up is coordinate 1: points far apart on screen are ordered the same in θ.
        for (var a : hits.entrySet()) {
            for (var b : hits.entrySet()) {
                if (b.getKey().getX() - a.getKey().getX() > 4 * Hits.REACH) {
                    assertTrue(a.getValue().theta()[0] < b.getValue().theta()[0], "u1 grows to the right");
                }
                if (a.getKey().getY() - b.getKey().getY() > 4 * Hits.REACH) {
                    assertTrue(a.getValue().theta()[1] < b.getValue().theta()[1], "u2 grows upwards");
                }
            }
        }
    }

    @Test
    void aSampleUnderThePointerHasTheNetworksPredictionThere() {
        for (Snapshots.Case c : new Snapshots.Case[] {Snapshots.Case.RELU_D3, Snapshots.Case.SINE_D1}) {
            Experiment e = c.experiment();
            FlowSnapshot s = Snapshots.run(e, 1, 20)[0];
            FitFigure f = new FitFigure();
            f.show(s);
            draw(f);
            Map<Point2D, Hits.Sample> hits = scan(f::sampleAt);
            assertTrue(hits.values().stream().map(Hits.Sample::index).distinct().count() >= 10,
                    c + ": samples found " + hits.size());
            for (Hits.Sample h : hits.values()) {
                double[] out = new double[1];
                FlowEvaluator.predict(s.spec(), s.particles(), h.x(), out);
                assertEquals(out[0], h.prediction(), 1e-12, c + ": prediction at sample " + h.index());
                assertEquals(s.data().y(h.index()), h.y());
                for (int j = 0; j < h.x().length; j++) {
                    assertEquals(s.data().x(h.index(), j), h.x()[j]);
                }
            }
        }
    }

    @Test
    void aPointOnTheLossCurveIsARowOfTheHistory() {
        Experiment e = Snapshots.Case.RELU_D3.experiment();
        FlowSnapshot[] s = Snapshots.run(e, 1, 10, 40);
        LossFigure f = new LossFigure();
        f.show(s[0]);
        f.show(s[1]);
        draw(f);
        Map<Point2D, Hits.LossPoint> hits = scan(f::lossAt);
        FlowHistory h = s[1].history();
        // Named as the legend names a lone run: its block, depth and width.
        String legend = s[1].spec().block().id() + ", L = " + s[1].spec().depth() + ", M = " + s[1].spec().width();
        assertTrue(hits.values().stream().map(Hits.LossPoint::time).distinct().count() >= 20,
                "points found: " + hits.size());
        for (Hits.LossPoint p : hits.values()) {
            int row = (int) Math.round(p.time() / Snapshots.STEP);
            assertEquals(h.time(row), p.time(), 1e-12);
            assertEquals(h.loss(row), p.loss(), "E at s = " + p.time());
            assertEquals(legend, p.run());
        }
        // Later s further right.
        for (var a : hits.entrySet()) {
            for (var b : hits.entrySet()) {
                if (b.getKey().getX() - a.getKey().getX() > 4 * Hits.REACH) {
                    assertTrue(a.getValue().time() < b.getValue().time());
                }
            }
        }
    }
}
