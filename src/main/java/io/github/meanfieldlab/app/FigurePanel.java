package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.Look;
import io.github.meanfieldlab.render.ScaledFigure;
import io.github.meanfieldlab.render.Scales;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;

/**
 * One pane of the window: a figure on its canvas, with the row of view options that belong to it. The figure
 * lives on the painter thread, so a subclass changes it only through {@link #change} and keeps what its
 * controls need to know in the controls themselves.
 *
 * <p>In compare mode the pane draws the pinned run A beside the window's run B: by default A in a twin of the
 * figure that takes every view option the pane's figure takes, the two side by side with shared scales
 * ({@link Comparison.Pair}); a pane may draw the comparison otherwise ({@link #comparison}).
 */
public abstract class FigurePanel<F extends SnapshotFigure> extends BorderPane {
    private final FigureCanvas<F> canvas;
    private final F figure;
    /** A's figure in compare mode, with this pane's view options; null for a pane that compares otherwise. */
    private final F twin;
    private final Comparison.Pair pair;
    private final FigurePainter painter;
    private final OptionBar options = new OptionBar();
    /** The snapshot last handed to the figure; null before the first. FX thread. */
    private FlowSnapshot shown;
    /** A's snapshot last handed to the twin in compare mode; null otherwise. FX thread. */
    private FlowSnapshot shownA;
    /** The snapshot the figure has now; painter thread. */
    private FlowSnapshot passed;
    /** Compare mode, painter thread: the labels and A's snapshot; null while the pane shows the one run. */
    private Compared compared;

    /** What compare mode draws beside the window's run: A's newest snapshot (null before the first) and the labels. */
    protected record Compared(String labelA, String labelB, FlowSnapshot a) {
    }

    /** A pane that draws {@code twin}, given the same view options, beside {@code figure} in compare mode. */
    protected FigurePanel(F figure, F twin, FigurePainter painter) {
        canvas = new FigureCanvas<>(figure, this::drawPane, painter);
        this.figure = figure;
        this.twin = twin;
        this.pair = twin == null ? null : new Comparison.Pair(twin, figure);
        this.painter = painter;
        getStyleClass().add("figure-panel");
        setCenter(canvas);
    }

    /** The pane as it is painted, on the painter thread: the figure, or in compare mode the comparison. */
    private void drawPane(Graphics2D g, Rectangle2D area, Look look) {
        drawing().draw(g, area, look);
    }

    private Figure drawing() {
        return compared == null ? figure : comparison(figure, passed, compared);
    }

    /**
     * What compare mode draws, on the painter thread: by default A's twin and B's figure side by side under the
     * labels, with shared scales. {@code figure} holds B's snapshot {@code b}, {@code compared} A's.
     */
    protected Figure comparison(F figure, FlowSnapshot b, Compared compared) {
        pair.setRuns(new Comparison.Run(compared.labelA(), compared.a()), new Comparison.Run(compared.labelB(), b));
        return pair;
    }

    /**
     * Enters compare mode, or changes its labels: the pane draws A beside the window's run from now on. The twin
     * takes A's run-specific settings ({@link #pinned}); its snapshots come through {@link #showPinned}.
     */
    public void compare(FlowSession.Started a, String labelA, String labelB) {
        canvas.update(f -> {
            FlowSnapshot snapshotA = compared == null ? null : compared.a();
            if (compared == null && twin != null) {
                pinned(twin, a);
            }
            compared = new Compared(labelA, labelB, snapshotA);
        });
    }

    /** Hands A's twin a snapshot of the pinned run (compare mode only); the pane is repainted. */
    public void showPinned(FlowSnapshot a) {
        shownA = a;
        canvas.update(f -> {
            if (compared != null) {
                compared = new Compared(compared.labelA(), compared.labelB(), a);
                if (twin != null) {
                    pass(twin, a);
                }
            }
        });
    }

    /** Leaves compare mode: the pane shows the window's run alone again. */
    public void endComparison() {
        shownA = null;
        canvas.update(f -> {
            compared = null;
            // The figure drew with scales shared with A's; alone it takes its own again.
            if (f instanceof ScaledFigure scaled) {
                scaled.setScales(null);
            }
        });
    }

    /** A's snapshot the pane shows in compare mode; null otherwise or before A's first. */
    public FlowSnapshot shownPinned() {
        return shownA;
    }

