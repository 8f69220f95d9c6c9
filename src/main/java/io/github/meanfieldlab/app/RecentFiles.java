package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened last, newest first and each once, for File ▸ Open recent; kept in the app's settings. */
final class RecentFiles {
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    RecentFiles(List<String> remembered) {
        remembered.stream().map(Path::of).distinct().limit(JsonSettingsStore.MAX_RECENT).forEach(files::add);
    }

    /** {@code file} was opened or saved: it moves to the top. */
    void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > JsonSettingsStore.MAX_RECENT) {
            files.remove(JsonSettingsStore.MAX_RECENT, files.size());
        }
    }

    /** {@code file} could not be opened: it leaves the list. */
    void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
    }

    ObservableList<Path> files() {
        return files;
    }

    /** As the settings keep them. */
    List<String> asStrings() {
        return files.stream().map(Path::toString).toList();
    }
}
