package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** LaTeX formulas typeset by JLaTeXMath and painted through Graphics2D into an image (the help's equations). */
public final class Typeset {
    /**
     * A typeset formula painted at {@code scale} pixels per point.
     *
     * @param depth how far the formula reaches below its baseline, in points (to sit it on a line of text)
     */
    public record Formula(BufferedImage image, double scale, double depth) {
        /** Width in points. */
        public double width() {
            return image.getWidth() / scale;
        }

        /** Height in points. */
        public double height() {
            return image.getHeight() / scale;
        }
    }

    private Typeset() {
    }

    /**
     * Typesets {@code latex} at {@code size} points, in {@code ink}, on a transparent background.
     *
     * @param display true for a displayed equation, false for one inside a line of text
     * @throws IllegalArgumentException naming the formula when it is not valid LaTeX
     */
    public static Formula of(String latex, float size, Color ink, boolean display, double scale) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    (float) (size * scale));
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot typeset \"" + latex + "\": " + e.getMessage(), e);
        }
        icon.setForeground(ink);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return new Formula(image, scale, icon.getIconDepth() / scale);
    }
}
