package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The export's questions answered by the test: a real file chooser cannot be driven headless. */
final class ScriptedQuestions implements ExportQuestions {
    volatile ExportChoice choice = ExportChoice.paper();
    volatile RecordChoice record;
    volatile Path file;
    volatile Path folder;
    volatile boolean replace = true;
    final List<List<Path>> askedToReplace = new ArrayList<>();
    /** The folder each chooser was opened in, and the names the file chooser suggested. */
    final List<Path> openedIn = new ArrayList<>();
    final List<String> suggested = new ArrayList<>();

    @Override
    public Optional<ExportChoice> exportChoice(Window owner, String title, ExportChoice initial) {
        return Optional.ofNullable(choice);
    }

    @Override
    public Optional<RecordChoice> recordChoice(Window owner, RecordChoice initial) {
        return Optional.ofNullable(record);
    }

    @Override
    public Optional<Path> file(Window owner, String title, Path start, String name) {
        openedIn.add(start);
        suggested.add(name);
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path start) {
        openedIn.add(start);
        return Optional.ofNullable(folder);
    }

    @Override
    public boolean replace(Window owner, List<Path> existing) {
        askedToReplace.add(existing);
        return replace;
    }
}
