package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.session.Session;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Compare mode in the main window: the window's run is pinned as A, exactly where it is shown, and goes on in a
 * solver of its own; the settings then run B on the same data and seed. Every pane shows A and B side by side
 * with shared scales (the loss pane both on one chart), each labelled by the settings in which the two differ.
 * The time controls move both; a restart or new settings restart B only; "Unpin A" (Esc) ends it and the panes
 * show B alone. This hands A's snapshots and the labels to the panes and shows the bar that says what is
 * compared; the model keeps the runs.
 */
public final class CompareMode {
    private final LabModel model;
    private final List<FigurePanel<?>> panels;
    private final Supplier<Optional<Session>> shown;
    private final Consumer<String> messages;
    private final Label what = new Label();
    private final HBox bar;
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            takePinned();
        }
    };
    private final ChangeListener<FlowSession.Started> relabel = (obs, was, now) -> label();
    /** The labels the panes were given last: "A: relu" and "B: regularized-relu". */
    private String[] labels;

    /**
     * @param shown the window's run as a session, as far as the panes have shown it: what pinning keeps
     * @param messages where "nothing to pin yet" goes (the status bar)
     */
    public CompareMode(LabModel model, List<FigurePanel<?>> panels, Supplier<Optional<Session>> shown,
                       Consumer<String> messages) {
        this.model = model;
        this.panels = List.copyOf(panels);
        this.shown = shown;
        this.messages = messages;
        what.setId("compareLabels");
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        what.setTooltip(Tooltips.of("Play, Pause and Step move both runs; new settings, Restart and R restart B "
                + "only. Each pane shows A on the left and B on the right with shared scales."));
        Button unpin = new Button("Unpin A (Esc)");
        unpin.setMinWidth(Region.USE_PREF_SIZE);
        unpin.setId("unpinA");
        unpin.setTooltip(Tooltips.of("End compare mode: A stops, and the panes show the settings' run B alone."));
        unpin.setOnAction(e -> model.unpin());
        bar = new HBox(8, what, unpin);
        bar.setId("compareBar");
        bar.getStyleClass().add("compare-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        showBar(false);
        model.pinnedProperty().addListener((obs, was, now) -> pinnedChanged(was, now));
        model.runProperty().addListener(relabel);
    }

    /** The bar over the panes that says what is compared, with "Unpin A"; shown in compare mode only. */
    public HBox bar() {
        return bar;
    }

    /** Starts taking A's snapshots once per frame (the window opens). */
    public void start() {
        pump.start();
    }

    /** Stops taking A's snapshots (the window closes; the model stops A). */
    public void stop() {
        pump.stop();
    }

    /**
     * Pins the window's run as A where the panes show it and enters compare mode; says why not if the run has
     * not shown a state yet. Does nothing in compare mode.
     */
    public void pin() {
        if (model.pinnedProperty().get() != null) {
            return;
        }
        Optional<Session> now = shown.get();
        if (now.isEmpty()) {
            messages.accept("Nothing to pin yet: the run has not shown its first state.");
            return;
        }
        model.pin(now.get());
    }

    private void pinnedChanged(ComparedRun was, ComparedRun now) {
        if (was != null) {
            was.startedProperty().removeListener(relabel);
        }
        if (now == null) {
            labels = null;
            panels.forEach(FigurePanel::endComparison);
            showBar(false);
            return;
        }
        now.startedProperty().addListener(relabel);
        showBar(true);
        label();
    }

    /** The labels from A's and B's configurations, to the bar and the panes (again when B restarts). */
    private void label() {
        ComparedRun a = model.pinnedProperty().get();
        FlowSession.Started runA = a == null ? null : a.started();
        FlowSession.Started runB = model.runProperty().get();
        if (runB == null || a == null) {
            return;
        }
        labels = Comparison.labels(a.config(), runB.config());
        what.setText("Comparing " + labels[0] + " (pinned at s = " + NumberText.compact(a.pinnedAt().history()
                .time(a.pinnedAt().history().size() - 1)) + ")  with  " + labels[1] + "  ·  Play and Step move both; "
                + "settings restart B");
        if (runA != null) {
            panels.forEach(p -> p.compare(runA, labels[0], labels[1]));
        }
    }

    /** Once per frame: A's newest snapshot, if one came, to every pane. */
    private void takePinned() {
        ComparedRun a = model.pinnedProperty().get();
        if (a == null || labels == null) {
            return;
        }
        FlowSnapshot s = a.takeNew();
        if (s != null) {
            panels.forEach(p -> p.showPinned(s));
        }
    }

    private void showBar(boolean show) {
        bar.setVisible(show);
        bar.setManaged(show);
    }
}
