package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Words and typeset math on one line: the math sits where it was measured, on the words' baseline. */
class MathTextTest {
    /** Large type, so that an offset of a fraction of an em is many pixels. */
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(40f);
    private static final double X = 20;
    private static final double BASELINE = 100;

    @Test
    void mathSitsOnTheWordsBaselineInsideItsMeasuredBox() {
        MathText line = MathText.of("x $x$", FONT);
        BufferedImage image = draw(line);
        double words = MathText.of("x ", FONT).width();
        int[] text = ink(image, X, X + words);
        int[] math = ink(image, X + words, image.getWidth());
        assertTrue(text[3] - text[2] > 10 && math[3] - math[2] > 10, "both letters drawn");
        // Both x rest on the baseline: their lowest ink rows agree to a pixel (antialiasing).
        assertEquals(text[3], math[3], 1.5, "the formula's x on the words' baseline");
        assertEquals(BASELINE, math[3], 2.0, "at the baseline asked for");
        // And the formula's ink lies in the box the layout reserved for it, so the next word cannot touch it.
        assertTrue(math[0] >= X + words - 1 && math[1] <= X + line.width() + 1,
                "ink from " + math[0] + " to " + math[1] + ", box " + (X + words) + " to " + (X + line.width()));
        assertTrue(math[2] >= BASELINE - line.ascent() - 1 && math[3] <= BASELINE + line.descent() + 1,
                "ink rows " + math[2] + " to " + math[3]);
    }

    @Test
    void aGreekLetterBetweenWordsLeavesRoomForTheColonAfterIt() {
        // The density pane's title, where ρ was seen sunk below the line and run into the colon.
        MathText before = MathText.of("Lifted ", FONT);
        MathText rho = MathText.of("Lifted $\\rho$", FONT);
        BufferedImage image = draw(MathText.of("Lifted $\\rho$: mass", FONT));
        int[] letter = ink(image, X + before.width(), X + rho.width());
        int[] colon = ink(image, X + rho.width(), X + rho.width() + MathText.of(":", FONT).width());
        assertTrue(letter[1] < colon[0], "a gap between ρ (ends " + letter[1] + ") and the colon (starts "
                + colon[0] + ")");
        // ρ has a descender: its bowl is x-high, so its top is near the x-height of the words, not below it.
        int[] l = ink(image, X, X + MathText.of("L", FONT).width());
        double xHeight = BASELINE - ink(draw(MathText.of("x", FONT)), X, X + 40)[2];
        assertEquals(BASELINE - xHeight, letter[2], 0.2 * xHeight, "ρ's top at the x-height");
        assertTrue(l[3] <= BASELINE + 1, "the words on the baseline");
    }

    @Test
    void fittingMakesTheTypeSmallerUntilTheLineFitsButNotBelowTheFloor() {
        String status = "$s$ = 45.50   step 2275   $E$ = $9.99\\times 10^{-4}$   0.1 % off scale";
        double full = MathText.of(status, FONT).width();
        MathText fitted = MathText.fitting(status, FONT, 0.8 * full, 0.6);
        assertTrue(fitted.width() <= 0.8 * full && fitted.width() > 0.6 * full, "fitted: " + fitted.width() + " of " + full);
        assertTrue(fitted.font().getSize2D() < FONT.getSize2D());
        assertEquals(FONT, MathText.fitting(status, FONT, full, 0.6).font(), "a line that fits keeps its size");
        MathText floor = MathText.fitting(status, FONT, 0.1 * full, 0.6);
        assertTrue(floor.font().getSize2D() >= 0.6 * FONT.getSize2D(), "no smaller than the floor");
    }

    private static BufferedImage draw(MathText line) {
        BufferedImage image = new BufferedImage(600, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        line.draw(g, X, BASELINE);
        g.dispose();
        return image;
    }

    /** {first column, last column, first row, last row} of dark pixels in the columns [from, to). */
    private static int[] ink(BufferedImage image, double from, double to) {
        int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int x = (int) Math.ceil(from); x < Math.min(image.getWidth(), to); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.max(box[1], x);
                    box[2] = Math.min(box[2], y);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }
}
