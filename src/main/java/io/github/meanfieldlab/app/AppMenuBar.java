package io.github.meanfieldlab.app;

import io.github.meanfieldlab.lesson.Lesson;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's menu bar. It holds the File menu (new, open, examples, recent files, save) over
 * {@link FileActions}, asking for files through a {@link FilePicker}; other menus are added beside it, and
 * {@link #addViewAndHelp} puts View (presentation mode, F5; all panes back) and Help (F1) last. Its accelerators
 * are those keys' one definition; Esc is {@link ClassroomKeys}'s, because it does one of two things.
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

    /** Adds View and Help after the menus there are; call it once, after the others are added. */
    void addViewAndHelp(PresentationMode presentation, PaneMaximizer maximizer, Runnable openHelp) {
        CheckMenuItem present = new CheckMenuItem("Presentation mode");
        present.setId("presentationMode");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.selectedProperty().bindBidirectional(presentation.onProperty());
        MenuItem allPanes = new MenuItem("All panes (Esc)");
        allPanes.setId("allPanes");
        allPanes.disableProperty().bind(maximizer.filledProperty().isNull());
        allPanes.setOnAction(e -> maximizer.restore());
        Menu view = new Menu("_View", null, present, allPanes);
        MenuItem help = new MenuItem("MeanField Lab help");
        help.setId("helpItem");
        help.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.setOnAction(e -> openHelp.run());
        Menu helpMenu = new Menu("_Help", null, help);
        getMenus().addAll(view, helpMenu);
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
