package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import javafx.scene.layout.BorderPane;

/** One pane of the window: a figure on its canvas, with the row of view options that belong to it. */
public abstract class FigurePanel extends BorderPane {
    private final FigureCanvas canvas;
    private final OptionBar options = new OptionBar();

    protected FigurePanel(Figure figure) {
        canvas = new FigureCanvas(figure);
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

    public FigureCanvas canvas() {
        return canvas;
    }

    /** Hands the figure a snapshot of the run shown; it is drawn at the next frame. */
    public final void show(FlowSnapshot snapshot) {
        pass(snapshot);
        canvas.markDirty();
    }

    /** Gives the snapshot to the figure. */
    protected abstract void pass(FlowSnapshot snapshot);

    /** A new run starts: options that depend on the model (its coordinates, say) follow it. */
    public void runStarted(FlowSession.Started run) {
    }

    /** An option changed: redraw at the next frame. */
    protected final void optionChanged() {
        canvas.markDirty();
    }
}
