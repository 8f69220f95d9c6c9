package io.github.meanfieldlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts, strokes, spacings and colours of every figure, all derived from one {@link Look}: text, lines,
 * markers and gaps scale together with the look's text size, so a figure set at 8 pt for a column and at
 * 20 pt for a slide has the same proportions. The loss chart (JFreeChart) takes the same values through
 * {@link LossChartTheme}.
 */
final class Theme {
    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x70, 0x70, 0x70);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xFA);
    /** The text size the marker and line sizes below were chosen at (the app's panes). */
    private static final double REFERENCE_PT = 12;
    private static final Map<Look, Theme> CACHE = new ConcurrentHashMap<>();

    final Look look;
    /** Lengths in points per point of the reference look: multiply a size chosen at 12 pt text by this. */
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

    private Theme(Look look) {
        this.look = look;
        double pt = look.fontPt();
        unit = pt / REFERENCE_PT;
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

    static Theme of(Look look) {
        return CACHE.computeIfAbsent(look, Theme::new);
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
