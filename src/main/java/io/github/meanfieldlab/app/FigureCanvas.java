package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.Figure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * A {@link Figure} on a JavaFX canvas that fills its region, drawn only when marked dirty: by a new snapshot, an
 * option or a resize. The owner decides when to call {@link #redrawIfDirty()}, once per frame at most.
 *
 * <p>The figure paints through Java2D into an image the size of the canvas (times the screen's scale), which the
 * canvas then shows. Painting the same figure through FXGraphics2D instead turns every marker and path into canvas
 * commands that JavaFX's renderer rasterises again each frame; with the software pipeline (no GPU, as under Xvfb)
 * that took the renderer thread from about 8% to about 50% of a core and halved the frame rate (30→9 and 42→21
 * frames/s, measured back to back with {@code app --measure}). An image also shows on screen exactly what the
 * PNG export writes.
 */
public final class FigureCanvas extends Region {
    private final Figure figure;
    private final Canvas canvas = new Canvas();
    private BufferedImage pixels;
    private WritableImage image;
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

    /** The canvas the figure is shown on (tests read its pixels). */
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
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        if (pixels == null || pixels.getWidth() != pw || pixels.getHeight() != ph) {
            pixels = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
            image = null;
        }
        Graphics2D g = pixels.createGraphics();
        try {
            g.scale(scale * zoom, scale * zoom);
            figure.draw(g, new Rectangle2D.Double(0, 0, w / zoom, h / zoom));
        } finally {
            g.dispose();
        }
        image = SwingFXUtils.toFXImage(pixels, image);
        canvas.getGraphicsContext2D().drawImage(image, 0, 0, w, h);
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
