package io.github.meanfieldlab.app;

import java.util.function.IntConsumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * A labelled slider over whole numbers on a log₂ scale ("M = 128"). Its value is committed when a drag ends, or,
 * for clicks and keys, once the value has been still for a moment, so that a user sweeping across it asks for
 * one restart, not dozens.
 */
public final class LogSlider extends VBox {
    /** Quiet time before a click or key change is committed: short enough that a restart still shows at once. */
    static final Duration SETTLE = Duration.millis(80);

    private final String symbol;
    private final Slider slider;
    private final Label label = new Label();
    private final ReadOnlyIntegerWrapper value = new ReadOnlyIntegerWrapper();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private int committed;
    private boolean showing;
    private IntConsumer onCommit = v -> { };

    /**
     * @param symbol what the label calls the value ("L")
     * @param max the largest value; the smallest is 1
     */
    public LogSlider(String symbol, int max, int initial, String tooltip) {
        this.symbol = symbol;
        double top = log2(max);
        slider = new Slider(0, top, log2(initial));
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(top > 9 ? 2 : 1);
        slider.setMinorTickCount(top > 9 ? 1 : 0);
        slider.setBlockIncrement(0.25);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return Integer.toString(toInt(position));
            }

            @Override
            public Double fromString(String s) {
                return log2(Integer.parseInt(s));
            }
        });
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        slider.setTooltip(tip);
        label.setTooltip(tip);
        label.getStyleClass().add("control-label");
        value.set(initial);
        committed = initial;
        updateLabel();
        slider.valueProperty().addListener((obs, old, now) -> {
            value.set(toInt(now.doubleValue()));
            updateLabel();
            if (!slider.isValueChanging() && !showing) {
                settle.playFromStart();
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                commit();
            }
        });
        settle.setOnFinished(e -> commit());
        getChildren().addAll(label, slider);
        setSpacing(2);
        setPadding(new Insets(2, 0, 4, 0));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static int toInt(double position) {
        return (int) Math.round(Math.pow(2, position));
    }

    private void updateLabel() {
        label.setText(symbol + " = " + value.get());
    }

    private void commit() {
        settle.stop();
        int v = value.get();
        if (v != committed) {
            committed = v;
            onCommit.accept(v);
        }
    }

    /** Called with the new value each time one is committed. */
    public void setOnCommit(IntConsumer onCommit) {
        this.onCommit = onCommit;
    }

    /** Shows {@code v} without committing it (the running configuration, say), unless the user is moving the thumb. */
    public void show(int v) {
        committed = v;
        if (slider.isValueChanging() || settle.getStatus() == Animation.Status.RUNNING) {
            // The user is moving the thumb: their value wins, and is committed when they let go.
            return;
        }
        value.set(v);
        // A thumb that already stands on v stays put: moving it onto log2(v) would make key steps drift off
        // their quarter-octave grid (8, 10, 11, 13, 16).
        if (toInt(slider.getValue()) != v) {
            showing = true;
            slider.setValue(log2(v));
            showing = false;
        }
        updateLabel();
    }

    /** The value under the thumb, committed or not. */
    public ReadOnlyIntegerProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The underlying slider, for keyboard focus and tests. */
    public Slider slider() {
        return slider;
    }
}
