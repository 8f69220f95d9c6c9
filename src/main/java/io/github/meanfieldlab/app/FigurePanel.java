package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
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
    /** The pseudo-time s of the snapshot handed to the figure last; NaN before the first. FX thread. */

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
        canvas.show(snapshot, figure -> pass(figure, snapshot));
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
