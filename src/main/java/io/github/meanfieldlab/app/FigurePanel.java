package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;

/**
 * One pane of the window: a figure on its canvas, with the row of view options that belong to it. The figure
 * lives on the painter thread, so a subclass changes it only through {@link #change} and keeps what its
 * controls need to know in the controls themselves.
 */
public abstract class FigurePanel<F extends Figure> extends BorderPane {
    private final FigureCanvas<F> canvas;
    private final F figure;
    private final FigurePainter painter;
    private final OptionBar options = new OptionBar();
    /** The snapshot last handed to the figure; null before the first. FX thread. */
    private FlowSnapshot shown;
    /** The snapshot the figure has now; painter thread. */
    private FlowSnapshot passed;

    protected FigurePanel(F figure, FigurePainter painter) {
        canvas = new FigureCanvas<>(figure, painter);
        this.figure = figure;
        this.painter = painter;
        getStyleClass().add("figure-panel");
        setCenter(canvas);
    }

    /** The options row, shown once a subclass has put something in it. */
    protected OptionBar options() {
        if (getTop() == null) {
            setTop(options);
        }
        return options;
    }

    /** The view options to remember between launches, by id. */
    public Map<String, String> viewOptions() {
        return options.state();
    }

    /** Sets remembered view options; unknown ones are ignored. */
    public void restoreViewOptions(Map<String, String> remembered) {
        options.restore(remembered);
    }

    public FigureCanvas<F> canvas() {
        return canvas;
    }

    /** Hands the figure a snapshot of the run shown; it is repainted. */
    public final void show(FlowSnapshot snapshot) {
        shown = snapshot;
        canvas.show(snapshot, figure -> {
            pass(figure, snapshot);
            passed = snapshot;
        });
    }

    /** The snapshot the pane shows; null before the first. */
    public FlowSnapshot shown() {
        return shown;
    }

    /**
     * Applies {@code draw} to the figure as the pane shows it (its view options, the earlier runs on the loss
     * chart), with the snapshot it shows replaced by {@code forPrint} of it: the same state, prepared for a file.
     * The figure then gets its snapshot back, so the screen is left as it was. On the painter thread, after every
     * change asked for so far: tasks asked for together from the FX thread see the same snapshot in every pane.
     */
    public <T> CompletableFuture<T> drawFor(UnaryOperator<FlowSnapshot> forPrint, Function<? super Figure, T> draw) {
        return canvas.readLater(figure -> {
            FlowSnapshot live = passed;
            if (live == null) {
                return draw.apply(figure);
            }
            pass(figure, forPrint.apply(live));
            try {
                return draw.apply(figure);
            } finally {
                pass(figure, live);
            }
        });
    }

    /**
     * The figure's view options as it draws now ({@link SnapshotFigure#viewOptions}), read on the painter thread
     * after every change asked for so far: what a bundle and a recording of this pane are drawn with.
     */
    public CompletableFuture<Map<String, String>> figureViewOptions() {
        return canvas.readLater(f -> f instanceof SnapshotFigure s ? s.viewOptions() : Map.of());
    }

    /** Offers {@code export} on the option bar and both actions on the pane's context menu. */
    public void offerExport(Runnable export, Runnable copy) {
        // One glyph, not a word: at 1280×720 a word pushed the options onto one more row and took it from the figure.
        Button button = options().action("⇩", "Export this pane as PNG, SVG or PDF at a size for print (Ctrl+E "
                + "exports the pane clicked last; right-click for more).", export);
        button.setId(getId() + "Export");
        button.getStyleClass().add("export-button");
        MenuItem exportItem = new MenuItem("Export…");
        exportItem.setOnAction(e -> export.run());
        MenuItem copyItem = new MenuItem("Copy image");
        copyItem.setOnAction(e -> copy.run());
        ContextMenu menu = new ContextMenu(exportItem, copyItem);
        canvas.setOnContextMenuRequested(e -> menu.show(canvas, e.getScreenX(), e.getScreenY()));
    }

    /** The options row (presentation mode makes it compact). */
    OptionBar optionBar() {
        return options;
    }

    /** Puts the "?" that explains this pane at the end of its options; the pane's id names its help section. */
    void addHelp() {
        options().getChildren().add(new PaneHelp(getId()));
    }

    /** Gives the snapshot to the figure (on the painter thread). */
    protected abstract void pass(F figure, FlowSnapshot snapshot);

    /** A new run starts: options that depend on the model (its coordinates, say) follow it. */
    public void runStarted(FlowSession.Started run) {
    }

    /**
     * Reads the figure on the painter thread, after every change asked for so far, and hands the answer to
     * {@code answer} on the FX thread; never waits (a hover read-out).
     */
    final <T> void ask(Function<? super F, T> read, Consumer<T> answer) {
        try {
            painter.call(() -> read.apply(figure)).thenAccept(t -> Platform.runLater(() -> answer.accept(t)));
        } catch (RejectedExecutionException e) {
            // The window is closing: nobody is left to answer.
        }
    }

    /** Changes the figure (an option, say); it is repainted. */
    protected final void change(Consumer<? super F> change) {
        canvas.update(change);
    }
}
