package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A comparison's two halves share their scales: each figure of A and of B alone would take its own ranges (they
 * differ: the control), side by side both take the union of the two wherever a scale measures the same quantity,
 * and keep their own where it measures different ones (the angle of w beside Ŵ). Alone again, each takes its own.
 */
class ComparisonTest {
    private static final Experiment RELU = Snapshots.Case.RELU_D3.experiment();
    private static final FlowSnapshot[] RELU_RUN = Snapshots.run(RELU, 1, 0, 60);
    private static final Experiment SINE = Snapshots.Case.SINE_D1.experiment();
    private static final FlowSnapshot[] SINE_RUN = Snapshots.run(SINE, 2, 0, 60);

    static Stream<Arguments> panes() {
        return Stream.of(
                Arguments.of("density", (Supplier<ScaledFigure>) DensityFigure::new, RELU_RUN),
                Arguments.of("particles", (Supplier<ScaledFigure>) ParticleFigure::new, RELU_RUN),
                Arguments.of("depth flow", (Supplier<ScaledFigure>) DepthFlowFigure::new, RELU_RUN),
                // The fit of d = 1 follows the curve up, which moves; in the plane the axes are the data's, alike.
                Arguments.of("fit", (Supplier<ScaledFigure>) FitFigure::new, SINE_RUN));
    }

    private static Scales[] drawPair(ScaledFigure a, ScaledFigure b) {
        Comparison.Pair pair = new Comparison.Pair(a, b);
        Drawing.pixels(pair, new Rectangle2D.Double(0, 0, 800, 300), Look.SCREEN);
        return pair.drawnScales();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panes")
    void bothHalvesDrawWithTheUnionOfTheirRanges(String pane, Supplier<ScaledFigure> make, FlowSnapshot[] run) {
        ScaledFigure a = make.get();
        ScaledFigure b = make.get();
        a.show(run[0]);
        b.show(run[1]);
        Scales ownA = a.scales();
        Scales ownB = b.scales();
        assertNotEquals(ownA, ownB, pane + ": the control, A and B alone draw different ranges");

        Scales[] drawn = drawPair(a, b);
        assertNotNull(drawn, pane);
        assertEquals(drawn[0], drawn[1], pane + ": A and B drew with the same scales");
        assertEquals(ownA.x().range().union(ownB.x().range()), drawn[0].x().range(), pane + ": across");
        assertEquals(ownA.y().range().union(ownB.y().range()), drawn[0].y().range(), pane + ": up");
        // Alone again (the window's pane after compare mode), each figure takes its own scales.
        assertEquals(ownA, a.scales(), pane);
        assertEquals(ownB, b.scales(), pane);
    }

    @Test
    void theDensityColourScaleHoldsBothHalvesAsBinnedOverTheSharedRange() {
        DensityFigure a = new DensityFigure();
        DensityFigure b = new DensityFigure();
        a.show(RELU_RUN[0]);
        b.show(RELU_RUN[1]);
        Scales[] drawn = drawPair(a, b);
        Scales.Scale colour = drawn[0].colour();
        a.setScales(drawn[0].axesOnly());
        b.setScales(drawn[1].axesOnly());
        double top = Math.max(a.scales().colour().range().max(), b.scales().colour().range().max());
        assertEquals(top, colour.range().max(), "the larger peak of the two, binned over the shared range");
        assertEquals(0, colour.range().min());
    }

    @Test
    void scalesOfDifferentQuantitiesStayEachHalfsOwn() {
        Experiment regularized = Snapshots.Case.REGULARIZED_RELU_D2.experiment();
        DensityFigure a = new DensityFigure();
        DensityFigure b = new DensityFigure();
        a.show(RELU_RUN[1]);
        b.show(Snapshots.run(regularized, 3, 20)[0]);
        Scales ownA = a.scales();
        Scales ownB = b.scales();
        Scales[] drawn = drawPair(a, b);
        assertEquals(drawn[0].x(), drawn[1].x(), "depth t is shared");
        assertEquals(ownA.y(), drawn[0].y(), "relu's direction scalar keeps its range");
        assertEquals(ownB.y(), drawn[1].y(), "regularized-relu's Ŵ keeps its range");
        assertEquals(ownA.colour(), drawn[0].colour(), "the lifted mass and the signed c are not one colour scale");
    }

    @Test
    void theLossOfBothIsOneChartLabelledByWhatDiffers() {
        LossFigure f = Comparison.loss(new Comparison.Run("A: relu", RELU_RUN[1]),
                new Comparison.Run("B: regularized-relu", SINE_RUN[1]), Map.of());
        assertEquals(List.of("A: relu"), f.getEarlierRunLabels());
    }

    /**
     * The chart takes the loss pane's view options (a panel on, the dissipation off) and draws otherwise than the
     * default view (the control); with the dissipation on, both runs have theirs, not only B.
     */
    @Test
    void theLossOfBothTakesTheLossPanesViewAndDrawsTheDissipationOfBoth() {
        Comparison.Run a = new Comparison.Run("A: relu", RELU_RUN[1]);
        Comparison.Run b = new Comparison.Run("B: relu later", RELU_RUN[0]);
        LossFigure viewed = Comparison.loss(a, b, Map.of("theory", "true", "dissipation", "false"));
        LossFigure control = Comparison.loss(a, b, Map.of());
        assertEquals("true", viewed.viewOptions().get("theory"));
        assertEquals("false", viewed.viewOptions().get("dissipation"));
        assertEquals("false", control.viewOptions().get("theory"));
        assertEquals(0, viewed.visibleDissipationCurves());
        assertEquals(2, control.visibleDissipationCurves(), "A's and B's dissipation");
        assertNotEquals(java.util.Arrays.toString(pixels(viewed)), java.util.Arrays.toString(pixels(control)),
                "another view draws another chart");
    }

    private static int[] pixels(LossFigure f) {
        return Drawing.pixels(f, new Rectangle2D.Double(0, 0, 400, 300), Look.SCREEN);
    }
}
