package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files the app opens and saves, told apart by their extension. */
public enum FileKind {
    EXPERIMENT("Experiment (configuration JSON)", "json"),
    DATA("Data (CSV: x1,…,xd,y)", "csv"),
    SESSION("Session (MeanField Lab)", "mflab");

    private final String description;
    private final String extension;

    FileKind(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    /** What a file chooser's filter calls these files. */
    public String description() {
        return description;
    }

    /** The extension without its dot. */
    public String extension() {
        return extension;
    }

    /** The kind of {@code file} by its extension, in any case; empty for a file the app does not open. */
    public static Optional<FileKind> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (FileKind k : values()) {
            if (n.endsWith("." + k.extension)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@code name} with this kind's extension, added unless it has it. */
    public String withExtension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? name : name + "." + extension;
    }
}
