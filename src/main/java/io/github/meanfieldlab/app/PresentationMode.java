package io.github.meanfieldlab.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * Presentation mode (F5): larger type in the window (app.css, ".presentation"), larger type and thicker lines
 * in the figures ({@link #FIGURE_ZOOM}, which the window applies in place of its width-dependent zoom), and
 * fewer controls: the settings panel and the panes' view options leave (each pane keeps its "?"); the time
 * controls and the replay stay.
 */
final class PresentationMode {
    /**
     * The figures' zoom in presentation mode: 10-point ticks become 15 pixels and 12-point labels 18, and lines
     * half as thick again. More leaves a pane of a 1280-pixel window too little room for the plot itself (a
     * double-click gives one pane the whole window).
     */
    static final double FIGURE_ZOOM = 1.5;

    private final BooleanProperty on = new SimpleBooleanProperty(this, "presentation");
    private Node side;

    PresentationMode(BorderPane root, List<FigurePanel<?>> panels) {
        on.addListener((obs, was, now) -> {
            if (now) {
                side = root.getLeft();
                root.setLeft(null);
                root.getStyleClass().add("presentation");
            } else {
                root.setLeft(side);
                root.getStyleClass().remove("presentation");
            }
            for (FigurePanel<?> p : panels) {
                p.optionBar().setCompact(now);
            }
        });
    }

    BooleanProperty onProperty() {
        return on;
    }

    boolean isOn() {
        return on.get();
    }
}
