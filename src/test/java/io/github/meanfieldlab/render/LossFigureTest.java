package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.junit.jupiter.api.Test;

/** The loss chart appends only new rows, archives runs under their labels and thins long histories. */
class LossFigureTest {
    private static final ModelSpec SPEC = new ModelSpec(Block.RELU, 1, 2, 1, 2, null, 0.1, 5);
    private static final Dataset DATA = new Dataset("line", 1, new double[] {-1, 0, 1}, new double[] {-1, 0.5, 1});
    private static final double[] PARTICLES = {0.5, -0.3, 0.8, 0.2, 0.1, -0.4, 0.6, -0.7, 0.3, 0.2};

    /** Snapshots of one small run after each of the cumulative step counts. */
    private static FlowSnapshot[] run(long runId, int... steps) {
        FlowSnapshot[] out = new FlowSnapshot[steps.length];
        try (GradientFlow flow = new GradientFlow(SPEC, DATA, PARTICLES, 0.05, 1)) {
            for (int i = 0; i < steps.length; i++) {
                while (flow.steps() < steps[i]) {
                    flow.step();
                }
                out[i] = flow.snapshot(runId, null);
            }
        }
        return out;
    }

    @Test
    void marksTheStretchesWhoseStepWasTooLargeToFollowTheGradientFlow() {
        ModelSpec tanh = new ModelSpec(Block.TANH, 1, 2, 1, 2, null, 0.1, 5);
        LossFigure figure = new LossFigure();
        for (double step : new double[] {0.05, 4}) {
            try (GradientFlow flow = new GradientFlow(tanh, DATA, PARTICLES, step, 1)) {
                for (int n = 0; n < 20; n++) {
                    flow.step();
                }
                figure.show(flow.snapshot(step > 1 ? 2 : 1, null));
            }
            // Δs = 0.05 follows the flow; Δs = 4 overshoots at every step.
            assertEquals(step > 1, figure.stretchesMarked() > 0, "Δs = " + step);
        }
    }

    @Test
    void drawsTheTheoryColumnsWhereTheSolverComputedThemAndTheMonotoneFloor() {
        LossFigure figure = new LossFigure();
        try (GradientFlow flow = new GradientFlow(SPEC, DATA, PARTICLES, new GradientFlow.Options(0.05, false, true, 10),
                1)) {
            for (int n = 0; n < 25; n++) {
                flow.step();
            }
            figure.show(flow.snapshot(1, null));
        }
        // Steps 0, 10 and 20 carry the determinant (and λ_min, drawn where positive); the rows between leave them empty.
        assertEquals(3, figure.currentTheoryPoints()[1]);
        figure.setShowTheory(true);
        figure.setMonotoneFloor(0.02);
        assertEquals(0.02, figure.getMonotoneFloor());
        figure.setMonotoneFloor(Double.NaN);
        assertTrue(Double.isNaN(figure.getMonotoneFloor()));
    }

    @Test
    void appendsEachRowOnce() {
        FlowSnapshot[] s = run(1, 10, 25);
        LossFigure figure = new LossFigure();
        figure.show(s[0]);
        assertEquals(11, figure.currentLossPoints());
        figure.show(s[0]);
        assertEquals(11, figure.currentLossPoints(), "the same snapshot again adds nothing");
        figure.show(s[1]);
        assertEquals(26, figure.currentLossPoints());
        figure.show(s[0]);
        assertEquals(11, figure.currentLossPoints(), "an older snapshot shown again redraws from its history");
    }

    @Test
    void runsAreArchivedAndLabelledByTheSettingsInWhichTheyDiffer() {
        LossFigure figure = new LossFigure();
        figure.show(run(1, 5)[0]);
        figure.startRun();
        assertEquals(List.of("relu, L = 1, M = 2"), figure.getEarlierRunLabels(), "one run: its size");
        assertEquals(0, figure.currentLossPoints());
        figure.show(run(2, 5)[0]);
        assertEquals(1, figure.getEarlierRunLabels().size(), "the announced run is not archived again");
        figure.show(wider(3));
        assertEquals(List.of("relu, M = 2", "relu, M = 2"), figure.getEarlierRunLabels(),
                "an unannounced run archives too; only the width differs from the current run");
    }

