package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * A {@link Figure} shown on a JavaFX canvas that fills its region. The figure itself lives on the
 * {@link FigurePainter}'s thread: changes are posted to it, and it paints through Java2D into an image the size
 * of the canvas (times the screen's scale). Once per frame the FX thread shows a finished image, if there is
 * one ({@link #showFinished()}), and hands the painter the next painting if the figure changed since
 * ({@link #nextPainting(long)}).
 *
 * <p>Why an image and not FXGraphics2D on the canvas: FXGraphics2D turns every marker and path into canvas
 * commands that JavaFX's renderer rasterises again each frame; with the software pipeline (no GPU, as under
 * Xvfb) that took the renderer from about 8% to about 50% of a core and halved the frame rate, measured back to
 * back with {@code app --measure}. Why another thread: one figure takes up to 25 ms to paint, and 40 ms on a
 * bad frame, which on the FX thread stalled the whole window. An image also shows exactly what the PNG export
 * writes.
 */
public final class FigureCanvas<F extends Figure> extends Region {
    /** An image painted of {@code snapshot} (null before the first); no pixels when skipped. */
    private record Painting(BufferedImage pixels, FlowSnapshot snapshot) {
        long runId() {
            return snapshot == null ? 0 : snapshot.runId();
        }
    }

    private final F figure;
    /** What is painted: the figure, or a figure made with it (compare mode's two halves). */
    private final Figure drawing;
    private final FigurePainter painter;
    private final Canvas canvas = new Canvas();
    private final AtomicReference<Painting> finished = new AtomicReference<>();
    // Painter thread only: the snapshot the figure holds.
    private FlowSnapshot given;
    /**
     * The run of the newest snapshot handed to the figure, written by the FX thread as it hands it over: a
     * painting of an older run that has not begun yet is skipped, so a restart waits for one figure's painting
     * of the old run at most, not for the rest of a batch.
     */
    private volatile long runHandedOver;
    // FX thread only.
    private BufferedImage pixels;
    /** The image on screen, exactly the size it was painted at; null before the first. */
    private WritableImage image;
    private boolean dirty = true;
    private boolean painting;
    /** The snapshot in the image on screen; written on the FX thread, read by tests on theirs. */
    private volatile FlowSnapshot shown;
    private double zoom = 1;

    public FigureCanvas(F figure, FigurePainter painter) {
        this(figure, figure, painter);
    }

    /**
     * A canvas whose changes and reads go to {@code figure} and whose paintings draw {@code drawing}, which may
     * draw the figure as part of something larger; both on the painter thread.
     */
    public FigureCanvas(F figure, Figure drawing, FigurePainter painter) {
        this.figure = figure;
        this.drawing = drawing;
        this.painter = painter;
        getChildren().add(canvas);
        // A canvas reports its own size as preferred; a small minimum lets the grid shrink panes freely.
        setMinSize(120, 90);
        setPrefSize(480, 360);
    }

    /** The canvas the figure is shown on (tests read its pixels). */
    public Canvas canvas() {
        return canvas;
    }

    /** Changes the figure, on the painter thread in order with every other change, and repaints it. */
    public void update(Consumer<? super F> change) {
        painter.run(() -> change.accept(figure));
        dirty = true;
    }

    /** Hands the figure {@code snapshot} through {@code show}, and repaints it. */
    public void show(FlowSnapshot snapshot, Consumer<? super F> show) {
        runHandedOver = snapshot.runId();
        painter.run(() -> {
            show.accept(figure);
            given = snapshot;
        });
        dirty = true;
    }

    /** Reads the figure on the painter thread, after every change asked for so far (tests, reports). */
    public <T> T inspect(Function<? super F, T> read) {
        try {
            return readLater(read).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the " + figure.getClass().getSimpleName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the " + figure.getClass().getSimpleName(), e);
        }
    }

    /** Reads the figure on the painter thread, after every change asked for so far, without waiting for it. */
    public <T> CompletableFuture<T> readLater(Function<? super F, T> read) {
        return painter.call(() -> read.apply(figure));
    }

    /** Scales the figure's fonts and strokes: figures are laid out for print, a projector wants them larger. */
    public void setZoom(double zoom) {
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom = " + zoom + "; allowed: > 0");
        }
        if (zoom != this.zoom) {
            this.zoom = zoom;
            dirty = true;
        }
    }

    /** The zoom the figure is drawn at: a point on the canvas is at its user-space coordinates times this. */
    public double getZoom() {
        return zoom;
    }

    /** Whether a painting was handed to the painter and its image has not been shown yet. */
    public boolean isPainting() {
        return painting;
    }

    /** Whether the painting under way has finished and waits to be shown. */
    public boolean hasFinished() {
        return finished.get() != null;
    }

    /** The id of the run in the image on screen; 0 before any. */
    public long shownRunId() {
        FlowSnapshot s = shown;
        return s == null ? 0 : s.runId();
    }

    /** The snapshot in the image on screen; null before any. */
    public FlowSnapshot shownSnapshot() {
        return shown;
    }

    /**
     * Once per frame, on the FX thread: shows the finished painting if there is one; returns whether it did. A
     * painting made for another size (the pane was resized meanwhile) is not shown: it is painted again.
     */
    public boolean showFinished() {
        Painting done = finished.getAndSet(null);
        if (done == null) {
            return false;
        }
        painting = false;
        if (done.pixels() == null || done.pixels().getWidth() != pixelWidth() || done.pixels().getHeight() != pixelHeight()) {
            dirty = true;
            return false;
        }
        // A reused image must be exactly this size: a larger one would keep old pixels beyond the new painting.
        boolean sameSize = image != null && image.getWidth() == done.pixels().getWidth()
                && image.getHeight() == done.pixels().getHeight();
        image = SwingFXUtils.toFXImage(done.pixels(), sameSize ? image : null);
        drawImage();
        shown = done.snapshot();
        return true;
    }

    /** The image on screen over the whole canvas, which is cleared first (the image may have transparent parts). */
    private void drawImage() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image != null) {
            g.drawImage(image, 0, 0, canvas.getWidth(), canvas.getHeight());
        }
    }

    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private int pixelWidth() {
        return (int) Math.ceil(canvas.getWidth() * outputScale());
    }

    private int pixelHeight() {
        return (int) Math.ceil(canvas.getHeight() * outputScale());
    }

    /**
     * Once per frame, on the FX thread: if the figure changed and no painting is under way, the next painting,
     * to be run on the painter thread (and counted as under way from now); else null. A painting that would show
     * a run other than {@code runWanted} (the window moved on to a new one) is skipped when its turn comes.
     */
    public Runnable nextPainting(long runWanted) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (!dirty || painting || w < 1 || h < 1) {
            return null;
        }
        dirty = false;
        painting = true;
        double scale = outputScale();
        int pw = pixelWidth();
        int ph = pixelHeight();
        if (pixels == null || pixels.getWidth() != pw || pixels.getHeight() != ph) {
            pixels = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        BufferedImage target = pixels;
        double z = zoom;
        return () -> paint(target, runWanted, scale, z, w, h);
    }

    /** On the painter thread: the whole figure into {@code target}, which the FX thread leaves alone meanwhile. */
    private void paint(BufferedImage target, long runWanted, double scale, double z, double w, double h) {
        long runGiven = given == null ? 0 : given.runId();
        if (runGiven != runWanted || runHandedOver != runGiven) {
            // After a restart the old run's picture would only delay the new one's.
            finished.set(new Painting(null, given));
            return;
        }
        try {
            draw(target, scale, z, w, h);
        } finally {
            finished.set(new Painting(target, given));
        }
    }

    /** On the painter thread: the figure as it is now into {@code target}, from transparent. */
    private void draw(BufferedImage target, double scale, double z, double w, double h) {
        Graphics2D g = target.createGraphics();
        try {
            // The image is reused from one painting to the next: start from transparent, not from the last one.
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.scale(scale * z, scale * z);
            drawing.draw(g, new Rectangle2D.Double(0, 0, w / z, h / z));
        } catch (RuntimeException e) {
            // A figure that fails to draw must not freeze its pane: show what was drawn, and say why.
            System.err.println("error: the " + figure.getClass().getSimpleName() + " could not be drawn");
            e.printStackTrace();
        } finally {
            g.dispose();
        }
    }

    /** Whether the figure has not changed since its last painting was shown (tests wait for this). */
    boolean isSettled() {
        return !dirty && !painting && image != null;
    }

    /** A painting of the figure as it is now, made afresh at the canvas's size: what the canvas should show (tests). */
    BufferedImage paintAfresh() {
        BufferedImage target = new BufferedImage(pixelWidth(), pixelHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        double scale = outputScale();
        double z = zoom;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        return inspect(f -> {
            draw(target, scale, z, w, h);
            return target;
        });
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            // Until the painting at the new size is ready, the last one stretched over the whole pane.
            drawImage();
            dirty = true;
        }
    }
}
