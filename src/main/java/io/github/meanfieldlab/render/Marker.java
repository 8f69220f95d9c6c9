package io.github.meanfieldlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** A point marker: a filled disc, a ring, or a small faint dot for the individual samples behind a mean. */
enum Marker {
    FILLED(4.2, true, 1),
    HOLLOW(4.2, false, 1),
    FAINT(2.2, true, 0.35);

    private static final BasicStroke RING = new BasicStroke(1.4f);

    private final double radius;
    private final boolean filled;
    private final double alpha;

    Marker(double radius, boolean filled, double alpha) {
        this.radius = radius;
        this.filled = filled;
        this.alpha = alpha;
    }

    void draw(Graphics2D g, double x, double y, Color color) {
        Ellipse2D disc = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setPaint(alpha < 1 ? Theme.faded(color, alpha) : color);
        if (filled) {
            g.fill(disc);
        } else {
            g.setPaint(Theme.BACKGROUND);
            g.fill(disc);
            g.setPaint(color);
            g.setStroke(RING);
            g.draw(disc);
        }
    }
}
