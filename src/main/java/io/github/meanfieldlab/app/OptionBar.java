package io.github.meanfieldlab.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The row (or rows) of view options above a figure: small choices and check boxes that change only how it is
 * drawn. The options to remember are keyed by a stable id, not by the text the user reads, so that a label can
 * be reworded without losing what users saved.
 */
public final class OptionBar extends FlowPane {
    /** Settings saved before options had ids used their label text as the key: label → id. */
    private static final Map<String, String> IDS_OF_SAVED_LABELS = Map.of("log colour", "logColour",
            "mass-weighted", "massWeighted", "dissipation I(s)", "dissipation", "flow fidelity", "fidelity",
            "boundary g = 0", "boundary");

    private final Map<String, Supplier<String>> readers = new LinkedHashMap<>();
    private final Map<String, Consumer<String>> writers = new LinkedHashMap<>();
    /** What {@link #setCompact} hid, to be shown again as it was. */
    private final List<Node> hidden = new ArrayList<>();

    public OptionBar() {
        getStyleClass().add("option-bar");
        // Options wrap onto a second row rather than be cut off when a pane is narrow.
        setHgap(8);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 6, 3, 6));
    }

    /**
     * Adds a choice among {@code items}, each shown as {@code text} gives it.
     *
     * @param id the key it is remembered by; null for a choice not remembered
     * @param label the text before it; empty for none
     */
    public <T> ComboBox<T> choice(String id, String label, List<T> items, T value, Function<T, String> text,
                                  String tooltip, Consumer<T> onChange) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(ChoiceNames.of(text));
        box.setValue(value);
        box.setTooltip(Tooltips.of(tooltip));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onChange.accept(now);
            }
        });
        if (id != null) {
            readers.put(id, () -> key(box.getValue()));
            writers.put(id, v -> box.getItems().stream().filter(i -> key(i).equals(v)).findFirst()
                    .ifPresent(box::setValue));
        }
        if (label.isEmpty()) {
            getChildren().add(box);
        } else {
            Label l = new Label(label);
            l.setLabelFor(box);
            l.setTooltip(box.getTooltip());
            // Label and choice wrap as one.
            HBox pair = new HBox(4, l, box);
            pair.setAlignment(Pos.CENTER_LEFT);
            box.visibleProperty().addListener((obs, was, visible) -> {
                pair.setVisible(visible);
                pair.setManaged(visible);
            });
            getChildren().add(pair);
        }
        return box;
    }

    /** Adds a check box, remembered by {@code id}. */
    public CheckBox check(String id, String text, boolean value, String tooltip, Consumer<Boolean> onChange) {
        CheckBox box = new CheckBox(text);
        box.setSelected(value);
        box.setTooltip(Tooltips.of(tooltip));
        box.selectedProperty().addListener((obs, old, now) -> onChange.accept(now));
        readers.put(id, () -> Boolean.toString(box.isSelected()));
        writers.put(id, v -> {
            if (v.equals("true") || v.equals("false")) {
                box.setSelected(Boolean.parseBoolean(v));
            }
        });
        getChildren().add(box);
        return box;
    }

    /** Adds a button that acts on the figure. */
    public Button action(String text, String tooltip, Runnable onAction) {
        Button button = new Button(text);
        button.setTooltip(Tooltips.of(tooltip));
        button.setOnAction(e -> onAction.run());
        getChildren().add(button);
        return button;
    }

    /**
     * Compact (presentation mode): only the pane's "?" stays, at the right; the options come back as they were.
     */
    void setCompact(boolean compact) {
        if (compact && hidden.isEmpty()) {
            for (Node n : getChildren()) {
                if (n.isVisible() && !(n instanceof PaneHelp)) {
                    hidden.add(n);
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        } else if (!compact) {
            for (Node n : hidden) {
                n.setVisible(true);
                n.setManaged(true);
            }
            hidden.clear();
        }
        setAlignment(compact ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    }

    /** The options to remember, by id. */
    public Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        readers.forEach((id, read) -> state.put(id, read.get()));
        return state;
    }

    /**
     * Sets the options {@code state} names, by id or, as saved before options had ids, by label; keys and values
     * this bar does not know (any more) are ignored.
     */
    public void restore(Map<String, String> state) {
        Map<String, String> byId = new LinkedHashMap<>();
        state.forEach((key, v) -> byId.putIfAbsent(IDS_OF_SAVED_LABELS.getOrDefault(key, key), v));
        // An id wins over an old label saying otherwise.
        state.forEach((key, v) -> {
            if (writers.containsKey(key)) {
                byId.put(key, v);
            }
        });
        writers.forEach((id, write) -> {
            String v = byId.get(id);
            if (v != null) {
                write.accept(v);
            }
        });
    }

    private static String key(Object item) {
        return item instanceof Enum<?> e ? e.name() : String.valueOf(item);
    }
}