    /** A run of the same model four times as wide. */
    private static FlowSnapshot wider(long runId) {
        ModelSpec wide = new ModelSpec(Block.RELU, 1, 2, 1, 8, null, 0.1, 5);
        double[] particles = new double[wide.totalParameters()];
        for (int q = 0; q < particles.length; q++) {
            particles[q] = PARTICLES[q % PARTICLES.length];
        }
        try (GradientFlow flow = new GradientFlow(wide, DATA, particles, 0.05, 1)) {
            return flow.snapshot(runId, null);
        }
    }

    @Test
    void keepsOnlyTheNewestEarlierRuns() {
        LossFigure figure = new LossFigure();
        figure.setMaxEarlierRuns(2);
        FlowSnapshot s = run(1, 3)[0];
        for (int r = 1; r <= 4; r++) {
            figure.startRun();
            figure.show(s);
        }
        assertEquals(2, figure.getEarlierRunLabels().size());
        figure.clearEarlierRuns();
        assertEquals(List.of(), figure.getEarlierRunLabels());
    }

    @Test
    void theFirstSnapshotAloneGetsATimeAxisFromZero() {
        LossFigure figure = new LossFigure();
        figure.show(run(1, 0)[0]);
        double[] range = figure.timeRange();
        assertEquals(0, range[0], "s starts at 0");
        assertTrue(range[1] >= 1, "one point at s = 0 still spans a readable axis, not ±5·10⁻⁹: " + range[1]);
    }

    @Test
    void longHistoriesAreThinnedNotDropped() {
        int steps = 2 * RunCurves.MAX_POINTS + 10;
        FlowSnapshot[] s = run(1, RunCurves.MAX_POINTS / 2, steps);
        LossFigure figure = new LossFigure();
        figure.show(s[0]);
        figure.show(s[1]);
        int points = figure.currentLossPoints();
        assertTrue(points <= RunCurves.MAX_POINTS && points >= RunCurves.MAX_POINTS / 2,
                points + " points for " + (steps + 1) + " rows");
    }

    @Test
    void anExplodedEarlierRunDoesNotSquashTheCurrentOneAndIsNamed() {
        FlowHistory.Recorder exploded = new FlowHistory.Recorder();
        for (int n = 0; n <= 20; n++) {
            exploded.append(n, 0.05 * n, Math.pow(10, 4 * n), 1, Double.NaN, 1, 1, 0.05);
            exploded.commit();
        }
        LossFigure figure = new LossFigure();
        figure.addEarlierRun(new ModelSpec(Block.RELU, 1, 2, 1, 64, null, 0.1, 5), exploded.view());
        figure.show(run(2, 30)[0]);
        double[] range = figure.energyRange();
        // Up to the decade 10⁴, and the margin beyond it every panel has (a few hundredths of its decades).
        assertTrue(Math.log10(range[1]) < 4.5,
                "the axis stops 3 decades above the current run's: up to " + range[1]);
        assertTrue(figure.offScaleNote().contains("M = 64") && figure.offScaleNote().contains("10⁸⁰"),
                figure.offScaleNote());

        FlowHistory.Recorder tame = new FlowHistory.Recorder();
        tame.append(0, 0, 2, 1, Double.NaN, 1, 1, 0.05);
        tame.commit();
        tame.append(1, 0.05, 1, 1, Double.NaN, 1, 1, 0.05);
        tame.commit();
        LossFigure control = new LossFigure();
        control.addEarlierRun(SPEC, tame.view());
        control.show(run(2, 30)[0]);
        assertEquals("", control.offScaleNote(), "a run in range is not named");
        assertTrue(control.energyRange()[1] >= 2, "and the axis takes it in");
    }

