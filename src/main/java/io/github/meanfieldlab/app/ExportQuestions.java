package io.github.meanfieldlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What an export asks the user: its settings, a file or a folder, and whether files may be replaced. The app
 * asks with dialogs and the system's file choosers ({@link DialogQuestions}); a test answers itself, since a
 * real file chooser cannot be driven headless. Every question may be declined (empty, false).
 */
public interface ExportQuestions {
    /** The export dialog, opened at {@code initial}. */
    Optional<ExportChoice> exportChoice(Window owner, String title, ExportChoice initial);

    /** The record dialog, opened at {@code initial}. */
    Optional<RecordChoice> recordChoice(Window owner, RecordChoice initial);

    /**
     * A file to save to, starting in {@code folder} with the name {@code name}. A chooser that returns an existing
     * file has asked whether to replace it (the system's does).
     */
    Optional<Path> file(Window owner, String title, Path folder, String name);

    /** A folder to write into, starting in {@code folder}. */
    Optional<Path> folder(Window owner, String title, Path folder);

    /** Whether the {@code existing} files may be replaced. */
    boolean replace(Window owner, List<Path> existing);

    /**
     * Whether the files {@code names} may be written into {@code dir}: yes where none of them exists there, else as
     * {@link #replace} answers about those that do, except {@code confirmed} (null for none), which a file chooser
     * has asked about already.
     */
    default boolean mayWrite(Window owner, Path dir, List<String> names, Path confirmed) {
        List<Path> existing = names.stream().map(dir::resolve).filter(Files::exists)
                .filter(p -> !p.equals(confirmed)).toList();
        return existing.isEmpty() || replace(owner, existing);
    }
}
