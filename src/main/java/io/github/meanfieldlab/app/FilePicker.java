package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file to open or to save to: a JavaFX file chooser in the app ({@link FxFilePicker}), a
 * scripted answer in tests, which cannot drive a native dialog.
 */
public interface FilePicker {
    /** A file of {@code kind} to open; empty when the user cancels. */
    Optional<Path> open(FileKind kind);

    /** A file of {@code kind} to save to, {@code suggested} offered as its name; empty when the user cancels. */
    Optional<Path> save(FileKind kind, String suggested);
}
