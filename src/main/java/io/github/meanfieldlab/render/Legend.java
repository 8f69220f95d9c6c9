package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/** A legend in a corner of the plot ({@link PlotFrame#drawKey}): per entry a short stroke and/or a marker, then its text. */
final class Legend {
    /** What an entry's sample looks like: a line, a filled or hollow marker, or both. */
    record Entry(String text, Color color, Stroke line, Marker marker) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Legend add(String text, Color color, Stroke line, Marker marker) {
        entries.add(new Entry(text, color, line, marker));
        return this;
    }

    /** Draws the entries in the top right (or top left) corner of {@code frame}'s plot. */
    void draw(Graphics2D g, PlotFrame frame, boolean right) {
        if (entries.isEmpty()) {
            return;
        }
        Theme t = frame.theme();
        double half = 0.75 * t.look.fontPt();
        String[] texts = entries.stream().map(Entry::text).toArray(String[]::new);
        frame.drawKey(g, texts, (gr, row, cx, cy) -> {
            Entry e = entries.get(row);
            if (e.line() != null) {
                gr.setPaint(e.color());
                gr.setStroke(e.line());
                gr.draw(new Line2D.Double(cx - half, cy, cx + half, cy));
            }
            if (e.marker() != null) {
                e.marker().draw(gr, t, cx, cy, e.color());
            }
        }, right);
    }
}
