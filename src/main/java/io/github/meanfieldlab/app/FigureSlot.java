package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.Look;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A figure made anew for each change (a comparison, a ladder's result), held where a canvas can paint it. */
final class FigureSlot implements Figure {
    private Figure figure;

    /** Painter thread only, like every change to a canvas's figure. */
    void set(Figure figure) {
        this.figure = figure;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        if (figure != null) {
            figure.draw(g, area, look);
        }
    }
}
