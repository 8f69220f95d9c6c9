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
        Ticks ticks = Ticks.linear(new Range(0, 1), 0.2);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, ticks.values(), 1e-12);
        assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, ticks.labels());
        Ticks negative = Ticks.linear(new Range(-23, 7), 10);
        assertArrayEquals(new String[] {"−20", "−10", "0"}, negative.labels(), "typographic minus, no −0");
    }

    @Test
    void theTickCountIsChosenFromTheLabelsWidths() {
        Axis axis = Axis.linear("x", new Range(-2, 2));
        // Labels 6 pt a character: "−1.5" is 24 pt wide and needs its neighbours at least that far away.
        Ticks wide = Ticks.fit(axis, axis.range(), 200, s -> 6.0 * s.length(), 4);
        Ticks narrow = Ticks.fit(axis, axis.range(), 200, s -> 1.0 * s.length(), 4);
        assertTrue(wide.fits(axis.range(), 200, s -> 6.0 * s.length(), 4), String.join(" ", wide.labels()));
        assertTrue(wide.values().length < narrow.values().length, "wide labels give fewer ticks: "
                + String.join(" ", wide.labels()) + " against " + String.join(" ", narrow.labels()));
        assertTrue(wide.values().length >= 2, "still a scale");
        Ticks control = Ticks.linear(axis.range(), 0.5);
        assertTrue(!control.fits(axis.range(), 200, s -> 6.0 * s.length(), 4), "−2.0−1.5−1.0… would collide");
    }

    @Test
    void onAShortAxisTheLastTicksWithTwoLabelsAreThinnedToTheEndsRatherThanRunTogether() {
        // The fit pane at column size in slide type: x from −1.3 to 1.3 about 30 pt long, labels 12 pt wide.
        Axis axis = Axis.linear("x", new Range(-1.3, 1.3));
        Ticks ticks = Ticks.fit(axis, axis.range(), 30, s -> 12.0, 4);
        assertArrayEquals(new String[] {"−1", "1"}, ticks.labels(), "the ends of −1, 0, 1");
        assertTrue(ticks.fits(axis.range(), 30, s -> 12.0, 4));
        // The control: the three round ticks the sparsest step gives would collide.
        assertTrue(!Ticks.linear(axis.range(), 1).fits(axis.range(), 30, s -> 12.0, 4));
    }

    @Test
    void largeAndTinyMagnitudesTakeAPowerOfTenOut() {
        Ticks huge = Ticks.linear(new Range(0, 4e80), 1e80);
        assertEquals(80, huge.exponent());
        assertArrayEquals(new String[] {"0", "1", "2", "3", "4"}, huge.labels());
        assertTrue(huge.exponentSuffix().contains("10^{80}"), huge.exponentSuffix());
        Ticks tiny = Ticks.linear(new Range(0, 3e-5), 1e-5);
        assertEquals(-5, tiny.exponent());
        assertArrayEquals(new String[] {"0", "1", "2", "3"}, tiny.labels());
        assertEquals(0, Ticks.linear(new Range(0, 5000), 1000).exponent(), "thousands print in full");
    }

    @Test
    void theSharedTickPiecesGiveWholeMultiplesEvenThinningAndOneRuleForThePowerOfTen() {
        // Stepping from −0.3 by 0.1 gives 5.6e−17 for 0: the multiples are whole numbers times the step.
        double[] tenths = Ticks.multiples(-0.3, 0.3, 0.1);
        assertArrayEquals(new double[] {-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3}, tenths, 1e-12, "the ends within rounding");
        assertEquals(0, tenths[3], 0, "0 is exactly 0");
        assertEquals(0, -0.3 + 3 * 0.1, 1e-16, "the control: stepping gives about 0");
        assertTrue(-0.3 + 3 * 0.1 != 0, "the control: stepping does not give 0");
        assertEquals(0, Ticks.multiples(0.31, 0.39, 0.1).length, "no multiple inside");
        // Six intervals: strides 1, 2, 3, 6 keep both ends; 4 and 5 would not.
        assertEquals(2, Ticks.smallestStride(6, k -> k >= 2).getAsInt());
        assertEquals(3, Ticks.smallestStride(6, k -> k >= 3).getAsInt());
        assertEquals(6, Ticks.smallestStride(6, k -> k >= 4).getAsInt(), "4 and 5 do not divide 6");
        assertTrue(Ticks.smallestStride(6, k -> false).isEmpty());
        double[] every3 = Ticks.everyKth(new double[] {0, 1, 2, 3, 4, 5, 6}, 3);
        assertArrayEquals(new double[] {0, 3, 6}, every3, "first and last kept");
        Ticks thirds = Ticks.linear(new Range(0, 6), 1).everyKth(3);
        assertArrayEquals(every3, thirds.values());
        assertArrayEquals(new String[] {"0", "3", "6"}, thirds.labels());
        assertEquals(0, Ticks.exponent(9999), "below 10⁴ in full");
        assertEquals(4, Ticks.exponent(1e4));
        assertEquals(0, Ticks.exponent(1e-3), "10⁻³ in full");
        assertEquals(-4, Ticks.exponent(9.9e-4));
        assertEquals(0, Ticks.exponent(0));
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
        assertEquals("$3.21\\times 10^{-2}$", Status.scientific(0.03214));
        assertEquals("$1.00\\times 10^{0}$", Status.scientific(0.99999));
        assertEquals("3.21×10⁻²", Status.plain(0.03214));
        assertEquals("−2.00×10⁵", Status.plain(-2e5));
    }

    @Test
    void targetColoursAreOneSidedWhenNoTargetIsNegative() {
        Dataset positive = new Dataset("positive", 1, new double[] {0, 1, 2}, new double[] {0.5, 2, 3});
        ValueColors one = ValueColors.forTargets(positive, Look.Palette.COLOUR);
        assertEquals(ColorMap.VIRIDIS, one.map());
        assertEquals(0.5, one.range().min(), 0);
        assertEquals(3, one.range().max(), 0);
        Dataset signed = new Dataset("signed", 1, new double[] {0, 1, 2}, new double[] {-1, 0.5, 3});
        ValueColors two = ValueColors.forTargets(signed, Look.Palette.COLOUR);
        assertEquals(ColorMap.COOL_WARM, two.map());
        assertEquals(-3, two.range().min(), 0, "symmetric about 0");
        assertEquals(ColorMap.CIVIDIS, ValueColors.forTargets(signed, Look.Palette.GREY).map(), "grey-safe");
    }

    @Test
    void colourMapsAreThePublishedTables() {
        // First, middle and last entries of matplotlib's viridis and cividis.
        assertEquals(0xFF440154, ColorMap.VIRIDIS.argb(0));
        assertEquals(0xFF21918C, ColorMap.VIRIDIS.argb(128 / 255.0));
        assertEquals(0xFFFDE725, ColorMap.VIRIDIS.argb(1));
        assertEquals(0xFF00224E, ColorMap.CIVIDIS.argb(0));
        assertEquals(0xFFFEE838, ColorMap.CIVIDIS.argb(1));
    }
}
