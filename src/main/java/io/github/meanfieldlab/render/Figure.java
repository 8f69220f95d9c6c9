package io.github.meanfieldlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A figure that paints itself through Graphics2D, so one drawing serves the screen, PNG, SVG and PDF. */
public interface Figure {
    /** Paints the whole figure, background included, into {@code area} (user-space units of {@code g}). */
    void draw(Graphics2D g, Rectangle2D area);
}
