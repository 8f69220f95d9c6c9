package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import java.awt.geom.Rectangle2D;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * What the help says of the density pane's vertical range: it holds the central 99 % of the weight, and the
 * share beyond it is printed as "off scale" when it exceeds 0.1 %. One layer of 1000 particles with |θ| spread
 * over [1, 2] and a few far out at |θ| = 50, counted unweighted.
 */
class DensityOffScaleTest {
    private static final int PARTICLES = 1000;

    private static FlowSnapshot withOutliers(int outliers) {
        ExperimentConfig d = ConfigIO.defaults();
        ExperimentConfig.Model m = d.model();
        Experiment e = Experiment.build(d.withModel(new ExperimentConfig.Model("relu", 2, 1, PARTICLES, null, m.eta(),
                m.bound())));
        int k = e.spec().parameterCount();
        double[] theta = new double[PARTICLES * k];
        for (int p = 0; p < PARTICLES; p++) {
            // u₁ carries the norm; the other coordinates are 0, so |θ| = u₁.
            theta[p * k] = p < PARTICLES - outliers ? 1 + (double) p / PARTICLES : 50;
        }
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), theta, e.stepSize(), 1)) {
            return flow.snapshot(1, null);
        }
    }

    private static double offScale(int outliers) {
        return DensityGrid.of(withOutliers(outliers), DensityFigure.Quantity.NORM, 0, DensityFigure.Drawn.DENSITY, 96, 0, null).offScale;
    }

    private static String drawn(int outliers) {
        DensityFigure figure = new DensityFigure();
        // |θ| is radial, so drawn as ρ (the default scalar for relu with D = 2 is the angle of w, never off scale).
        figure.setQuantity(DensityFigure.Quantity.NORM);
        figure.setMassWeighted(false);
        figure.show(withOutliers(outliers));
        SVGGraphics2D g = new SVGGraphics2D(900, 500);
        figure.draw(g, new Rectangle2D.Double(0, 0, 900, 500));
        return g.getSVGElement();
    }

    @Test
    void theRangeHoldsTheCentralNinetyNinePerCent() {
        assertEquals(0.0, offScale(0), "nothing beyond the range");
        // Up to half a per cent at the top lies beyond the 99.5 % quantile, and so off scale …
        assertEquals(0.005, offScale(5), 1e-12);
        // … and one more outlier pulls the quantile, and with it the range, out to them.
        assertEquals(0.0, offScale(6));
    }

    @Test
    void offScaleIsShownAboveOneTenthOfAPerCent() {
        assertEquals(0.001, offScale(1), 1e-12);
        assertFalse(drawn(1).contains("off scale"), "0.1 % is not reported");
        assertEquals(0.002, offScale(2), 1e-12);
        assertTrue(drawn(2).contains("0.2 % off scale"), "0.2 % is");
    }
}
