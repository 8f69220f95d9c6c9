package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The layout every figure shares: background, title, a plot rectangle with its two axes, and a strip on the
 * right for a colour bar. Maps data coordinates to user-space coordinates of the plot rectangle.
 */
final class PlotFrame {
    private static final double PAD = 8;
    private static final double LEFT = 62;
    private static final double BOTTOM = 46;
    private static final double RIGHT = 16;
    private static final double COLOR_BAR_STRIP = 78;

    private final Rectangle2D plot;
    private final Rectangle2D colorBar;
    private final Axis x;
    private final Axis y;

    private PlotFrame(Rectangle2D plot, Rectangle2D colorBar, Axis x, Axis y) {
        this.plot = plot;
        this.colorBar = colorBar;
        this.x = x;
        this.y = y;
    }

    /**
     * Paints the background, the title and the status (right-aligned, muted), and lays out the plot
     * rectangle for axes {@code x} and {@code y}; {@code withColorBar} reserves the strip on the right.
     */
    static PlotFrame begin(Graphics2D g, Rectangle2D area, String title, String status, Axis x, Axis y,
                           boolean withColorBar) {
        Theme.applyHints(g);
        g.setPaint(Theme.BACKGROUND);
        g.fill(area);
        g.setFont(Theme.TITLE);
        FontMetrics fm = g.getFontMetrics();
        double top = area.getY() + PAD + fm.getHeight() + PAD;
        g.setPaint(Theme.INK);
        float baseline = (float) (area.getY() + PAD + fm.getAscent());
        g.drawString(title, (float) (area.getX() + LEFT), baseline);
        double titleWidth = fm.stringWidth(title);
        g.setFont(Theme.TICK);
        g.setPaint(Theme.MUTED);
        FontMetrics small = g.getFontMetrics();
        double statusWidth = small.stringWidth(status);
        if (LEFT + titleWidth + 2 * PAD + statusWidth <= area.getWidth() - RIGHT) {
            g.drawString(status, (float) (area.getMaxX() - RIGHT - statusWidth), baseline);
        } else {
            // A narrow pane: the status goes on a line of its own rather than over the title.
            g.drawString(status, (float) (area.getX() + LEFT), (float) (top + small.getAscent()));
            top += small.getHeight() + PAD;
        }
        double right = RIGHT + (withColorBar ? COLOR_BAR_STRIP : 0);
        double width = Math.max(1, area.getWidth() - LEFT - right);
        double height = Math.max(1, area.getMaxY() - BOTTOM - top);
        Rectangle2D plot = new Rectangle2D.Double(area.getX() + LEFT, top, width, height);
        Rectangle2D bar = withColorBar
                ? new Rectangle2D.Double(plot.getMaxX() + 14, top, 14, height)
                : null;
        return new PlotFrame(plot, bar, x, y);
    }

    Rectangle2D plot() {
        return plot;
    }

    /** The colour bar's own rectangle (its tick labels go to the right of it), or null if none was reserved. */
    Rectangle2D colorBar() {
        return colorBar;
    }

    Axis x() {
        return x;
    }

    Axis y() {
        return y;
    }

    /** User-space x of data value {@code v}. */
    double px(double v) {
        return plot.getX() + x.range().fraction(v) * plot.getWidth();
    }

    /** User-space y of data value {@code v} (up is larger). */
    double py(double v) {
        return plot.getMaxY() - y.range().fraction(v) * plot.getHeight();
    }

    /** The plot background and the grid lines at the ticks; draw the data after this. */
    void drawBackground(Graphics2D g) {
        g.setPaint(Theme.PLOT_BACKGROUND);
        g.fill(plot);
        g.setPaint(Theme.GRID);
        g.setStroke(Theme.GRID_STROKE);
        for (double t : x.ticks()) {
            double p = px(t);
            g.draw(new Line2D.Double(p, plot.getY(), p, plot.getMaxY()));
        }
        for (double t : y.ticks()) {
            double p = py(t);
            g.draw(new Line2D.Double(plot.getX(), p, plot.getMaxX(), p));
        }
    }

    /** Confines drawing to the plot rectangle; returns the previous clip for {@link #endClip}. */
    Shape clip(Graphics2D g) {
        Shape old = g.getClip();
        g.clip(plot);
        return old;
    }

    void endClip(Graphics2D g, Shape old) {
        g.setClip(old);
    }

    /** The frame, ticks, tick labels and axis labels; draw them after the data so nothing covers them. */
    void drawAxes(Graphics2D g) {
        g.setPaint(Theme.INK);
        g.setStroke(Theme.FRAME);
        g.draw(plot);
        g.setStroke(Theme.TICK_STROKE);
        g.setFont(Theme.TICK);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < x.ticks().length; i++) {
            double p = px(x.ticks()[i]);
            g.draw(new Line2D.Double(p, plot.getMaxY(), p, plot.getMaxY() + 4));
            String s = x.tickLabels()[i];
            g.drawString(s, (float) (p - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 6 + fm.getAscent()));
        }
        for (int i = 0; i < y.ticks().length; i++) {
            double p = py(y.ticks()[i]);
            g.draw(new Line2D.Double(plot.getX() - 4, p, plot.getX(), p));
            String s = y.tickLabels()[i];
            g.drawString(s, (float) (plot.getX() - 6 - fm.stringWidth(s)), (float) (p + fm.getAscent() / 2.0 - 1));
        }
        g.setFont(Theme.LABEL);
        fm = g.getFontMetrics();
        String xl = x.label();
        g.drawString(xl, (float) (plot.getCenterX() - fm.stringWidth(xl) / 2.0), (float) (plot.getMaxY() + 38));
        drawVertical(g, y.label(), plot.getX() - 46, plot.getCenterY());
    }

    /** A short message in the middle of the plot: why there is nothing to see yet. */
    void drawNote(Graphics2D g, String note) {
        g.setFont(Theme.NOTE);
        g.setPaint(Theme.MUTED);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(note, (float) (plot.getCenterX() - fm.stringWidth(note) / 2.0), (float) plot.getCenterY());
    }

    /** Text rotated to read bottom-up, centred on (cx, cy); {@code g}'s font. */
    static void drawVertical(Graphics2D g, String text, double cx, double cy) {
        AffineTransform saved = g.getTransform();
        Font font = g.getFont();
        double w = g.getFontMetrics(font).stringWidth(text);
        g.rotate(-Math.PI / 2, cx, cy);
        g.drawString(text, (float) (cx - w / 2), (float) cy);
        g.setTransform(saved);
    }
}