    @Test
    void theDriftCurveIsTheHistorysImbalanceDriftColumnAndOtherBlocksAreToldItDoesNotApply() {
        LossFigure figure = new LossFigure();
        figure.setShowDrift(true);
        FlowHistory h;
        try (GradientFlow flow = new GradientFlow(SPEC, DATA, PARTICLES, new GradientFlow.Options(0.05, false, true, 10),
                1)) {
            for (int n = 0; n < 25; n++) {
                flow.step();
            }
            FlowSnapshot snapshot = flow.snapshot(1, null);
            h = snapshot.history();
            figure.show(snapshot);
        }
        Drawing.pixels(figure, new Rectangle2D.Double(0, 0, 600, 500), Look.SCREEN);
        double[][] drawn = figure.currentDriftPoints();
        assertEquals(h.size(), drawn.length, "relu has a drift in every row");
        double largest = 0;
        for (int r = 0; r < h.size(); r++) {
            double drift = h.get(FlowHistory.Column.IMBALANCE_DRIFT, r);
            assertEquals(h.time(r), drawn[r][0], "s of row " + r);
            assertEquals(drift, drawn[r][1], "drift of row " + r);
            largest = Math.max(largest, drift);
        }
        assertTrue(largest > 0, "Euler steps move the imbalance: " + largest);
        double[] range = figure.driftRange();
        assertTrue(range[0] <= 0 && range[1] >= largest, "the axis holds the curve: " + range[0] + " to " + range[1]);
        assertEquals("", figure.driftNote());

        ModelSpec tanh = new ModelSpec(Block.TANH, 1, 2, 1, 2, null, 0.1, 5);
        try (GradientFlow flow = new GradientFlow(tanh, DATA, PARTICLES, new GradientFlow.Options(0.05, false, true, 10),
                1)) {
            flow.step();
            figure.show(flow.snapshot(2, null));
        }
        assertEquals(0, figure.currentDriftPoints().length);
        assertTrue(figure.driftNote().startsWith("does not apply to tanh"), figure.driftNote());
    }

    @Test
    void axisNamesAreTypesetNotSetInTheTextFace() {
        LossFigure figure = new LossFigure();
        figure.setShowTheory(true);
        figure.setShowDrift(true);
        try (GradientFlow flow = new GradientFlow(SPEC, DATA, PARTICLES, new GradientFlow.Options(0.05, false, true, 10),
                1)) {
            for (int n = 0; n < 25; n++) {
                flow.step();
            }
            figure.show(flow.snapshot(1, null));
        }
        SVGGraphics2D g = new SVGGraphics2D(600, 500, SVGUnits.PT);
        figure.draw(g, new Rectangle2D.Double(0, 0, 600, 500), Look.SCREEN);
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(g.getSVGElement());
        while (m.find()) {
            texts.add(m.group(1).trim());
        }
        // The words stay text; the math (s, E, I, λ_min, det) is JLaTeXMath's, drawn as outlines.
        assertTrue(texts.contains("pseudo-time"), texts.toString());
        assertTrue(texts.contains("least") || texts.contains("drift"), texts.toString());
        for (String t : texts) {
            assertFalse(t.contains("λ") || t.contains("det") || t.equals("s") || t.startsWith("E") || t.endsWith(" s"),
                    "math set in the text face: '" + t + "' in " + texts);
        }
    }

    @Test
    void aComparisonChartMadeAnewForEachFrameDrawsAsAFreshOneWithTheLastOnesFittedText() {
        // Slide type in a small figure: the text must shrink to leave the panels room, which takes unseen layouts.
        Map<String, String> view = Map.of("fidelity", "true", "accuracy", "true");
        Look slide = Look.of(Look.Style.SLIDE);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 245, 180);
        FlowSnapshot[] a = run(1, 5, 10);
        FlowSnapshot[] b = run(2, 6, 12);
        LossFigure first = Comparison.loss(new Comparison.Run("A", a[0]), new Comparison.Run("B", b[0]), view);
        Drawing.pixels(first, area, slide);
        LossFigure adopting = Comparison.loss(new Comparison.Run("A", a[1]), new Comparison.Run("B", b[1]), view);
        adopting.adoptFit(first);
        LossFigure fresh = Comparison.loss(new Comparison.Run("A", a[1]), new Comparison.Run("B", b[1]), view);
        assertArrayEquals(Drawing.pixels(fresh, area, slide), Drawing.pixels(adopting, area, slide));
    }
}
