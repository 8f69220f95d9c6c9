package io.github.meanfieldlab.app;

import java.util.function.DoubleConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Play/pause, single step, restart, speed and reset all: the familiar group that drives pseudo-time s. */
public final class TimeControls extends HBox {
    /** Slider positions are log₁₀ of steps per second; past {@link #UNLIMITED_FROM} the solver runs free. */
    private static final double UNLIMITED_FROM = 3.25;

    private final Button play = button("Pause", "playPause",
            "Play or pause the gradient flow ∂_s ρ = ∇_θ·(ρ ∇_θ δE/δρ) (Space).");
    private final Button step = button("Step", "stepButton",
            "One explicit Euler step θ ← θ + Δs·v of every particle, pausing first (Right arrow).");
    private final Button restart = button("Restart", "restart",
            "Start the flow again from ρ_ini at s = 0 with the same settings (R).");
    private final Button resetAll = button("Reset all", "resetAll",
            "Every setting back to the built-in default experiment, and a fresh run.");
    private final Slider speed = new Slider(0, 3.5, 3.5);
    private final Label speedLabel = new Label();
    private DoubleConsumer onSpeed = v -> { };

    public TimeControls() {
        getStyleClass().add("time-controls");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        speed.setId("speed");
        speed.setPrefWidth(180);
        speed.setTooltip(new Tooltip("Solver steps per second, on a log scale; at the right end, as fast as the machine goes."));
        speedLabel.setMinWidth(130);
        speedLabel.setTooltip(speed.getTooltip());
        speed.valueProperty().addListener((obs, old, now) -> {
            updateSpeedLabel();
            onSpeed.accept(stepsPerSecond());
        });
        updateSpeedLabel();
        Label title = new Label("MeanField Lab");
        title.getStyleClass().add("app-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(play, step, restart, new Separator(javafx.geometry.Orientation.VERTICAL), speedLabel, speed,
                gap, resetAll, title);
    }

    private static Button button(String text, String id, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        Tooltip t = new Tooltip(tooltip);
        t.setWrapText(true);
        t.setMaxWidth(420);
        b.setTooltip(t);
        // Space and the arrows belong to the flow, not to whichever button has focus.
        b.setFocusTraversable(false);
        return b;
    }

    private void updateSpeedLabel() {
        double v = stepsPerSecond();
        speedLabel.setText(v == 0 ? "speed: max" : "speed: " + NumberText.compact(v) + " steps/s");
    }

    /** The speed the slider asks for, 0 for unlimited. */
    public double stepsPerSecond() {
        double p = speed.getValue();
        return p >= UNLIMITED_FROM ? 0 : Math.round(Math.pow(10, p));
    }

    /** Puts the slider at {@code stepsPerSecond} (0 for unlimited) and reports it to the speed handler. */
    public void setStepsPerSecond(double stepsPerSecond) {
        speed.setValue(stepsPerSecond <= 0 ? speed.getMax() : Math.min(Math.log10(stepsPerSecond), UNLIMITED_FROM - 0.01));
    }

    /** Shows Pause while the flow steps and Play otherwise. */
    public void showStepping(boolean stepping) {
        play.setText(stepping ? "Pause" : "Play");
    }

    public void setOnPlayPause(Runnable r) {
        play.setOnAction(e -> r.run());
    }

    public void setOnStep(Runnable r) {
        step.setOnAction(e -> r.run());
    }

    public void setOnRestart(Runnable r) {
        restart.setOnAction(e -> r.run());
    }

    public void setOnResetAll(Runnable r) {
        resetAll.setOnAction(e -> r.run());
    }

    public void setOnSpeed(DoubleConsumer c) {
        onSpeed = c;
    }
}
