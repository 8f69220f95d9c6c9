package io.github.meanfieldlab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** A point marker: a filled disc, a ring, or a small faint dot for the individual samples behind a mean. */
enum Marker {
    FILLED(4.2, true, 1),
    HOLLOW(4.2, false, 1),
    FAINT(2.2, true, 0.35);

    /** Radius in points in a figure of the reference size; it scales with the figure ({@link Theme#unit}). */
    private final double radius;
    private final boolean filled;
    private final double alpha;

    Marker(double radius, boolean filled, double alpha) {
        this.radius = radius;
        this.filled = filled;
        this.alpha = alpha;
    }

    void draw(Graphics2D g, Theme t, double x, double y, Color color) {
        double r = radius * t.unit;
        Ellipse2D disc = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setPaint(alpha < 1 ? Theme.faded(color, alpha) : color);
        if (filled) {
            g.fill(disc);
        } else {
            g.setPaint(Theme.BACKGROUND);
            g.fill(disc);
            g.setPaint(color);
            g.setStroke(Theme.round(1.4 * t.unit));
            g.draw(disc);
        }
    }
}
