package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One line of text with math between dollar signs, "density of $\rho(\theta, t)$": the words in the figure's
 * font, drawn as text (so an SVG keeps them as text), the math typeset by JLaTeXMath with real subscripts,
 * superscripts and Greek. JLaTeXMath draws glyphs of its own fonts through Graphics2D; an SVG is told to write
 * those as outlines, since a reader's viewer does not have the fonts. {@link #image} typesets a whole formula
 * into an image, for the help's equations.
 */
public final class MathText {
    /** Computer Modern looks smaller than a sans-serif text face at the same size; this matches their x-heights. */
    private static final float MATH_SCALE = 1.25f;
    /** Space after a formula, in ems of the math font. */
    private static final float ITALIC_CORRECTION = 0.1f;
    /** Runs of text separated by no more than single spaces. */
    private static final Pattern WORDS = Pattern.compile("\\S+(?: \\S+)*");
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Map<Key, MathText> CACHE = new ConcurrentHashMap<>();
    /** JLaTeXMath keeps parser and font state in static fields: one thread at a time. */
    private static final Object TEX = new Object();

    private record Key(String markup, Font font) {
    }

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

    /** A run of plain text, or a typeset formula. */
    private record Piece(String text, TeXIcon math, double width, double ascent, double descent) {
    }

    private final Font font;
    private final List<Piece> pieces;
    private final double width;
    private final double ascent;
    private final double descent;

    private MathText(Font font, List<Piece> pieces) {
        this.font = font;
        this.pieces = pieces;
        double w = 0;
        double a = 0;
        double d = 0;
        for (Piece p : pieces) {
            w += p.width;
            a = Math.max(a, p.ascent);
            d = Math.max(d, p.descent);
        }
        width = w;
        ascent = a;
        descent = d;
    }

    /** {@code markup} in {@code font}; "$…$" is TeX math. Cached: figures draw the same labels every frame. */
    static MathText of(String markup, Font font) {
        return CACHE.computeIfAbsent(new Key(markup, font), k -> parse(k.markup, k.font));
    }

    /**
     * {@code markup} in {@code font}, or, if that is wider than {@code room}, in type made smaller a tenth at a
     * time ({@link Look#shrinkingSizes}) until it fits, but not below {@code smallest} times the font's size (where
     * it may still be wider).
     */
    static MathText fitting(String markup, Font font, double room, double smallest) {
        double[] sizes = Look.shrinkingSizes(font.getSize2D(), smallest * font.getSize2D());
        MathText text = of(markup, font);
        for (int i = 1; i < sizes.length && text.width > room; i++) {
            text = of(markup, font.deriveFont((float) sizes[i]));
        }
        return text;
    }

    private static MathText parse(String markup, Font font) {
        List<Piece> pieces = new ArrayList<>();
        String[] parts = markup.split("\\$", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            pieces.add(i % 2 == 0 ? text(parts[i], font) : math(parts[i], font));
        }
        return new MathText(font, pieces);
    }

    private static Piece text(String s, Font font) {
        LineMetrics lm = font.getLineMetrics(s, MEASURE);
        return new Piece(s, null, font.getStringBounds(s, MEASURE).getWidth(), lm.getAscent(), lm.getDescent());
    }

    private static Piece math(String tex, Font font) {
        synchronized (TEX) {
            TeXIcon icon;
            try {
                icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_TEXT, font.getSize2D() * MATH_SCALE);
            } catch (ParseException e) {
                throw new IllegalArgumentException("label math '" + tex + "' is not valid TeX: " + e.getMessage(), e);
            }
            // "true": the one-argument setInsets adds JLaTeXMath's own margin of 0.18 em back on every side, which
            // drew each formula that far right of and below the place measured for it (ρ sank below the words'
            // baseline and ran into the colon after it).
            icon.setInsets(new Insets(0, 0, 0, 0), true);
            float size = font.getSize2D() * MATH_SCALE;
            double height = icon.getBox().getHeight() * size;
            double depth = icon.getBox().getDepth() * size;
            // TeX boxes leave out the italic correction: a slanted last letter (θ, E) would touch the next word.
            return new Piece(null, icon, (icon.getBox().getWidth() + ITALIC_CORRECTION) * size, height, depth);
        }
    }

    /**
     * Typesets {@code latex} at {@code size} points, in {@code ink}, on a transparent background, at
     * {@code scale} pixels per point.
     *
     * @param display true for a displayed equation, false for one inside a line of text
     * @throws IllegalArgumentException naming the formula when it is not valid LaTeX
     */
    public static Formula image(String latex, float size, Color ink, boolean display, double scale) {
        synchronized (TEX) {
            TeXIcon icon;
            try {
                icon = new TeXFormula(latex).createTeXIcon(
                        display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, (float) (size * scale));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot typeset \"" + latex + "\": " + e.getMessage(), e);
            }
            icon.setForeground(ink);
            BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()),
                    Math.max(1, icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
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

    double width() {
        return width;
    }

    /** The font of the words; the math is typeset at a size derived from it. */
    Font font() {
        return font;
    }

    double ascent() {
        return ascent;
    }

    double descent() {
        return descent;
    }

    double height() {
        return ascent + descent;
    }

    /** Draws the line with its baseline at {@code baseline}, starting at {@code x}, in {@code g}'s colour. */
    void draw(Graphics2D g, double x, double baseline) {
        Color ink = g.getColor();
        double at = x;
        for (Piece p : pieces) {
            if (p.text != null) {
                // Set for every piece: JLaTeXMath leaves its own font behind.
                g.setFont(font);
                drawWords(g, p.text, at, baseline);
            } else {
                drawMath(g, p, ink, at, baseline);
            }
            at += p.width;
        }
    }

    /**
     * Draws {@code text} as its runs between leading, trailing and repeated spaces, each at its measured place:
     * an SVG viewer collapses such spaces, which would shift the text after them.
     */
    private void drawWords(Graphics2D g, String text, double x, double baseline) {
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            double offset = words.start() == 0 ? 0 : font.getStringBounds(text.substring(0, words.start()), MEASURE).getWidth();
            g.drawString(words.group(), (float) (x + offset), (float) baseline);
        }
    }

    private static void drawMath(Graphics2D g, Piece p, Color ink, double x, double baseline) {
        AffineTransform saved = g.getTransform();
        Object svgText = g.getRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        try {
            // paintIcon puts the top of the box at y: the box's height above the baseline.
            g.translate(x, baseline - p.ascent);
            synchronized (TEX) {
                p.math.setForeground(ink);
                p.math.paintIcon(null, g, 0, 0);
            }
        } finally {
            g.setTransform(saved);
            g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE,
                    svgText != null ? svgText : SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
            g.setColor(ink);
        }
    }

    /** Draws the line centred on {@code cx}. */
    void drawCentred(Graphics2D g, double cx, double baseline) {
        draw(g, cx - width / 2, baseline);
    }

    /** Draws the line rotated to read bottom-up, its box centred on (cx, cy). */
    void drawVertical(Graphics2D g, double cx, double cy) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, cx, cy);
        draw(g, cx - width / 2, cy + (ascent - descent) / 2);
        g.setTransform(saved);
    }
}
