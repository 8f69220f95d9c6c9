package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.Figure;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A {@link Figure} on a JavaFX canvas that fills its region, drawn through {@link FXGraphics2D} only when marked
 * dirty: by a new snapshot, an option or a resize. The owner decides when to call {@link #redrawIfDirty()},
 * once per frame at most.
 */
public final class FigureCanvas extends Region {
    private final Figure figure;
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private double zoom = 1;
    private boolean dirty = true;

    public FigureCanvas(Figure figure) {
        this.figure = figure;
        getChildren().add(canvas);
        // A canvas reports its own size as preferred; a small minimum lets the grid shrink panes freely.
        setMinSize(120, 90);
        setPrefSize(480, 360);
    }

    public Figure figure() {
        return figure;
    }

    /** The canvas the figure is drawn on (tests read its pixels). */
    public Canvas canvas() {
        return canvas;
    }

    /** Scales the figure's fonts and strokes: figures are laid out for print, a projector wants them larger. */
    public void setZoom(double zoom) {
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom = " + zoom + "; allowed: > 0");
        }
        this.zoom = zoom;
        markDirty();
    }

    /** The figure changed: a new snapshot or option; it is drawn at the next {@link #redrawIfDirty()}. */
    public void markDirty() {
        dirty = true;
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Draws the figure if something changed since the last draw; returns whether it drew. */
    public boolean redrawIfDirty() {
        if (!dirty) {
            return false;
        }
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return false;
        }
        var saved = graphics.getTransform();
        graphics.setClip(null);
        graphics.scale(zoom, zoom);
        figure.draw(graphics, new Rectangle2D.Double(0, 0, w / zoom, h / zoom));
        graphics.setTransform(saved);
        return true;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            markDirty();
        }
    }
}
