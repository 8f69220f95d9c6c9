package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The layout every figure shares: background, title and status line (when the look has them), a plot
 * rectangle with its two axes, and a colour bar on the right. Every margin is measured from the text it
 * holds, and ticks are thinned until their labels fit, so nothing is clipped at any size. Maps data
 * coordinates to user-space coordinates (points) of the plot rectangle.
 */
final class PlotFrame {
    /** The title, status and keys are made smaller, down to this much of their size, to fit the figure's width. */
    private static final double HEADING_SMALLEST = 0.6;
    /** From a tick to its label, and from tick labels to the axis label, in ems of the label size. */
    private static final double TICK_GAP = 0.2;
    private static final double LABEL_GAP = 0.35;
    /** The plot is at least this many text sizes wide and high, the text made smaller if need be. */
    private static final double PLOT_EMS = 5;
    /** A figure at least this many text sizes wide and high has room for a plot that large with any labels. */
    private static final double ROOMY_EMS = 20;
    /** The note an empty pane shows before the first snapshot. */
    static final String WAITING = "waiting for the flow";

    /** A colour bar beside the plot: the colours and what they mean. */
    record ColorBar(ValueColors colors, String label) {
    }

    private final Theme theme;
    private final Rectangle2D plot;
    private final Axis x;
    private final Axis y;
    private final Range xRange;
    private final Range yRange;
    private final Ticks xTicks;
    private final Ticks yTicks;
    private final ColorBar bar;
    private final Rectangle2D barRect;
    private final Ticks barTicks;
    private final Rectangle2D area;
    /** Where the title and status end: the labels beside the plot stay below this. */
    private final double headingBottom;
    private final VerticalLabel yLabel;
    private final VerticalLabel barLabel;

    private PlotFrame(Theme theme, Rectangle2D area, double headingBottom, Rectangle2D plot, Axis x, Range xRange,
                      Ticks xTicks, Axis y, Range yRange, Ticks yTicks, VerticalLabel yLabel, ColorBar bar,
                      Rectangle2D barRect, Ticks barTicks, VerticalLabel barLabel) {
        this.theme = theme;
        this.area = area;
        this.headingBottom = headingBottom;
        this.yLabel = yLabel;
        this.barLabel = barLabel;
        this.plot = plot;
        this.x = x;
        this.xRange = xRange;
        this.xTicks = xTicks;
        this.y = y;
        this.yRange = yRange;
        this.yTicks = yTicks;
        this.bar = bar;
        this.barRect = barRect;
        this.barTicks = barTicks;
    }

    /**
     * Paints the background and, as the look asks, the title and the status (right of the title, or on a line
     * of its own when there is no room), then lays out the plot rectangle for axes {@code x} and {@code y}
     * and the colour bar {@code bar} (null for none).
     */
    static PlotFrame begin(Graphics2D g, Rectangle2D area, Look look, String title, String status, Axis x, Axis y,
                           ColorBar bar) {
        return layOut(g, area, fitting(area, look, title, status, x, y, bar), title, status, x, y, bar);
    }

