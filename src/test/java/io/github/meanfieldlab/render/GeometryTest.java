package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The shared drawing pieces on cases with known answers: ticks, quantiles, contours, heatmaps, probe grids. */
class GeometryTest {

    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        Axis axis = Axis.linear("t", new Range(0, 1), 5);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, axis.ticks(), 1e-12);
        assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, axis.tickLabels());
        Axis negative = Axis.linear("x", new Range(-23, 7), 3);
        assertArrayEquals(new String[] {"−20", "−10", "0"}, negative.tickLabels(), "typographic minus, no −0");
    }

    @Test
    void quantilesIgnoreOutliersAndFollowWeights() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i + 1;
        }
        values[99] = 1e9;
        Range r = Quantiles.of(values, 0.01, 0.98);
        assertEquals(1, r.min(), 0);
        assertEquals(98, r.max(), 0);
        double[] weights = new double[100];
        weights[41] = 1;
        Range heavy = Quantiles.weighted(values, weights, 0.01, 0.99);
        // All the weight sits on 42: a single value, widened around it so that it can be drawn.
        assertEquals(42, (heavy.min() + heavy.max()) / 2, 1e-12);
        assertTrue(heavy.max() - heavy.min() < 10);
    }

    @Test
    void contourOfAPlaneIsAStraightLine() {
        // g = column − 2.5 on a 6 × 4 grid: the zero level is the vertical line at column 2.5.
        int cols = 6;
        int rows = 4;
        double[] g = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                g[r * cols + c] = c - 2.5;
            }
        }
        Path2D.Double path = Contour.of(g, cols, rows, 0);
        double[] point = new double[6];
        int vertices = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(point);
            assertEquals(2.5, point[0], 1e-12);
            vertices++;
        }
        assertEquals(2 * (rows - 1), vertices, "one segment per row of cells");
        assertEquals(new Rectangle2D.Double(2.5, 0, 0, 3), path.getBounds2D());
    }

    @Test
    void heatmapPutsRowZeroAtTheBottomAndKeepsCellsSharp() {
        ValueColors colors = new ValueColors(ColorMap.VIRIDIS, ColorScale.LINEAR, new Range(0, 1));
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        Heatmap.draw(g, new Rectangle2D.Double(0, 0, 20, 20), new double[] {0, 1}, 1, 2, colors, false);
        g.dispose();
        assertEquals(colors.argb(0), image.getRGB(20, 39), "bottom row holds value 0");
        assertEquals(colors.argb(0), image.getRGB(20, 20), "sharp up to the middle");
        assertEquals(colors.argb(1), image.getRGB(20, 19));
        assertEquals(colors.argb(1), image.getRGB(20, 0));
    }

    @Test
    void logColoursSpanThreeDecadesBelowTheTop() {
        ValueColors log = ValueColors.upTo(ColorMap.VIRIDIS, ColorScale.LOG, 100);
        assertEquals(1, log.fraction(100), 1e-12);
        assertEquals(0, log.fraction(0.1), 1e-12);
        assertEquals(0.5, log.fraction(Math.sqrt(1000) / 10), 1e-12);
        assertEquals(0, log.fraction(0), 0, "zero takes the bottom colour");
    }

    @Test
    void probeGridCoversTheDataWithAMargin() {
        Dataset data = new Dataset("square", 2, new double[] {-1, -1, 1, 1, 0, 0.5}, new double[] {1, -1, 1});
        double[] p = ProbeGrid.forData(data, 5);
        assertEquals(50, p.length);
        double margin = 2 * ProbeGrid.MARGIN;
        assertEquals(-1 - margin, p[0], 1e-12);
        assertEquals(-1 - margin, p[1], 1e-12);
        assertEquals(-1 - margin + (2 + 2 * margin) / 4, p[2], 1e-12, "x₁ varies fastest");
        assertEquals(-1 - margin, p[3], 1e-12);
        assertEquals(1 + margin, p[48], 1e-12);
        assertEquals(1 + margin, p[49], 1e-12);
        Dataset line = new Dataset("line", 1, new double[] {0, 2}, new double[] {0, 1});
        double[] q = ProbeGrid.forData(line, 3);
        assertArrayEquals(new double[] {-0.3, 1, 2.3}, q, 1e-12);
        Dataset three = new Dataset("cube", 3, new double[] {0, 0, 0}, new double[] {1});
        assertEquals(0, ProbeGrid.forData(three, 10).length);
    }

    @Test
    void statusUsesThreeSignificantDigits() {
        assertEquals("3.21e−2", Status.scientific(0.03214));
        assertEquals("1.00e0", Status.scientific(0.99999));
        assertTrue(Status.scientific(-2e5).startsWith("−2.00e5"));
    }
}
