package io.github.meanfieldlab.app;

import javafx.scene.control.Tooltip;

/** The window's tooltips: one look for all of them, wrapped so that a long explanation stays readable. */
final class Tooltips {
    private static final double MAX_WIDTH = 420;

    private Tooltips() {
    }

    static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(MAX_WIDTH);
        return t;
    }
}
