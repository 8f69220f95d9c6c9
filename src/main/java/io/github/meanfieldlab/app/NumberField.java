package io.github.meanfieldlab.app;

import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field holding one number, committed on Enter or when focus leaves. Text that is not a number is not
 * committed: the field turns red and the complaint goes to the message sink; ranges are left to the
 * configuration's own validation, which names the allowed range.
 */
public final class NumberField extends TextField {
    private final String name;
    private final boolean whole;
    private final Consumer<String> complaints;
    private double value;
    private Runnable onCommit = () -> { };

    /**
     * @param name what messages call the field ("τ")
     * @param whole whether only whole numbers are allowed
     * @param complaints where a message about unreadable text goes
     */
    public NumberField(String name, boolean whole, String tooltip, Consumer<String> complaints) {
        this.name = name;
        this.whole = whole;
        this.complaints = complaints;
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        setTooltip(tip);
        setPrefColumnCount(7);
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    private void commit() {
        String text = getText().trim().replace('−', '-');
        double parsed;
        try {
            parsed = whole ? Long.parseLong(text) : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            invalid(name + ": '" + getText() + "' is not " + (whole ? "a whole number" : "a number") + "; not applied");
            return;
        }
        if (!Double.isFinite(parsed)) {
            invalid(name + ": '" + getText() + "' is not a finite number; not applied");
            return;
        }
        getStyleClass().remove("invalid");
        if (parsed != value) {
            value = parsed;
            onCommit.run();
        }
    }

    private void invalid(String message) {
        if (!getStyleClass().contains("invalid")) {
            getStyleClass().add("invalid");
        }
        complaints.accept(message);
    }

    /** Shows {@code v} without committing it, unless the user is typing in the field. */
    public void show(double v) {
        boolean typing = isFocused() && !getText().equals(text(value));
        value = v;
        if (!typing) {
            getStyleClass().remove("invalid");
            setText(text(v));
        }
    }

    /** Exact text, so that leaving the field unchanged commits nothing. */
    private String text(double v) {
        return whole ? Long.toString((long) v) : new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** The last committed (or shown) value. */
    public double value() {
        return value;
    }

    /** Called after a new value was committed. */
    public void setOnCommit(Runnable onCommit) {
        this.onCommit = onCommit;
    }
}
