package io.github.meanfieldlab.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The row of view options above a figure: small choices and check boxes that change only how it is drawn. */
public final class OptionBar extends HBox {

    public OptionBar() {
        getStyleClass().add("option-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 6, 3, 6));
    }

    /** Adds a labelled choice among {@code items}, each shown as {@code text} gives it. */
    public <T> ComboBox<T> choice(String label, List<T> items, T value, Function<T, String> text, String tooltip,
                                  Consumer<T> onChange) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        });
        box.setValue(value);
        box.setTooltip(tooltip(tooltip));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onChange.accept(now);
            }
        });
        if (!label.isEmpty()) {
            Label l = new Label(label);
            l.setLabelFor(box);
            l.setTooltip(box.getTooltip());
            getChildren().add(l);
        }
        getChildren().add(box);
        return box;
    }

    /** Adds a check box. */
    public CheckBox check(String text, boolean value, String tooltip, Consumer<Boolean> onChange) {
        CheckBox box = new CheckBox(text);
        box.setSelected(value);
        box.setTooltip(tooltip(tooltip));
        box.selectedProperty().addListener((obs, old, now) -> onChange.accept(now));
        getChildren().add(box);
        return box;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
