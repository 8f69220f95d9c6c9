package io.github.meanfieldlab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * A whole number on a slider that stops at nice values (1, 2, 3, 4, 6, 8, 12, 16, …: the powers of two and the
 * steps halfway between them on a log scale), with a field beside it for any exact value. {@link #valueProperty()}
 * is the committed value: a drag commits when it ends, a click or key once the thumb has been still for a moment,
 * so that a user sweeping across it asks for one restart, not dozens. A value between the stops (L = 1000) is
 * shown as it is, the thumb between its neighbours; only moving the thumb changes it.
 */
public final class LogSlider extends VBox {
    /** Quiet time before a click or key change is committed: short enough that a restart still shows at once. */
    static final Duration SETTLE = Duration.millis(80);
    /** At most this many tick labels, so that they never run together. */
    private static final int MAX_TICK_LABELS = 6;

    private final int[] stops;
    private final Slider slider;
    private final NumberField<Long> field;
    private final ObjectProperty<Integer> value;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    /**
     * @param symbol what the label and messages call the value ("depth L")
     * @param max the largest stop, a power of two; the smallest is 1
     * @param complaints where a message about unreadable text in the field goes
     */
    public LogSlider(String symbol, int max, int initial, String tooltip, Consumer<String> complaints) {
        stops = stopsUpTo(max);
        value = new SimpleObjectProperty<>(this, "value", initial);
        slider = new Slider(0, stops.length - 1, positionOf(initial));
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        int labelEvery = (int) Math.ceil(Integer.numberOfTrailingZeros(Integer.highestOneBit(max)) / (MAX_TICK_LABELS - 1.0));
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                int v = stops[(int) Math.round(position)];
                boolean labelled = Integer.bitCount(v) == 1 && Integer.numberOfTrailingZeros(v) % labelEvery == 0;
                return labelled ? (v >= 1024 ? v / 1024 + "k" : Integer.toString(v)) : "";
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException("tick labels are not read back");
            }
        });
        slider.setTooltip(Tooltips.of(tooltip));
        HBox.setHgrow(slider, Priority.ALWAYS);

        field = NumberField.whole(symbol, tooltip, complaints);
        field.setPrefColumnCount(5);
        Binding.bindPart(value, field.valueProperty(), Integer::longValue,
                (v, exact) -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, exact)));

        slider.valueProperty().addListener((obs, old, now) -> {
            int at = valueAt(now.doubleValue());
            if (!field.isFocused()) {
                // A preview while the thumb moves; the value itself changes when the move is committed.
                field.setText(Integer.toString(at));
            }
            if (at != value.get() && !slider.isValueChanging()) {
                settle.playFromStart();
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                commit();
            }
        });
        settle.setOnFinished(e -> commit());
        value.addListener((obs, was, now) -> {
            boolean userMoving = slider.isValueChanging() || settle.getStatus() == Animation.Status.RUNNING;
            if (now != null && !userMoving) {
                slider.setValue(positionOf(now));
            }
        });

        Label label = new Label(symbol);
        label.setTooltip(slider.getTooltip());
        label.getStyleClass().add("control-label");
        label.setLabelFor(field);
        HBox row = new HBox(8, slider, field);
        row.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(label, row);
        setSpacing(0);
        setPadding(new Insets(0, 0, 2, 0));
    }

    /** 1, 2, 3, 4, 6, 8, 12, … up to {@code max}. */
    static int[] stopsUpTo(int max) {
        List<Integer> s = new ArrayList<>(List.of(1));
        for (int p = 2; p <= max && p > 0; p *= 2) {
            s.add(p);
            if (p / 2 * 3 <= max) {
                s.add(p / 2 * 3);
            }
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The thumb position of {@code v}: the index of its stop, or between two stops on a log scale. */
    double positionOf(int v) {
        if (v <= stops[0]) {
            return 0;
        }
        for (int i = 1; i < stops.length; i++) {
            if (v <= stops[i]) {
                return i - 1 + Math.log((double) v / stops[i - 1]) / Math.log((double) stops[i] / stops[i - 1]);
            }
        }
        return stops.length - 1;
    }

    /** The value at a thumb position: the committed value if the thumb stands on it, else the nearest stop. */
    private int valueAt(double position) {
        Integer now = value.get();
        if (now != null && positionOf(now) == position) {
            return now;
        }
        return stops[(int) Math.round(Math.max(0, Math.min(stops.length - 1, position)))];
    }

    private void commit() {
        settle.stop();
        value.set(valueAt(slider.getValue()));
        // Drags end between stops: the thumb lands on the stop it committed.
        slider.setValue(positionOf(value.get()));
    }

    /** The committed value; setting it moves the thumb, unless the user is moving it. */
    public ObjectProperty<Integer> valueProperty() {
        return value;
    }

    /** The underlying slider, for keyboard focus and tests. */
    public Slider slider() {
        return slider;
    }

    /** The field for an exact value. */
    public NumberField<Long> field() {
        return field;
    }
}
