package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The folder a command writes its results into: checked before any work, written file by file safely. */
final class OutputFolder {
    private final Path folder;

    OutputFolder(Path folder) {
        this.folder = folder;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Refuses a folder that is a file, and, unless {@code force}, any of {@code names} that exists. */
    void check(List<String> names, boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException("--out " + folder + " is a file; it must be a folder");
        }
        if (!force) {
            for (String name : names) {
                if (Files.exists(folder.resolve(name))) {
                    throw new InputException(folder.resolve(name)
                            + " exists; use --force to overwrite it, or another --out");
                }
            }
        }
    }

    /** Text content written by a {@link #writeText} call. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes to a temporary sibling first, so a failure never leaves a half-written result. */
    void writeText(String name, Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path tmp = Files.createTempFile(folder, "." + name, ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
