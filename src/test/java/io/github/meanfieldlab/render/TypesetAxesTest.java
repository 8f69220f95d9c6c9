package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * A vertical axis name stays within the height of its panel: the loss chart stacks up to six panels, and at column
 * size "λ_min" or "drift" in the label font is longer than a panel is high.
 */
class TypesetAxesTest {
    private static final int SIZE = 200;

    @Test
    void aVerticalNameShrinksToItsPanelsHeight() {
        Rectangle2D panel = new Rectangle2D.Double(60, 90, 120, 24);
        int[] rows = inkRows(drawnName("$\\lambda_{\\min}$", panel));
        assertTrue(rows[0] >= panel.getMinY() - 1 && rows[1] <= panel.getMaxY() + 1,
                "the name's ink spans rows " + rows[0] + " to " + rows[1] + ", the panel " + panel.getMinY() + " to "
                        + panel.getMaxY());
    }

    @Test
    void aNameThatFitsKeepsItsSize() {
        Rectangle2D tall = new Rectangle2D.Double(60, 20, 120, 160);
        int[] rows = inkRows(drawnName("$\\lambda_{\\min}$", tall));
        Rectangle2D low = new Rectangle2D.Double(60, 90, 120, 24);
        int[] shrunk = inkRows(drawnName("$\\lambda_{\\min}$", low));
        // The control: in a tall panel the same name is longer than the low panel is high.
        assertTrue(rows[1] - rows[0] > low.getHeight() + 2, "the full-size name is " + (rows[1] - rows[0]) + " px");
        assertTrue(shrunk[1] - shrunk[0] < rows[1] - rows[0]);
    }

    private static BufferedImage drawnName(String name, Rectangle2D dataArea) {
        NumberAxis axis = TypesetAxes.number();
        axis.setLabel(name);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        axis.setTickLabelsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        axis.setLabelPaint(Color.BLACK);
        axis.setRange(0, 1);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        axis.draw(g, dataArea.getMinX(), new Rectangle2D.Double(0, 0, SIZE, SIZE), dataArea, RectangleEdge.LEFT, null);
        g.dispose();
        return image;
    }

    /** The first and last rows with any ink. */
    private static int[] inkRows(BufferedImage image) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        assertTrue(first >= 0, "something was drawn");
        return new int[] {first, last};
    }
}
