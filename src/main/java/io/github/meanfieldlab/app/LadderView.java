package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.export.LadderFiles;
import io.github.meanfieldlab.render.Figure;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A ladder's window: a progress bar with the run under way and Cancel while it computes in the background, then
 * the figures of the {@code ladder} command, drawn by the same code: E(s) per rung, the gap against the value on
 * log-log axes with its fitted slope and interval beside the theory's (and the gaps at s = 0), and the distance
 * between coupled particles. Export… writes the files of {@code ladder --out}.
 */
public final class LadderView {
    private final LadderJob job;
    private final Stage stage = new Stage();
    private final FigurePainter painter = new FigurePainter(AppExecutors.daemon("meanfield-ladder-painter"));
    private final List<FigureCanvas<FigureSlot>> canvases = List.of(new FigureCanvas<>(new FigureSlot(), painter),
            new FigureCanvas<>(new FigureSlot(), painter), new FigureCanvas<>(new FigureSlot(), painter));
    private final PaintLoop loop = new PaintLoop(painter, canvases);
    private final Button cancel = new Button("Cancel");
    private final Button export = new Button("Export…");
    /** What the window says about its export: where the files went, or why none were written. */
    private final Label said = new Label();

    /** Starts {@code ladder} in the background and shows its window; its Export… writes through {@code exports}. */
    public static LadderView open(Ladder ladder, String title, Window owner, LadderExport exports) {
        LadderView view = new LadderView(new LadderJob(ladder, SolverBudget.ofThisMachine().threads(), Platform::runLater),
                title, exports);
        if (owner != null) {
            // Closed with the main window, so that no window of the app outlives it.
            view.stage.initOwner(owner);
        }
        view.stage.show();
        view.loop.start();
        return view;
    }

    private LadderView(LadderJob job, String title, LadderExport exports) {
        this.job = job;
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(job.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label running = new Label();
        running.textProperty().bind(job.runningProperty());
        running.setMinWidth(260);
        cancel.setOnAction(e -> job.cancel());
        export.setId("ladderExport");
        export.setDisable(true);
        export.setTooltip(Tooltips.of("Export ladder.csv, fit.csv and the three figures as PNG, SVG or PDF at a size "
                + "for print: the files of the ladder command."));
        export.setOnAction(e -> exports.export(stage, job.resultProperty().get(), said::setText));
        said.setId("ladderSaid");
        HBox top = new HBox(8, bar, running, cancel, export, said);
        top.getStyleClass().add("time-controls");

        GridPane grid = new GridPane();
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            grid.getRowConstraints().add(rc);
        }
        grid.setMinSize(0, 0);
        grid.add(canvases.get(1), 0, 0, 1, 2);
        grid.add(canvases.get(0), 1, 0);
        grid.add(canvases.get(2), 1, 1);
        BorderPane root = new BorderPane(grid);
        root.setTop(top);
        job.stateProperty().addListener((obs, was, now) -> {
            cancel.setDisable(now != LadderJob.State.RUNNING);
            export.setDisable(now != LadderJob.State.DONE);
            if (now == LadderJob.State.DONE) {
                show(job.resultProperty().get());
            }
        });
        stage.setTitle(title);
        stage.setScene(new Scene(root, 1280, 720));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        // Closing the window stops the ladder: nothing keeps computing what no one will see.
        stage.setOnHidden(e -> close());
    }

    /** The figures that Export… writes, in its order: E(s) per rung, the gap, the coupled distance. */
    private void show(LadderResult result) {
        List<Figure> figures = List.copyOf(LadderFiles.figures(result).values());
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            canvases.get(i).update(slot -> slot.set(f));
        }
    }

    public LadderJob job() {
        return job;
    }

    /** The window (tests). */
    Stage stage() {
        return stage;
    }

    /** Cancels the ladder if it still runs and closes the window. */
    public void close() {
        job.cancel();
        loop.stop();
        painter.close();
        if (stage.isShowing()) {
            stage.hide();
        }
    }
}
