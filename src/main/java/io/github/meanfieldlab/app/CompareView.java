package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.DepthFlowFigure;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.FitFigure;
import io.github.meanfieldlab.render.ParticleFigure;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Compare mode: a pinned run A beside the window's run B, on the same data and seed, in a window of its own.
 * The loss pane overlays the two; density, particles, fit and depth flow show A and B side by side, each under
 * the label of what differs ("A: relu" / "B: regularized-relu"). Restarting either leaves the other; closing A
 * (or this window) stops A and leaves B.
 */
public final class CompareView {
    /** Redraws at most this often: each one makes every pane afresh for both runs. */
    private static final long REFRESH_NANOS = 250_000_000L;

    private final LabModel model;
    private final ComparedRun pinned;
    private final FigurePainter painter = new FigurePainter(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meanfield-compare-painter");
        t.setDaemon(true);
        return t;
    }));
    private final List<FigureCanvas<FigureSlot>> canvases = new ArrayList<>();
    private final List<Function<Sides, Figure>> panes = new ArrayList<>();
    private final Label title = new Label();
    private final PaintLoop loop;
    private final Stage stage = new Stage();
    private FlowSnapshot shownA;
    private FlowSnapshot shownB;
    private long shownAt;
    private boolean closed;

    /** Pins the window's running configuration as A and opens the comparison; B is whatever the window runs next. */
    public static CompareView open(LabModel model, Window owner) {
        ComparedRun a = model.pin();
        if (a == null) {
            return null;
        }
        CompareView view = new CompareView(model, a);
        if (owner != null) {
            // Closed with the main window, so that no window of the app outlives it.
            view.stage.initOwner(owner);
        }
        view.stage.show();
        view.loop.start();
        return view;
    }

    private CompareView(LabModel model, ComparedRun pinned) {
        this.model = model;
        this.pinned = pinned;
        GridPane grid = new GridPane();
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 3; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / 3);
            grid.getRowConstraints().add(rc);
        }
        grid.setMinSize(0, 0);
        add(grid, s -> Comparison.loss(s.a(), s.b()), 0, 0);
        add(grid, sideBySide(e -> new DensityFigure()), 1, 0);
        add(grid, sideBySide(e -> {
            ParticleFigure f = new ParticleFigure();
            f.setTeacher(e.teacher().orElse(null));
            return f;
        }), 0, 1);
        add(grid, sideBySide(e -> new FitFigure()), 1, 1);
        add(grid, sideBySide(e -> new DepthFlowFigure()), 0, 2);
        canvases.forEach(c -> c.setZoom(0.8));

        Button restartA = new Button("Restart A");
        restartA.setOnAction(e -> pinned.restart());
        Button restartB = new Button("Restart B");
        restartB.setOnAction(e -> model.restart());
        Button closeA = new Button("Close A");
        closeA.setOnAction(e -> stage.close());
        HBox bar = new HBox(8, restartA, restartB, closeA, title);
        bar.getStyleClass().add("time-controls");
        BorderPane root = new BorderPane(grid);
        root.setTop(bar);
        loop = new PaintLoop(painter, canvases, this::refresh);
        stage.setTitle("MeanField Lab — compare A (pinned) with B (the main window's run)");
        stage.setScene(new Scene(root, 1280, 720));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setOnHidden(e -> close());
    }

    private void add(GridPane grid, Function<Sides, Figure> pane, int column,
                     int row) {
        FigureCanvas<FigureSlot> canvas = new FigureCanvas<>(new FigureSlot(), painter);
        canvases.add(canvas);
        panes.add(pane);
        grid.add(canvas, column, row);
    }

    /** A pane of A's and B's experiments side by side (a particle pane draws the teacher of its own run). */
    private static Function<Sides, Figure> sideBySide(Function<Experiment, SnapshotFigure> pane) {
        return s -> Comparison.sideBySide(pane.apply(s.experimentA()), s.a(), pane.apply(s.experimentB()), s.b());
    }

    /** What every pane is made from: both runs' newest snapshots, labels and experiments. */
    private record Sides(Comparison.Run a, Experiment experimentA, Comparison.Run b, Experiment experimentB) {
    }

    /** Each frame: if either run has a newer snapshot and the last redraw is old enough, every pane anew. */
    private void refresh() {
        FlowSnapshot a = pinned.latest();
        FlowSnapshot b = model.session().latest();
        long now = System.nanoTime();
        FlowSession.Started runA = pinned.started();
        FlowSession.Started runB = model.runProperty().get();
        if ((a == shownA && b == shownB) || now - shownAt < REFRESH_NANOS || runA == null || runB == null) {
            return;
        }
        shownA = a;
        shownB = b;
        shownAt = now;
        String[] labels = Comparison.labels(runA.config(), runB.config());
        title.setText(labels[0] + "   against   " + labels[1]);
        // A snapshot of a run that is no longer current (a restart on its way) is dropped: its side waits.
        Sides sides = new Sides(new Comparison.Run(labels[0], a != null && a.runId() == runA.runId() ? a : null),
                runA.experiment(), new Comparison.Run(labels[1], b != null && b.runId() == runB.runId() ? b : null),
                runB.experiment());
        for (int i = 0; i < canvases.size(); i++) {
            Function<Sides, Figure> pane = panes.get(i);
            canvases.get(i).update(slot -> slot.set(pane.apply(sides)));
        }
    }

    /** The pinned run A. */
    public ComparedRun pinned() {
        return pinned;
    }

    /** Closes the window and stops A; the main window's run goes on. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.stop();
        painter.close();
        model.unpin(pinned);
        if (stage.isShowing()) {
            stage.hide();
        }
    }
}
