package io.github.meanfieldlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts, strokes, spacings and colours of every figure, derived from one {@link Look} and the figure's size.
 * Text and the gaps around it follow the look's text size. Lines and markers follow the figure's size: their
 * widths and radii are proportional to the figure's shorter side ({@link #lineScale}), so a 3.4 in column and a
 * 13.33 in slide both look like the same drawing at their sizes, and a larger font changes no line. The loss
 * chart (JFreeChart) takes the same values through {@link LossChartTheme}.
 */
final class Theme {
    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x70, 0x70, 0x70);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xFA);
    /**
     * The shorter side, in points, of a figure whose lines and markers have the widths and radii written in the
     * figures' code (an app pane of about 450 × 300 px; a text-width figure, 7 × 4.2 in, is 302 pt high).
     */
    static final double REFERENCE_SIDE_PT = 300;
    /** Bounds of {@link #lineScale}: hairlines below, and no lines as thick as the text above. */
    static final double MIN_LINE_SCALE = 0.5;
    static final double MAX_LINE_SCALE = 2.5;
    private static final Map<Key, Theme> CACHE = new ConcurrentHashMap<>();

    private record Key(Look look, double unit) {
    }

    final Look look;
    /**
     * Line widths and marker radii in points per point of the reference figure ({@link #lineScale}): multiply a
     * width chosen for a {@link #REFERENCE_SIDE_PT} figure by this.
     */
    final double unit;
    final Font title;
    final Font label;
    final Font tick;
    final Font note;
    final Stroke frame;
    final Stroke tickStroke;
    final Stroke grid;
    final Stroke line;
    final Stroke thinLine;

    private Theme(Key key) {
        this.look = key.look;
        double pt = look.fontPt();
        unit = key.unit;
        title = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) (pt * 1.15));
        label = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) pt);
        tick = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) (pt * 0.875));
        note = new Font(Font.SANS_SERIF, Font.ITALIC, 1).deriveFont((float) pt);
        frame = new BasicStroke((float) (0.9 * unit));
        tickStroke = new BasicStroke((float) (0.8 * unit));
        grid = new BasicStroke((float) (0.6 * unit));
        line = round(1.6 * unit);
        thinLine = round(0.9 * unit);
    }

    /** The theme of a figure drawn into {@code area} (its user-space units are points) with {@code look}. */
    static Theme of(Look look, Rectangle2D area) {
        return CACHE.computeIfAbsent(new Key(look, lineScale(area.getWidth(), area.getHeight())), Theme::new);
    }

    /** For text alone, where the figure's size is not at hand: its lines are those of the reference figure. */
    static Theme of(Look look) {
        return CACHE.computeIfAbsent(new Key(look, 1), Theme::new);
    }

    /**
     * The rule for lines and markers: the figure's shorter side over {@link #REFERENCE_SIDE_PT}, within
     * [{@link #MIN_LINE_SCALE}, {@link #MAX_LINE_SCALE}], in steps of 0.01 (a pane being resized shares themes).
     * A column (3.4 × 2.55 in) gets 0.61, a text-width figure 1.01, a slide 1.8.
     */
    static double lineScale(double widthPt, double heightPt) {
        double scale = Math.min(widthPt, heightPt) / REFERENCE_SIDE_PT;
        scale = Math.max(MIN_LINE_SCALE, Math.min(MAX_LINE_SCALE, scale));
        return Math.round(scale * 100) / 100.0;
    }

    /** A round-capped line {@code width} points wide. */
    static BasicStroke round(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line {@code width} wide, dashes and gaps in multiples of {@link #unit}. */
    BasicStroke dashed(double width, double... pattern) {
        float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) (pattern[i] * unit);
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Space between the figure's edge and anything drawn, and between stacked pieces of text. */
    double pad() {
        return 0.5 * look.fontPt();
    }

    /** Length of a tick mark outside the plot frame. */
    double tickLength() {
        return 0.3 * look.fontPt();
    }

    /** {@code c} with opacity {@code alpha}, for curves and markers that must not hide what lies under them. */
    static Color faded(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** Antialiased shapes and text, exact glyph metrics: identical layout on screen and in files. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
