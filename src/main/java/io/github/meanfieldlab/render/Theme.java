package io.github.meanfieldlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;

/** The fonts, strokes and neutral colours every figure shares, sized for a figure printed at column width. */
final class Theme {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x70, 0x70, 0x70);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xFA);

    static final Stroke FRAME = new BasicStroke(1f);
    static final Stroke TICK_STROKE = new BasicStroke(0.8f);
    static final Stroke GRID_STROKE = new BasicStroke(0.6f);
    static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN_LINE = new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private Theme() {
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