    /** A's run-specific settings on its twin (the teacher of A's data, say), when compare mode begins. */
    protected void pinned(F twin, FlowSession.Started a) {
    }

    /**
     * The scales of A's and B's halves as last drawn in compare mode ({@code [A, B]}); null outside it or for a
     * pane without halves. Read on the painter thread after every change asked for so far (tests).
     */
    Scales[] comparedScales() {
        return canvas.inspect(f -> compared == null || pair == null ? null : pair.drawnScales());
    }

    /**
     * What {@code read} finds at {@code at} in the pane as last painted, on the painter thread: in the figure alone;
     * in compare mode in B's half or A's, said first with the run's label ("A: relu"), or in the chart that draws
     * the comparison ({@link #comparedFigure}), whose own labels name the runs.
     */
    private Optional<String> readOut(BiFunction<? super F, Point2D, Optional<String>> read, Point2D at) {
        if (compared == null) {
            return read.apply(figure, at);
        }
        if (twin == null) {
            F drawn = comparedFigure();
            return drawn == null ? Optional.empty() : read.apply(drawn, at);
        }
        // Each half answers only where it was drawn: at most one of them does.
        Optional<String> b = read.apply(figure, at).map(text -> compared.labelB() + "\n" + text);
        return b.isPresent() ? b : read.apply(twin, at).map(text -> compared.labelA() + "\n" + text);
    }

    /** A's figure in compare mode (null for a pane that compares otherwise); read it on the painter thread (tests). */
    F twin() {
        return twin;
    }

    /**
     * For a pane that draws compare mode otherwise than in halves: the figure of the pane's kind that drew it, for
     * hover read-outs; null if none. Painter thread.
     */
    protected F comparedFigure() {
        return null;
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
            Compared liveCompared = compared;
            if (live == null) {
                return draw.apply(drawing());
            }
            passed = forPrint.apply(live);
            pass(figure, passed);
            // In compare mode A is prepared for print too: the file shows both runs as `figure --versus` would.
            if (liveCompared != null && liveCompared.a() != null) {
                compared = new Compared(liveCompared.labelA(), liveCompared.labelB(), forPrint.apply(liveCompared.a()));
                if (twin != null) {
                    pass(twin, compared.a());
                }
            }
            try {
                return draw.apply(drawing());
            } finally {
                passed = live;
                pass(figure, live);
                if (liveCompared != null && liveCompared.a() != null) {
                    compared = liveCompared;
                    if (twin != null) {
                        pass(twin, liveCompared.a());
                    }
                }
            }
        });
    }

    /**
     * The figure's view options as it draws now ({@link SnapshotFigure#viewOptions}), read on the painter thread
     * after every change asked for so far: what a bundle and a recording of this pane are drawn with.
     */
    public CompletableFuture<Map<String, String>> figureViewOptions() {
        return canvas.readLater(SnapshotFigure::viewOptions);
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

    /** Gives the snapshot to the figure (on the painter thread); a pane that reads the figure back adds to it. */
    protected void pass(F figure, FlowSnapshot snapshot) {
        figure.show(snapshot);
    }

    /** A new run starts: options that depend on the model (its coordinates, say) follow it. */
    public void runStarted(FlowSession.Started run) {
    }

    /**
     * Reads what lies at {@code at} in the pane as painted ({@link #readOut}), on the painter thread after every
     * change asked for so far, and hands the answer to {@code answer} on the FX thread; never waits (a hover
     * read-out).
     */
    final void ask(BiFunction<? super F, Point2D, Optional<String>> read, Point2D at, Consumer<Optional<String>> answer) {
        try {
            painter.call(() -> readOut(read, at)).thenAccept(t -> Platform.runLater(() -> answer.accept(t)));
        } catch (RejectedExecutionException e) {
            // The window is closing: nobody is left to answer.
        }
    }

    /** Changes a view option of the figure, and of A's twin alike; the pane is repainted. */
    protected final void change(Consumer<? super F> change) {
        canvas.update(f -> {
            change.accept(f);
            if (twin != null) {
                change.accept(twin);
            }
        });
    }

    /** Changes what belongs to the window's run on its figure only (its teacher, its chart's runs); repainted. */
    protected final void changeRun(Consumer<? super F> change) {
        canvas.update(change);
    }
}
