package io.github.meanfieldlab.app;

import io.github.meanfieldlab.lesson.Lesson;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The window's menu bar. It holds the File menu (new, open, examples, recent files, save) over
 * {@link FileActions}, asking for files through a {@link FilePicker}; other menus are added beside it.
 */
public final class AppMenuBar extends MenuBar {
    private final FileActions actions;
    private final FilePicker picker;
    private final Menu recentMenu = new Menu("Open recent");

    AppMenuBar(FileActions actions, FilePicker picker, List<Lesson> lessons, RecentFiles recent) {
        this.actions = actions;
        this.picker = picker;
        setId("menuBar");
        Menu file = new Menu("File");
        file.setId("fileMenu");
        Menu examples = new Menu("Examples");
        examples.setId("examplesMenu");
        for (Lesson l : lessons) {
            MenuItem item = item("lesson-" + l.id(), l.title(), null, () -> actions.openLesson(l));
            examples.getItems().add(item);
        }
        recentMenu.setId("recentMenu");
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem reopen = item("reopenLastSession", "Reopen last session", null, actions::reopenLastSession);
        file.setOnShowing(e -> reopen.setDisable(!actions.hasLastSession()));
        file.getItems().addAll(
                item("newExperiment", "New", "Shortcut+N", actions::newExperiment),
                item("openExperiment", "Open experiment…", null, () -> openAs(FileKind.EXPERIMENT)),
                item("openData", "Open data CSV…", null, () -> openAs(FileKind.DATA)),
                examples,
                new SeparatorMenuItem(),
                item("openSession", "Open session…", "Shortcut+O", () -> openAs(FileKind.SESSION)),
                reopen,
                recentMenu,
                new SeparatorMenuItem(),
                item("saveExperiment", "Save experiment as…", null,
                        () -> picker.save(FileKind.EXPERIMENT, actions.suggestedName()).ifPresent(actions::saveExperiment)),
                item("saveSession", "Save session…", "Shortcut+S",
                        () -> picker.save(FileKind.SESSION, actions.suggestedName()).ifPresent(actions::saveSession)));
        getMenus().add(file);
    }

    private void openAs(FileKind kind) {
        picker.open(kind).ifPresent(actions::open);
    }

    private void fillRecent(RecentFiles recent) {
        recentMenu.getItems().setAll(recent.files().stream()
                .map(p -> item(null, p.getFileName() + "  —  " + p.getParent(), null, () -> actions.open(p)))
                .toList());
        recentMenu.setDisable(recent.files().isEmpty());
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        // Underscores in file names and titles are text, not mnemonics.
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
