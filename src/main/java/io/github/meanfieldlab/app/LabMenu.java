package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.LadderAxis;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The "Lab" menu: ladders around the running experiment, and compare mode. */
public final class LabMenu extends Menu {
    private final LabModel model;
    private final Consumer<String> messages;
    private final LadderExport ladderExports;

    /**
     * @param messages where a refusal goes (the status bar)
     * @param ladderExports what the ladders' windows export with
     */
    LabMenu(LabModel model, CompareMode compare, Consumer<String> messages, LadderExport ladderExports) {
        super("Lab");
        this.model = model;
        this.messages = messages;
        this.ladderExports = ladderExports;
        setId("labMenu");
        for (LadderAxis axis : LadderAxis.values()) {
            MenuItem item = new MenuItem(Character.toUpperCase(axis.id().charAt(0)) + axis.id().substring(1) + " ladder…");
            item.setId(axis.id() + "Ladder");
            item.setOnAction(e -> ladder(axis, owner(item)));
            getItems().add(item);
        }
        MenuItem pin = new MenuItem("Pin run as A / compare");
        pin.setId("compare");
        pin.setAccelerator(PIN);
        pin.setOnAction(e -> compare.pin());
        MenuItem unpin = new MenuItem("Unpin A");
        unpin.setId("unpin");
        // Esc leaves compare mode as it leaves presentation mode or a maximised pane (those take it first).
        unpin.setAccelerator(new KeyCodeCombination(KeyCode.ESCAPE));
        unpin.setOnAction(e -> model.unpin());
        pin.disableProperty().bind(model.pinnedProperty().isNotNull());
        unpin.disableProperty().bind(model.pinnedProperty().isNull());
        getItems().addAll(new SeparatorMenuItem(), pin, unpin);
    }

    /** Pins the window's run as A and compares: Ctrl+P (Cmd+P), P for pin. */
    static final KeyCombination PIN = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    /** The main window, which owns the menu's windows, so that they close with it; null if not known. */
    private static Window owner(MenuItem item) {
        return item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
    }

    private void ladder(LadderAxis axis, Window owner) {
        ExperimentConfig running = model.running();
        if (running == null) {
            return;
        }
        Optional<ExperimentConfig> config = axis == LadderAxis.DEPTH ? LadderDialog.depthReady(running)
                : Optional.of(running);
        if (config.isEmpty()) {
            return;
        }
        if (!config.get().equals(running)) {
            model.formProperty().set(config.get());
        }
        Experiment experiment;
        try {
            experiment = Experiment.build(config.get());
        } catch (InputException | IllegalArgumentException e) {
            messages.accept("Ladder not started: " + UiLabels.speak(e.getMessage()));
            return;
        }
        new LadderDialog(axis, experiment).showAndWait().ifPresent(ladder ->
                LadderView.open(ladder, "MeanField Lab — " + axis.id() + " ladder of " + experiment.spec(), owner,
                        ladderExports));
    }
}
