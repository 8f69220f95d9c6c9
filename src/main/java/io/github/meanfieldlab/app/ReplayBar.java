package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The replay scrubber over pseudo-time s: drag it back and every pane shows the run as it was then. Scrubbing
 * pauses the flow; the solver keeps its newest state, and Play (or a step) continues from there, the panes
 * jumping back to it. The snapshots it can go back to are a {@link SnapshotHistory}, within its memory budget.
 * FX thread only.
 */
public final class ReplayBar extends HBox {
    private final LabModel model;
    private final Consumer<FlowSnapshot> display;
    private final SnapshotHistory history = new SnapshotHistory();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label where = new Label();
    /** The snapshot the panes were handed last. */
    private FlowSnapshot shown;

    /** @param display hands a snapshot to every pane and the status bar */
    public ReplayBar(LabModel model, Consumer<FlowSnapshot> display) {
        this.model = model;
        this.display = display;
        getStyleClass().add("replay-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 10, 2, 10));
        slider.setId("replay");
        slider.setTooltip(Tooltips.of("Replay: drag back over pseudo-time s and every pane shows the run as it was. "
                + "Scrubbing pauses; Play continues from the newest state."));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        // A value that is not the time shown came from the user (drag, click, keys): show the snapshot nearest it.
        slider.valueProperty().addListener((obs, was, now) -> {
            if (shown != null && now.doubleValue() != shown.time()) {
                scrubTo(now.doubleValue());
            }
        });
        Label title = new Label("replay s");
        title.setLabelFor(slider);
        title.setMinWidth(Region.USE_PREF_SIZE);
        where.setId("replayTime");
        where.setMinWidth(Region.USE_PREF_SIZE);
        model.replayingProperty().addListener((obs, was, replaying) -> {
            if (!replaying && history.newest() != null) {
                show(history.newest());
            }
        });
        getChildren().addAll(title, slider, where);
    }

    /** A new snapshot of the run on screen: kept for replay, and shown unless the user is looking back. */
    public void arrived(FlowSnapshot s) {
        if (shown != null && shown.runId() != s.runId()) {
            shown = null;   // so that the slider's range shrinking to the new run is not taken for a scrub
        }
        history.record(s);
        slider.setMax(Math.max(s.time(), Double.MIN_VALUE));
        if (model.replayingProperty().get()) {
            describe();
        } else {
            show(s);
        }
    }

    /** Shows the kept snapshot nearest {@code s} in every pane, pausing the flow first. */
    public void scrubTo(double s) {
        if (history.newest() == null) {
            return;
        }
        if (!model.replayingProperty().get()) {
            model.pause();
            model.replayingProperty().set(true);
        }
        FlowSnapshot at = history.at(s);
        if (at != shown) {
            show(at);
        } else {
            slider.setValue(at.time());
        }
    }

    private void show(FlowSnapshot s) {
        shown = s;
        slider.setValue(s.time());
        display.accept(s);
        describe();
    }

    private void describe() {
        FlowSnapshot newest = history.newest();
        where.setText(model.replayingProperty().get() && newest != null
                ? "s = " + NumberText.compact(round(shown.time())) + " of " + NumberText.compact(round(newest.time()))
                        + " (Play continues from the newest)"
                : "live");
    }

    private static double round(double s) {
        return Math.round(s * 100) / 100.0;
    }

    /** The snapshot the panes were handed last; null before the first. */
    public FlowSnapshot shown() {
        return shown;
    }

    /** The snapshots kept for replay. */
    SnapshotHistory history() {
        return history;
    }

    public Slider slider() {
        return slider;
    }
}