    /**
     * {@code look}, or, where its text would leave the plot less than {@link #PLOT_EMS} of its size wide or high, the
     * first of {@link Look#shrinking} that leaves it that large, else the last: slide type in a column-sized figure,
     * or in half of one in compare mode, left a plot a few points wide between its tick labels and colour bar. A
     * figure many ems large in both directions is not laid out twice to find that out.
     */
    private static Look fitting(Rectangle2D area, Look look, String title, String status, Axis x, Axis y, ColorBar bar) {
        double pt = look.fontPt();
        if (area.getWidth() >= ROOMY_EMS * pt && area.getHeight() >= ROOMY_EMS * pt) {
            return look;
        }
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            Look fitted = look;
            for (Look smaller : look.shrinking()) {
                fitted = smaller;
                Rectangle2D plot = layOut(scratch, area, fitted, title, status, x, y, bar).plot;
                if (plot.getWidth() >= PLOT_EMS * fitted.fontPt() && plot.getHeight() >= PLOT_EMS * fitted.fontPt()) {
                    break;
                }
            }
            return fitted;
        } finally {
            scratch.dispose();
        }
    }

    private static PlotFrame layOut(Graphics2D g, Rectangle2D area, Look look, String title, String status, Axis x,
                                    Axis y, ColorBar bar) {
        Theme t = Theme.of(look, area);
        Theme.applyHints(g);
        g.setPaint(Theme.BACKGROUND);
        g.fill(area);
        double pt = look.fontPt();
        double pad = t.pad();
        double top = drawHeading(g, t, area, look.title() ? title : "", look.status() ? status : "");
        MathText probe = MathText.of("0", t.tick);
        double tickHeight = probe.height();
        double labelGap = LABEL_GAP * pt;
        double tickGap = TICK_GAP * pt;
        double plotTop = top + tickHeight / 2;
        double xLabelHeight = MathText.of(x.label() + "0", t.label).height();
        double bottom = pad + xLabelHeight + labelGap + tickHeight + t.tickLength() + tickGap;
        double height = Math.max(1, area.getMaxY() - bottom - plotTop);

        Range yRange = y.roomy(height, y.markerRoom() * t.unit);
        Ticks yTicks = Ticks.fit(y, yRange, height, s -> tickHeight, tickHeight / 2);
        VerticalLabel yLabel = VerticalLabel.fit(y.label() + yTicks.exponentSuffix(), t.label, plotTop + height - top);
        double left = pad + yLabel.thickness() + labelGap + widest(yTicks, t) + t.tickLength() + tickGap;

        double right = pad;
        Ticks barTicks = Ticks.NONE;
        VerticalLabel barLabel = null;
        double barWidth = 0.9 * pt;
        double barGap = 0.8 * pt;
        if (bar != null) {
            barTicks = bar.colors.ticks(height, s -> tickHeight, tickHeight / 2);
            barLabel = VerticalLabel.fit(bar.label + barTicks.exponentSuffix(), t.label, area.getMaxY() - pad - top);
            right = barGap + barWidth + t.tickLength() + tickGap + widest(barTicks, t) + labelGap
                    + barLabel.thickness() + pad;
        }
        double width = Math.max(1, area.getWidth() - left - right);
        Range xRange = x.roomy(width, x.markerRoom() * t.unit);
        Ticks xTicks = fitX(x, xRange, width, t, tickGap);
        // The outer tick labels are centred on their ticks: keep their halves inside the figure.
        double overhangRight = halfOfLast(xTicks, t) - right;
        double overhangLeft = halfOfFirst(xTicks, t) - (left - pad);
        if (overhangRight > 0 || overhangLeft > 0) {
            left += Math.max(0, overhangLeft);
            width = Math.max(1, width - Math.max(0, overhangRight) - Math.max(0, overhangLeft));
            xRange = x.roomy(width, x.markerRoom() * t.unit);
            xTicks = fitX(x, xRange, width, t, tickGap);
        }
        Rectangle2D plot = new Rectangle2D.Double(area.getX() + left, plotTop, width, height);
        Rectangle2D barRect = bar == null ? null
                : new Rectangle2D.Double(plot.getMaxX() + barGap, plotTop, barWidth, height);
        return new PlotFrame(t, area, top, plot, x, xRange, xTicks, y, yRange, yTicks, yLabel, bar, barRect, barTicks,
                barLabel);
    }

    private static Ticks fitX(Axis x, Range range, double width, Theme t, double gap) {
        return Ticks.fit(x, range, width, s -> MathText.of(s, t.tick).width(), 3 * gap + 0.3 * t.look.fontPt());
    }

    private static double widest(Ticks ticks, Theme t) {
        double w = 0;
        for (String s : ticks.labels()) {
            w = Math.max(w, MathText.of(s, t.tick).width());
        }
        return w;
    }

    private static double halfOfLast(Ticks ticks, Theme t) {
        int n = ticks.labels().length;
        return n == 0 ? 0 : MathText.of(ticks.labels()[n - 1], t.tick).width() / 2;
    }

    private static double halfOfFirst(Ticks ticks, Theme t) {
        return ticks.labels().length == 0 ? 0 : MathText.of(ticks.labels()[0], t.tick).width() / 2;
    }

    /** Title and status as far as they are drawn; returns where the space below them starts. */
    private static double drawHeading(Graphics2D g, Theme t, Rectangle2D area, String title, String status) {
        double pad = t.pad();
        double y = area.getY() + pad;
        if (title.isEmpty() && status.isEmpty()) {
            return y;
        }
        double left = area.getX() + pad;
        double room = area.getWidth() - 2 * pad;
        // Each line in smaller type rather than past the figure's edge (presentation mode's large type).
        MathText head = MathText.fitting(title, t.title, room, HEADING_SMALLEST);
        MathText stamp = MathText.of(status, t.tick);
        boolean oneLine = title.isEmpty() || head.width() + 2 * pad + stamp.width() <= room;
        if (!oneLine) {
            stamp = MathText.fitting(status, t.tick, room, HEADING_SMALLEST);
        }
        double lineHeight = Math.max(head.height(), oneLine ? stamp.height() : 0);
        double baseline = y + Math.max(head.ascent(), oneLine ? stamp.ascent() : 0);
        g.setPaint(Theme.INK);
        head.draw(g, left, baseline);
        g.setPaint(Theme.MUTED);
        if (oneLine) {
            stamp.draw(g, area.getMaxX() - pad - stamp.width(), baseline);
        } else {
            // A narrow figure: the status goes on a line of its own rather than over the title.
            baseline += head.descent() + 0.2 * pad + stamp.ascent();
            stamp.draw(g, left, baseline);
            lineHeight += stamp.height() + 0.2 * pad;
        }
        return y + lineHeight + pad;
    }

    /** An empty frame with {@code note} in the middle: no data yet, or none this figure can show. */
    static void drawEmpty(Graphics2D g, Rectangle2D area, Look look, String title, String status, Axis x, Axis y,
                          String note) {
        PlotFrame frame = begin(g, area, look, title, status, x, y, null);
        frame.drawBackground(g);
        frame.drawNote(g, note);
        frame.drawAxes(g);
    }

    Theme theme() {
        return theme;
    }

    Rectangle2D plot() {
        return plot;
    }

    /** The x range as laid out: the axis's range with room for its markers. */
    Range xRange() {
        return xRange;
    }

    Range yRange() {
        return yRange;
    }

    /** User-space x of data value {@code v}. */
    double px(double v) {
        return plot.getX() + xRange.fraction(v) * plot.getWidth();
    }

    /** User-space y of data value {@code v} (up is larger). */
    double py(double v) {
        return plot.getMaxY() - yRange.fraction(v) * plot.getHeight();
    }

    /** The plot background and the grid lines at the ticks; draw the data after this. */
    void drawBackground(Graphics2D g) {
        g.setPaint(Theme.PLOT_BACKGROUND);
        g.fill(plot);
        g.setPaint(Theme.GRID);
        g.setStroke(theme.grid);
        for (double v : xTicks.values()) {
            double p = px(v);
            g.draw(new Line2D.Double(p, plot.getY(), p, plot.getMaxY()));
        }
        for (double v : yTicks.values()) {
            double p = py(v);
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

    /** The frame, ticks, labels and colour bar; draw them after the data so nothing covers them. */
    void drawAxes(Graphics2D g) {
        double pt = theme.look.fontPt();
        double tickGap = TICK_GAP * pt;
        double labelGap = LABEL_GAP * pt;
        double tl = theme.tickLength();
        g.setPaint(Theme.INK);
        g.setStroke(theme.frame);
        g.draw(plot);
        g.setStroke(theme.tickStroke);
        double tickAscent = MathText.of("0", theme.tick).ascent();
        double tickHeight = MathText.of("0", theme.tick).height();
        for (int i = 0; i < xTicks.values().length; i++) {
            double p = px(xTicks.values()[i]);
            g.draw(new Line2D.Double(p, plot.getMaxY(), p, plot.getMaxY() + tl));
            MathText.of(xTicks.labels()[i], theme.tick).drawCentred(g, p, plot.getMaxY() + tl + tickGap + tickAscent);
        }
        for (int i = 0; i < yTicks.values().length; i++) {
            double p = py(yTicks.values()[i]);
            g.draw(new Line2D.Double(plot.getX() - tl, p, plot.getX(), p));
            MathText label = MathText.of(yTicks.labels()[i], theme.tick);
            label.draw(g, plot.getX() - tl - tickGap - label.width(), p + (label.ascent() - label.descent()) / 2);
        }
        // On a small figure (half a pane in compare mode) a long label shrinks rather than runs off it.
        MathText xLabel = MathText.fitting(x.label() + xTicks.exponentSuffix(), theme.label,
                2 * Math.min(plot.getCenterX() - area.getX(), area.getMaxX() - plot.getCenterX()) - 2 * theme.pad(),
                HEADING_SMALLEST);
        xLabel.drawCentred(g, plot.getCenterX(), plot.getMaxY() + tl + tickGap + tickHeight + labelGap + xLabel.ascent());
        yLabel.draw(g, area.getX() + theme.pad(), plot.getCenterY(), headingBottom, plot.getMaxY());
        if (bar != null) {
            drawColorBar(g, tl, tickGap);
        }
    }

    /** Where the y label is drawn: beside the plot, below the title and status, not below the plot. */
    Rectangle2D yLabelBounds() {
        return yLabel.bounds(area.getX() + theme.pad(), plot.getCenterY(), headingBottom, plot.getMaxY());
    }

    /**
     * Where the colour bar's label is drawn (null without a bar): right of the bar's tick labels, below the title
     * and status, and down to the figure's bottom edge, where nothing else stands that far right.
     */
    Rectangle2D barLabelBounds() {
        return bar == null ? null : barLabel.bounds(barLabelLeft(), barRect.getCenterY(), headingBottom, barLabelBottom());
    }

    private double barLabelLeft() {
        double pt = theme.look.fontPt();
        return barRect.getMaxX() + theme.tickLength() + TICK_GAP * pt + widest(barTicks, theme) + LABEL_GAP * pt;
    }

    /** The figure's bottom, unless the last x tick label reaches under the label (a narrow bar's ticks). */
    private double barLabelBottom() {
        return plot.getMaxX() + halfOfLast(xTicks, theme) > barLabelLeft() ? plot.getMaxY() : area.getMaxY() - theme.pad();
    }

    /** The band the title and status take at the top (empty without them). */
    Rectangle2D headingBounds() {
        return new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), headingBottom - area.getY());
    }

    private void drawColorBar(Graphics2D g, double tl, double tickGap) {
        ValueColors colors = bar.colors;
        int strips = 128;
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Without antialiasing the strips abut exactly; with it, faint seams show between them.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double h = barRect.getHeight() / strips;
        for (int i = 0; i < strips; i++) {
            g.setPaint(colors.map().color((i + 0.5) / strips));
            g.fill(new Rectangle2D.Double(barRect.getX(), barRect.getMaxY() - (i + 1) * h, barRect.getWidth(), h + 0.6));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g.setPaint(Theme.INK);
        g.setStroke(theme.frame);
        g.draw(barRect);
        g.setStroke(theme.tickStroke);
        for (int i = 0; i < barTicks.values().length; i++) {
            double yy = barRect.getMaxY() - colors.fraction(barTicks.values()[i]) * barRect.getHeight();
            g.draw(new Line2D.Double(barRect.getMaxX(), yy, barRect.getMaxX() + tl, yy));
            MathText label = MathText.of(barTicks.labels()[i], theme.tick);
            label.draw(g, barRect.getMaxX() + tl + tickGap, yy + (label.ascent() - label.descent()) / 2);
        }
        barLabel.draw(g, barLabelLeft(), barRect.getCenterY(), headingBottom, barLabelBottom());
    }

    /** A short message in the middle of the plot: why there is nothing to see yet. */
    void drawNote(Graphics2D g, String note) {
        g.setPaint(Theme.MUTED);
        MathText text = MathText.of(note, theme.note);
        text.drawCentred(g, plot.getCenterX(), plot.getCenterY());
    }

    /**
     * A key in the plot's top-left corner: one row per entry, a sample of its mark drawn by {@code marks} at
     * the row's centre (x, y), then its text.
     */
    void drawKey(Graphics2D g, String[] texts, KeyMark marks) {
        drawKey(g, texts, marks, false);
    }

    /** As {@link #drawKey(Graphics2D, String[], KeyMark)}, in the top-right corner when {@code right}. */
    void drawKey(Graphics2D g, String[] texts, KeyMark marks, boolean right) {
        double pt = theme.look.fontPt();
        String longest = texts[0];
        for (String t : texts) {
            longest = MathText.of(t, theme.tick).width() > MathText.of(longest, theme.tick).width() ? t : longest;
        }
        // Smaller type rather than a key wider than the plot (presentation mode's large type in a small pane).
        Font font = MathText.fitting(longest, theme.tick, plot.getWidth() - 3.2 * pt, HEADING_SMALLEST).font();
        double rowHeight = MathText.of("0", font).height() * 1.3;
        double widest = MathText.of(longest, font).width();
        double boxWidth = 2.6 * pt + widest;
        if (boxWidth > plot.getWidth()) {
            // Wider than the plot (half a pane in compare mode): it would hide the data it explains, and be cut off.
            return;
        }
        double x = right ? plot.getMaxX() - boxWidth : plot.getX() + 0.6 * pt;
        double y = plot.getY() + 0.4 * pt + rowHeight / 2;
        // A light backing, so the key reads over data and heatmaps.
        g.setPaint(Theme.faded(Theme.BACKGROUND, 0.8));
        g.fill(new Rectangle2D.Double(x - 0.3 * pt, y - rowHeight / 2 - 0.2 * pt, boxWidth,
                rowHeight * texts.length + 0.4 * pt));
        for (int i = 0; i < texts.length; i++) {
            marks.draw(g, i, x + 0.8 * pt, y);
            g.setPaint(Theme.INK);
            MathText text = MathText.of(texts[i], font);
            text.draw(g, x + 2 * pt, y + (text.ascent() - text.descent()) / 2);
            y += rowHeight;
        }
    }

    /** Draws the sample mark of key row {@code row}, centred on (cx, cy). */
    interface KeyMark {
        void draw(Graphics2D g, int row, double cx, double cy);
    }
}
