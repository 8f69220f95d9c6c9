package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.RunState;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line under the panes: where the flow is (s, step, E), how fast it goes, and the last message. */
public final class StatusBar extends HBox {
    private final Label state = field("state", "What the solver is doing: running, paused, or stopped by its rule.");
    private final Label time = field("time", "Pseudo-time s = n·Δs of the gradient flow.");
    private final Label step = field("stepCount", "Euler steps n taken so far.");
    private final Label loss = field("loss", "Training loss E = 1/(2N) Σ_i (g(z_L(x_i)) − y_i)².");
    private final Label stepsPerSecond = field("stepsPerSecond", "Solver steps per second of wall time.");
    private final Label framesPerSecond = field("framesPerSecond", "Frames per second the window draws.");
    private final Label particles = field("particles", "Particles L·M, one per neuron.");
    private final Label message = new Label();
    private String runMessage = "";

    public StatusBar() {
        getStyleClass().add("status-bar");
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(5, 12, 5, 12));
        message.setId("message");
        message.getStyleClass().add("message");
        message.setMaxWidth(Double.MAX_VALUE);
        // A long message (a memory estimate with its advice) wraps onto more lines instead of being cut off.
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(state, time, step, loss, stepsPerSecond, framesPerSecond, particles, message);
    }

    private static Label field(String id, String tooltip) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-field");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(Tooltips.of(tooltip));
        return l;
    }

    /** Shows where the run of {@code s} is; {@code stepping} is whether its solver steps now. */
    public void show(FlowSnapshot s, boolean stepping) {
        String at = "s = " + NumberText.compact(Math.round(s.time() * 1000) / 1000.0);
        String stateText = stateText(s.state(), stepping);
        // Paused, the state says where: after a restart, "paused at s = 0" is the news.
        state.setText(stateText.equals("paused") ? "paused at " + at : stateText);
        time.setText(at);
        step.setText("step " + s.step());
        loss.setText("E = " + NumberText.compact(s.loss()));
        stepsPerSecond.setText((s.step() == 0 && s.stepsPerSecond() > 0 ? "≈ " : "") + rateText(s.stepsPerSecond()));
        particles.setText(s.spec().depth() * (long) s.spec().width() + " particles");
        // A run's message is shown once when it appears, so it does not cover a later error every frame.
        if (!s.message().isEmpty() && !s.message().equals(runMessage)) {
            showInfo(s.message());
        } else if (s.message().isEmpty() && !runMessage.isEmpty() && message.getText().equals(runMessage)) {
            clearMessage();     // the run went on past its stop: "stopped: …" no longer holds
        }
        runMessage = s.message();
    }

    /**
     * Steps per second; below one, also the time a step takes (a large N). Before the first step it is the
     * estimate the run made from its initial evaluation, marked ≈.
     */
    static String rateText(double rate) {
        String perSecond = (rate < 10 ? NumberText.compact(Math.round(rate * 10) / 10.0) : Long.toString(Math.round(rate)))
                + " steps/s";
        return rate > 0 && rate < 1 ? perSecond + ", " + NumberText.compact(Math.round(10 / rate) / 10.0) + " s per step"
                : perSecond;
    }

    /**
     * A run of {@code next} was started and is being built: the fields of the last one no longer hold. When the
     * last run shown, {@code previous} (null for none), says a step of the new one will take a second or more,
     * the state says about how long: a step's work grows with N·L·M·k.
     */
    public void showStarting(FlowSnapshot previous, ModelSpec next, int samples) {
        state.setText(startingText(previous, next, samples));
    }

    static String startingText(FlowSnapshot previous, ModelSpec next, int samples) {
        if (previous == null || previous.step() == 0 || !(previous.stepsPerSecond() > 0)) {
            return "starting";
        }
        double work = (double) next.totalParameters() * samples;
        double before = (double) previous.spec().totalParameters() * previous.samples();
        double seconds = work / before / previous.stepsPerSecond();
        return seconds >= 1 ? "starting, about " + NumberText.compact(Math.round(seconds * 10) / 10.0) + " s per step"
                : "starting";
    }

    private static String stateText(RunState state, boolean stepping) {
        return switch (state) {
            case STARTING -> "starting";
            case RUNNING, PAUSED -> stepping ? "running" : "paused";
            case FINISHED -> "stopped";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    /** Shows the frame rate the window achieves. */
    public void showFramesPerSecond(double fps) {
        framesPerSecond.setText(Math.round(fps) + " frames/s");
    }

    /** A message that needs the user's attention: a refused setting, unreadable input. */
    public void showError(String text) {
        show(text, "error", "info");
    }

    /** A message that informs: why a run stopped. */
    public void showInfo(String text) {
        show(text, "info", "error");
    }

    /** Shows {@code text} in the style {@code kind} (app.css), the other kind's style removed. */
    private void show(String text, String kind, String otherKind) {
        message.getStyleClass().remove(otherKind);
        if (!message.getStyleClass().contains(kind)) {
            message.getStyleClass().add(kind);
        }
        message.setText(text);
        message.setTooltip(Tooltips.of(text));
    }

    public void clearMessage() {
        message.setText("");
        message.setTooltip(null);
        message.getStyleClass().removeAll("error", "info");
    }

    /** The message shown now, empty for none. */
    public String messageText() {
        return message.getText();
    }
}
