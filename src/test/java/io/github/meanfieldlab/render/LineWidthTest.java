package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.geom.Rectangle2D;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.junit.jupiter.api.Test;

/**
 * Lines and markers scale with the figure's size, not with its text (issue #10): the stroke widths an SVG holds
 * grow with the figure and stay put when only the font changes.
 */
class LineWidthTest {
    private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width:\\s*([0-9.]+)");
    /** A journal column and a slide, in points. */
    private static final double[] COLUMN = {244.8, 183.6};
    private static final double[] SLIDE = {960, 540};

    private static final Experiment EXPERIMENT = Snapshots.experiment("relu", 2, "circles", 4, 16);
    private static final FlowSnapshot SNAPSHOT = Snapshots.run(EXPERIMENT, 1, 10)[0];

    @Test
    void theRuleIsTheShorterSideOverTheReferenceWithinBounds() {
        assertEquals(0.61, Theme.lineScale(COLUMN[0], COLUMN[1]));
        assertEquals(1.8, Theme.lineScale(SLIDE[0], SLIDE[1]));
        assertEquals(1.0, Theme.lineScale(450, 300), "the reference: an app pane");
        assertEquals(Theme.MIN_LINE_SCALE, Theme.lineScale(36, 36));
        assertEquals(Theme.MAX_LINE_SCALE, Theme.lineScale(7200, 7200));
        Look paper = Look.of(Look.Style.PAPER);
        Rectangle2D column = new Rectangle2D.Double(0, 0, COLUMN[0], COLUMN[1]);
        assertEquals(Theme.of(paper, column).unit,
                Theme.of(paper.withFontPt(20), column).unit, "a larger font, the same lines");
    }

    @Test
    void aBiggerFigureAtTheSameFontHasThickerLines() {
        for (Supplier<SnapshotFigure> figure : figures()) {
            Look look = Look.of(Look.Style.PAPER);
            SortedSet<Double> column = strokeWidths(figure.get(), COLUMN, look);
            SortedSet<Double> slide = strokeWidths(figure.get(), SLIDE, look);
            String name = figure.get().getClass().getSimpleName();
            assertFalse(column.isEmpty(), name);
            double ratio = Theme.lineScale(SLIDE[0], SLIDE[1]) / Theme.lineScale(COLUMN[0], COLUMN[1]);
            assertEquals(ratio, slide.last() / column.last(), 0.02 * ratio, name + ": thickest line " + column + " → " + slide);
            assertEquals(ratio, slide.first() / column.first(), 0.02 * ratio, name + ": thinnest line");
        }
    }

    @Test
    void theSameSizeAtALargerFontKeepsItsLineWidths() {
        for (Supplier<SnapshotFigure> figure : figures()) {
            Look small = Look.of(Look.Style.PAPER);
            Look large = small.withFontPt(14);
            String name = figure.get().getClass().getSimpleName();
            SortedSet<Double> at8 = strokeWidths(figure.get(), COLUMN, small);
            assertEquals(at8, strokeWidths(figure.get(), COLUMN, large), name + " at 8 and at 14 pt");
            // A control: the widths do follow the size, so equal sets above are not for want of strokes.
            assertTrue(!at8.equals(strokeWidths(figure.get(), SLIDE, small)), name);
        }
    }

    private static java.util.List<Supplier<SnapshotFigure>> figures() {
        return java.util.List.of(FitFigure::new, LossFigure::new, ParticleFigure::new, DepthFlowFigure::new);
    }

    private static SortedSet<Double> strokeWidths(SnapshotFigure figure, double[] size, Look look) {
        figure.show(SNAPSHOT);
        SVGGraphics2D g = new SVGGraphics2D(size[0], size[1], SVGUnits.PT);
        figure.draw(g, new Rectangle2D.Double(0, 0, size[0], size[1]), look);
        SortedSet<Double> widths = new TreeSet<>();
        Matcher m = STROKE_WIDTH.matcher(g.getSVGElement());
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }
}
