package io.github.meanfieldlab.app;

import io.github.meanfieldlab.data.PlainNumber;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TextField;

/**
 * A text field holding one number, committed on Enter or when focus leaves: {@link #valueProperty()} is the
 * committed value, and the text follows it unless the user is typing. Text that is not a number is not
 * committed: the field turns red and the complaint goes to the message sink; ranges are left to the
 * configuration's own validation, which names the allowed range.
 *
 * @param <T> {@code Long} for whole numbers, {@code Double} for the others
 */
public final class NumberField<T extends Number> extends TextField {
    private final String name;
    private final String kind;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Consumer<String> complaints;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");

    private NumberField(String name, String kind, Function<String, T> parse, Function<T, String> format,
                        String tooltip, Consumer<String> complaints) {
        this.name = name;
        this.kind = kind;
        this.parse = parse;
        this.format = format;
        this.complaints = complaints;
        setTooltip(Tooltips.of(tooltip));
        setPrefColumnCount(6);
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        value.addListener((obs, was, now) -> {
            // What the user is typing wins over a value set meanwhile; it is committed when they finish.
            boolean typing = isFocused() && was != null && !getText().equals(format.apply(was));
            if (!typing) {
                getStyleClass().remove("invalid");
                setText(now == null ? "" : format.apply(now));
            }
        });
    }

    /**
     * A field for whole numbers.
     *
     * @param name what messages call the field ("N")
     * @param complaints where a message about unreadable text goes
     */
    public static NumberField<Long> whole(String name, String tooltip, Consumer<String> complaints) {
        return new NumberField<>(name, "a whole number", Long::parseLong, v -> Long.toString(v), tooltip, complaints);
    }

    /**
     * A field for any finite number, shown exactly (0.05, not 0.05000000000000000277), read as a data file's
     * numbers are ({@link PlainNumber}: not Java's 0x1p3 or 1d).
     */
    public static NumberField<Double> decimal(String name, String tooltip, Consumer<String> complaints) {
        return new NumberField<>(name, "a number", PlainNumber::parse,
                v -> new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString(), tooltip, complaints);
    }

    private void commit() {
        String text = getText().trim().replace('−', '-');
        T parsed;
        try {
            parsed = parse.apply(text);
        } catch (NumberFormatException e) {
            invalid(name + ": '" + getText() + "' is not " + kind + "; not applied");
            return;
        }
        if (!Double.isFinite(parsed.doubleValue())) {
            invalid(name + ": '" + getText() + "' is not a finite number; not applied");
            return;
        }
        getStyleClass().remove("invalid");
        value.set(parsed);
        // An equal value (1e3 for 1000) reports no change: show it as the field writes it.
        setText(format.apply(parsed));
    }

    private void invalid(String message) {
        if (!getStyleClass().contains("invalid")) {
            getStyleClass().add("invalid");
        }
        complaints.accept(message);
    }

    /** The committed value; setting it shows it. */
    public ObjectProperty<T> valueProperty() {
        return value;
    }
}
