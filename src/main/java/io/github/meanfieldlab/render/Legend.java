package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A legend in a corner of the plot: one line per entry, a short stroke and/or a marker before its text. */
final class Legend {
    /** What an entry's sample looks like: a line, a filled or hollow marker, or both. */
    record Entry(String text, Color color, Stroke line, Marker marker) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Legend add(String text, Color color, Stroke line, Marker marker) {
        entries.add(new Entry(text, color, line, marker));
        return this;
    }

    /** Draws the entries on a translucent box in the top right (or top left) corner of {@code plot}. */
    void draw(Graphics2D g, Rectangle2D plot, boolean right) {
        if (entries.isEmpty()) {
            return;
        }
        g.setFont(Theme.TICK);
        FontMetrics fm = g.getFontMetrics();
        double sample = 22;
        double width = 0;
        for (Entry e : entries) {
            width = Math.max(width, fm.stringWidth(e.text()));
        }
        double lineHeight = fm.getHeight() + 2;
        double boxWidth = sample + 12 + width;
        double boxHeight = entries.size() * lineHeight + 6;
        double x = right ? plot.getMaxX() - boxWidth - 6 : plot.getX() + 6;
        double y = plot.getY() + 6;
        g.setPaint(Theme.faded(Theme.BACKGROUND, 0.85));
        g.fill(new Rectangle2D.Double(x, y, boxWidth, boxHeight));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double mid = y + 3 + i * lineHeight + lineHeight / 2;
            if (e.line() != null) {
                g.setPaint(e.color());
                g.setStroke(e.line());
                g.draw(new Line2D.Double(x + 4, mid, x + 4 + sample, mid));
            }
            if (e.marker() != null) {
                e.marker().draw(g, x + 4 + sample / 2, mid, e.color());
            }
            g.setPaint(Theme.INK);
            g.drawString(e.text(), (float) (x + sample + 10), (float) (mid + fm.getAscent() / 2.0 - 1));
        }
    }
}
