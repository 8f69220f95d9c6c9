package io.github.meanfieldlab.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar's Export menu: export the pane clicked last (Ctrl+E), all panes, a bundle, a copy, a recording.
 * The items name the pane they act on, so it is clear which one Ctrl+E exports.
 */
final class ExportMenu extends Menu {
    /** Ctrl+E (Cmd+E on a Mac): export the pane clicked last. */
    static final KeyCombination EXPORT_PANE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    ExportMenu(PaneExports exports) {
        super("Export");
        setId("exportMenu");
        MenuItem pane = item("Export pane…", "menuExportPane", () -> exports.exportPane(exports.active()));
        pane.setAccelerator(EXPORT_PANE);
        pane.textProperty().bind(exports.activeProperty().asString("Export the %s pane…"));
        getItems().addAll(pane,
                item("Export all panes…", "menuExportAll", exports::exportAll),
                item("Save figure bundle…", "menuBundle", exports::bundle),
                copy(exports),
                item("Record…", "menuRecord", () -> exports.record(exports.active())));
    }

    private static MenuItem copy(PaneExports exports) {
        MenuItem copy = item("", "menuCopy", () -> exports.copy(exports.active()));
        copy.textProperty().bind(exports.activeProperty().asString("Copy the %s pane as an image"));
        return copy;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
