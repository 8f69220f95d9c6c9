package io.github.meanfieldlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A figure that paints itself through Graphics2D, so one drawing serves the screen, PNG, SVG and PDF. */
public interface Figure {
    /**
     * Paints the whole figure, background included, into {@code area}, whose user-space units are points
     * (1/72 in) of the finished figure: text and lines take their sizes in points from {@code look}.
     */
    void draw(Graphics2D g, Rectangle2D area, Look look);

    /** As the app's panes draw it: {@link Look#SCREEN}. */
    default void draw(Graphics2D g, Rectangle2D area) {
        draw(g, area, Look.SCREEN);
    }
}
