package io.github.meanfieldlab.export;

import io.github.meanfieldlab.data.Teacher;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The view options of panes ({@link SnapshotFigure#viewOptions}), by pane and option id: what a pane in the app
 * shows, what {@code --view density.scalar=norm} asks for, and what a bundle's view.json holds so that its
 * figures are drawn again with the same view. A pane without options here is drawn with its defaults.
 */
public record PaneViews(Map<Pane, Map<String, String>> options) {
    /** Every pane with its default view. */
    public static final PaneViews DEFAULT = new PaneViews(Map.of());

    public PaneViews {
        Map<Pane, Map<String, String>> copy = new EnumMap<>(Pane.class);
        options.forEach((pane, o) -> copy.put(pane, Collections.unmodifiableMap(new LinkedHashMap<>(o))));
        options = Collections.unmodifiableMap(copy);
    }

    /** The options the {@code figures} have now. */
    public static PaneViews of(Map<Pane, ? extends SnapshotFigure> figures) {
        Map<Pane, Map<String, String>> options = new EnumMap<>(Pane.class);
        figures.forEach((pane, figure) -> options.put(pane, figure.viewOptions()));
        return new PaneViews(options);
    }

    /**
     * Options given as "pane.option=value" items, each checked on a fresh figure of its pane.
     *
     * @throws IllegalArgumentException naming the item and what is wrong with it
     */
    public static PaneViews parse(List<String> items) {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        for (String item : items) {
            int dot = item.indexOf('.');
            int equals = item.indexOf('=');
            if (dot < 1 || equals < dot + 2) {
                throw new IllegalArgumentException("'" + item + "' is not PANE.OPTION=VALUE, like density.scalar=norm");
            }
            byName.computeIfAbsent(item.substring(0, dot), p -> new LinkedHashMap<>())
                    .put(item.substring(dot + 1, equals), item.substring(equals + 1));
        }
        return byName(byName);
    }

    /**
     * Options by pane name ("density" → "scalar" → "norm"), as view.json holds them, each checked on a fresh figure
     * of its pane.
     *
     * @throws IllegalArgumentException naming the pane or option and what is allowed
     */
    public static PaneViews byName(Map<String, Map<String, String>> byName) {
        Map<Pane, Map<String, String>> options = new EnumMap<>(Pane.class);
        byName.forEach((name, o) -> options.put(Pane.fromId(name), o));
        PaneViews views = new PaneViews(options);
        options.keySet().forEach(pane -> views.applyTo(pane, pane.create(Optional.empty())));
        return views;
    }

    /** The options by pane name, as view.json holds them. */
    public Map<String, Map<String, String>> byName() {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        options.forEach((pane, o) -> byName.put(pane.name(), o));
        return byName;
    }

    /** The options given for {@code pane}; empty for its defaults. */
    public Map<String, String> of(Pane pane) {
        return options.getOrDefault(pane, Map.of());
    }

    /**
     * Sets {@code pane}'s options on {@code figure}, a figure of that pane.
     *
     * @throws IllegalArgumentException naming the pane's option ("loss.drift") and what is allowed
     */
    /** A new figure of {@code pane}, drawing {@code teacher}'s particles where it draws any, in these views. */
    public SnapshotFigure create(Pane pane, Optional<Teacher> teacher) {
        SnapshotFigure figure = pane.create(teacher);
        applyTo(pane, figure);
        return figure;
    }

    public void applyTo(Pane pane, SnapshotFigure figure) {
        for (Map.Entry<String, String> o : of(pane).entrySet()) {
            try {
                figure.setViewOption(o.getKey(), o.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(pane + "." + e.getMessage(), e);
            }
        }
    }
}
