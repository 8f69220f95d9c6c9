package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The labels beside a plot stay out of the title and status above it, at the window's sizes and in presentation
 * mode, where a colour-bar label longer than its short plot was seen running up through the title.
 */
class PlotFrameLayoutTest {
    private static final String TITLE = DensityFigure.Drawn.LIFTED.typesetTitle();
    private static final String BAR_LABEL = DensityFigure.Drawn.LIFTED.typesetBarLabel();
    private static final String STATUS = "$s$ = 45.50   step 2275   $E$ = $9.99\\times 10^{-4}$   0.1 % off scale";

    /**
     * The density pane in points: at 1280×720 in presentation mode (about 418 × 240 pixels at zoom 1.5),
     * in the window (300 × 190 pixels at zoom 1), and a pane given the whole window.
     */
    private static final double[][] SIZES = {{279, 160}, {300, 190}, {900, 560}};

    @Test
    void theBarAndAxisLabelsKeepOutOfTheHeadingAndInsideTheFigure() {
        for (double[] size : SIZES) {
            Rectangle2D area = new Rectangle2D.Double(0, 0, size[0], size[1]);
            PlotFrame frame = layOut(area, "w1/|(w, b)|");
            String at = " at " + size[0] + " × " + size[1] + " pt";
            Rectangle2D heading = frame.headingBounds();
            for (Rectangle2D label : new Rectangle2D[] {frame.barLabelBounds(), frame.yLabelBounds()}) {
                assertFalse(label.intersects(heading), "label " + label + " crosses the heading " + heading + at);
                assertFalse(label.intersects(frame.plot()), "label " + label + " over the plot " + frame.plot() + at);
                assertTrue(area.contains(label), "label " + label + " inside the figure" + at);
            }
            assertTrue(frame.barLabelBounds().getX() > frame.plot().getMaxX(), "the bar's label right of the plot" + at);
        }
    }

    @Test
    void thePresentationPaneIsTheCaseWhereALabelCentredOnItsPlotReachedTheTitle() {
        // The control: laid out as before, the label on one line at full size, centred on the bar, would have
        // crossed the heading at the presentation size; so the test above checks the case that was seen.
        Rectangle2D area = new Rectangle2D.Double(0, 0, SIZES[0][0], SIZES[0][1]);
        PlotFrame frame = layOut(area, "w1/|(w, b)|");
        double oneLine = MathText.of(BAR_LABEL, frame.theme().label).width();
        double top = frame.plot().getCenterY() - oneLine / 2;
        assertTrue(top < frame.headingBounds().getMaxY(), "the old label's top " + top + " above the heading's bottom "
                + frame.headingBounds().getMaxY());
    }

    private static PlotFrame layOut(Rectangle2D area, String yLabel) {
        BufferedImage image = new BufferedImage((int) area.getWidth(), (int) area.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            return PlotFrame.begin(g, area, Look.SCREEN, TITLE, STATUS, Axis.linear("depth $t$", new Range(0, 1)),
                    Axis.linear(yLabel, new Range(-1, 1)), new PlotFrame.ColorBar(
                            ValueColors.upTo(ColorMap.VIRIDIS, ColorScale.LINEAR, 20), BAR_LABEL));
        } finally {
            g.dispose();
        }
    }
}
