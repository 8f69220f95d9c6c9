package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slide type (20 pt) in a column-sized figure (3.4 × 2.55 in), alone and as half of a comparison: no text runs off
 * the figure or into other text, and none is smaller than legible. Before, a comparison's strip ran "B:
 * regularized-relu" past the figure's edge, its status over its label, and the halves' plots were a few points wide
 * with their x tick labels run together ("−1100"). Measured from the text drawn ({@link TextRecorder}).
 */
class SmallFigureTextTest {
    private static final Rectangle2D COLUMN = new Rectangle2D.Double(0, 0, 3.4 * 72, 2.55 * 72);
    private static final Experiment RELU = Snapshots.Case.RELU_D3.experiment();
    private static final FlowSnapshot[] RUN = Snapshots.run(RELU, 1, 0, 30);
    /** Inks closer than this (points) read as one. */
    private static final double AIR = 0.3;
    /** The smallest text the figures shrink to, its tick labels 7/8 of it, less a rounding step. */
    private static final double SMALLEST_PT = 0.875 * Look.SMALLEST_FITTED_PT * 0.9;

    static Stream<Arguments> panes() {
        return Stream.of(
                Arguments.of("density", (Supplier<SnapshotFigure>) DensityFigure::new),
                Arguments.of("particles", (Supplier<SnapshotFigure>) ParticleFigure::new),
                Arguments.of("depth flow", (Supplier<SnapshotFigure>) DepthFlowFigure::new),
                Arguments.of("fit", (Supplier<SnapshotFigure>) FitFigure::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panes")
    void aPaneAloneKeepsItsTextApartAndInside(String pane, Supplier<SnapshotFigure> make) {
        SnapshotFigure f = make.get();
        f.show(RUN[1]);
        check(f, pane);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panes")
    void aComparisonsHalvesKeepTheirTextApartAndInside(String pane, Supplier<SnapshotFigure> make) {
        Comparison.Pair pair = Comparison.sideBySide(make.get(), new Comparison.Run("A: relu", RUN[0]), make.get(),
                new Comparison.Run("B: regularized-relu", RUN[1]));
        check(pair, pane + " compared");
    }

    private static void check(Figure f, String what) {
        BufferedImage image = new BufferedImage(245, 184, BufferedImage.TYPE_INT_RGB);
        TextRecorder g = TextRecorder.on(image);
        try {
            f.draw(g, COLUMN, Look.of(Look.Style.SLIDE));
        } finally {
            g.dispose();
        }
        List<TextRecorder.Drawn> lines = g.lines();
        assertFalse(lines.isEmpty());
        for (TextRecorder.Drawn a : lines) {
            assertTrue(COLUMN.contains(a.box()), what + ": '" + a.text() + "' " + a.box() + " runs off the figure");
            assertTrue(a.turned() || a.font().getSize2D() >= SMALLEST_PT || !a.font().getFamily().equals(
                    Theme.of(Look.SCREEN).tick.getFamily()), what + ": '" + a.text() + "' at " + a.font().getSize2D() + " pt");
            for (TextRecorder.Drawn b : lines) {
                // A vertical name's glyphs are pieces of one line: they are checked against the level text only.
                boolean samePieces = a.turned() && b.turned();
                assertTrue(a == b || samePieces || !a.overlaps(b, AIR), what + ": '" + a.text() + "' " + a.box()
                        + " runs into '" + b.text() + "' " + b.box());
            }
        }
    }
}
