package io.github.meanfieldlab.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Play/pause, single step, restart, speed and reset all: the familiar group that drives pseudo-time s, bound to
 * the model's stepping flag and speed.
 */
public final class TimeControls extends HBox {
    /** Slider positions are log₁₀ of steps per second; past {@link #UNLIMITED_FROM} the solver runs free. */
    private static final double UNLIMITED_FROM = 3.25;

    private final Slider speed = new Slider(0, 3.5, 3.5);

    public TimeControls(LabModel model) {
        getStyleClass().add("time-controls");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(5, 10, 5, 10));
        Button play = button("Pause", "playPause", "Play or pause the gradient flow ∂_s ρ = ∇_θ·(ρ ∇_θ δE/δρ) (Space).",
                model::togglePlay);
        play.textProperty().bind(Bindings.when(model.steppingProperty()).then("Pause").otherwise("Play"));
        Button step = button("Step", "stepButton",
                "One explicit Euler step θ ← θ + Δs·v of every particle, pausing first (Right arrow).", model::stepOnce);
        Button restart = button("Restart", "restart",
                "Start the flow again from ρ_ini at s = 0 with the same settings (R).", model::restart);
        Button resetAll = button("Reset all", "resetAll",
                "Every setting back to the built-in default experiment, and a fresh run.", model::resetAll);

        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.setMinWidth(80);
        speed.setTooltip(Tooltips.of("Solver steps per second, on a log scale; at the right end, as fast as the machine goes."));
        Binding.bindPart(model.stepsPerSecondProperty(), speed.valueProperty(),
                sps -> stepsPerSecond(speed.getValue()) == sps.doubleValue() ? speed.getValue() : position(sps.doubleValue()),
                (sps, position) -> stepsPerSecond(position.doubleValue()));
        Label speedLabel = new Label();
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setTooltip(speed.getTooltip());
        speedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            double v = model.stepsPerSecondProperty().get();
            return v == 0 ? "speed: max" : "speed: " + NumberText.compact(v) + " steps/s";
        }, model.stepsPerSecondProperty()));

        Label title = new Label("MeanField Lab");
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(play, step, restart, new Separator(Orientation.VERTICAL), speedLabel, speed,
                new MaxSpeedButton(model), gap, resetAll, title);
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(Tooltips.of(tooltip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        // Reached with Tab like every control; Space and the arrows still belong to the flow (MainWindow's
        // shortcuts come first), and Enter presses the focused button (ClassroomKeys).
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The speed at a slider position, 0 for unlimited. */
    private static double stepsPerSecond(double position) {
        return position >= UNLIMITED_FROM ? 0 : Math.round(Math.pow(10, position));
    }

    private double position(double stepsPerSecond) {
        return stepsPerSecond <= 0 ? speed.getMax() : Math.min(Math.log10(stepsPerSecond), UNLIMITED_FROM - 0.01);
    }

    /** The speed slider (tests move it). */
    public Slider speedSlider() {
        return speed;
    }
}
