package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Which colour a data value gets: a colour map over a value range, linearly or logarithmically; and its bar. */
record ValueColors(ColorMap map, ColorScale scale, Range range) {
    /** Decades shown below the top of a log scale. */
    static final double LOG_DECADES = 3;

    /**
     * Colours for non-negative values up to {@code max}: [0, max] when linear, the top {@link #LOG_DECADES}
     * decades when logarithmic (smaller values, zero included, take the bottom colour).
     */
    static ValueColors upTo(ColorMap map, ColorScale scale, double max) {
        double top = max > 0 && Double.isFinite(max) ? max : 1;
        Range range = scale == ColorScale.LOG ? new Range(top * Math.pow(10, -LOG_DECADES), top) : new Range(0, top);
        return new ValueColors(map, scale, range);
    }

    /**
     * Colours for signed values in [−max, max], 0 in the middle of a diverging map; when logarithmic, each side
     * shows the top {@link #LOG_DECADES} decades of |value| (smaller ones take the middle colour).
     */
    static ValueColors symmetric(ColorMap map, ColorScale scale, double max) {
        double top = max > 0 && Double.isFinite(max) ? max : 1;
        return new ValueColors(map, scale, new Range(-top, top));
    }

    private boolean isSigned() {
        return range.min() < 0;
    }

    /** Position of {@code value} along the map, not clamped. */
    double fraction(double value) {
        if (isSigned()) {
            if (scale == ColorScale.LOG) {
                double floor = range.max() * Math.pow(10, -LOG_DECADES);
                double side = Math.abs(value) > floor ? Math.log(Math.abs(value) / floor) / Math.log(range.max() / floor) : 0;
                return 0.5 + 0.5 * Math.signum(value) * side;
            }
            return range.fraction(value);
        }
        if (scale == ColorScale.LOG) {
            if (!(value > 0)) {
                return 0;
            }
            return Math.log(value / range.min()) / Math.log(range.max() / range.min());
        }
        return range.fraction(value);
    }

    int argb(double value) {
        return map.argb(fraction(value));
    }

    Color color(double value) {
        return map.color(fraction(value));
    }

    /** The colour bar filling {@code bar}, with ticks and labels to its right and {@code label} beyond them. */
    void drawBar(Graphics2D g, Rectangle2D bar, String label) {
        int strips = 128;
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Without antialiasing the strips abut exactly; with it, faint seams show between them.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double h = bar.getHeight() / strips;
        for (int i = 0; i < strips; i++) {
            g.setPaint(map.color((i + 0.5) / strips));
            double y = bar.getMaxY() - (i + 1) * h;
            g.fill(new Rectangle2D.Double(bar.getX(), y, bar.getWidth(), h + 0.6));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g.setPaint(Theme.INK);
        g.setStroke(Theme.FRAME);
        g.draw(bar);
        g.setFont(Theme.TICK);
        FontMetrics fm = g.getFontMetrics();
        double widest = 0;
        double[] ticks;
        String[] labels;
        if (scale == ColorScale.LOG && isSigned()) {
            int hi = (int) Math.floor(Math.log10(range.max()) + 1e-9);
            int lo = (int) Math.ceil(Math.log10(range.max()) - LOG_DECADES + 1e-9);
            int n = Math.max(0, hi - lo + 1);
            ticks = new double[2 * n + 1];
            labels = new String[ticks.length];
            ticks[n] = 0;
            labels[n] = "0";
            for (int e = lo; e <= hi; e++) {
                String power = "1e" + Integer.toString(e).replace('-', '−');
                ticks[n + 1 + e - lo] = Math.pow(10, e);
                labels[n + 1 + e - lo] = power;
                ticks[n - 1 - (e - lo)] = -Math.pow(10, e);
                labels[n - 1 - (e - lo)] = "−" + power;
            }
        } else if (scale == ColorScale.LOG) {
            int lo = (int) Math.ceil(Math.log10(range.min()) - 1e-9);
            int hi = (int) Math.floor(Math.log10(range.max()) + 1e-9);
            ticks = new double[Math.max(0, hi - lo + 1)];
            labels = new String[ticks.length];
            for (int e = lo; e <= hi; e++) {
                ticks[e - lo] = Math.pow(10, e);
                labels[e - lo] = "1e" + Integer.toString(e).replace('-', '−');
            }
        } else {
            Axis axis = Axis.linear("", range, 5);
            ticks = axis.ticks();
            labels = axis.tickLabels();
        }
        g.setStroke(Theme.TICK_STROKE);
        for (int i = 0; i < ticks.length; i++) {
            double y = bar.getMaxY() - fraction(ticks[i]) * bar.getHeight();
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + 4, y));
            g.drawString(labels[i], (float) (bar.getMaxX() + 6), (float) (y + fm.getAscent() / 2.0 - 1));
            widest = Math.max(widest, fm.stringWidth(labels[i]));
        }
        g.setFont(Theme.LABEL);
        PlotFrame.drawVertical(g, label, bar.getMaxX() + 10 + widest + g.getFontMetrics().getAscent(), bar.getCenterY());
    }
}
