package io.github.meanfieldlab.export;

import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.FileSet;
import io.github.meanfieldlab.data.IoReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place exports write files: each through {@link AtomicFile} (a temporary sibling moved into place),
 * several as one {@link FileSet}, creating the folder they go into; a failure never leaves a half-written file
 * or destroys an existing one.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder.
     *
     * @throws IOException whose message names the file and says why it could not be written
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** As {@link #write(Path, byte[])}, the bytes written by {@code content}. */
    public static void write(Path file, AtomicFile.Content content) throws IOException {
        createFolder(file, file.toAbsolutePath().getParent());
        AtomicFile.write(file, content);
    }

    /** As {@link #write(Path, byte[])}, for content that writes at chosen positions of the file (MP4). */
    public static void writePositioned(Path file, AtomicFile.Positioned content) throws IOException {
        createFolder(file, file.toAbsolutePath().getParent());
        AtomicFile.writePositioned(file, content);
    }

    /**
     * Writes every entry of {@code files} (name to bytes; a name may lead into a subfolder, {@code A/config.json})
     * into the folder {@code dir} as one set: a reader of the folder sees all of them or none (earlier files of
     * those names stay until the set is complete). A set that fails leaves no folder this call created.
     *
     * @return the files written, in {@code dir}
     */
    public static List<Path> writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Path firstCreated = null;
        for (Path p = absolute; p != null && Files.notExists(p); p = p.getParent()) {
            firstCreated = p;
        }
        createFolder(dir, absolute);
        try (FileSet set = FileSet.begin(dir)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                byte[] bytes = f.getValue();
                set.add(f.getKey(), out -> out.write(bytes));
            }
            set.commit();
        } catch (IOException | RuntimeException e) {
            removeCreated(absolute, firstCreated);
            throw e;
        }
        List<Path> written = new ArrayList<>();
        for (String name : files.keySet()) {
            written.add(dir.resolve(name));
        }
        return written;
    }

    /** Removes the folders from {@code dir} up to {@code firstCreated} (null: none was created), each if empty. */
    private static void removeCreated(Path dir, Path firstCreated) {
        if (firstCreated == null) {
            return;
        }
        for (Path p = dir; p != null && p.startsWith(firstCreated); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Not empty (something else wrote there meanwhile) or not ours to remove: leave it.
                return;
            }
        }
    }

    private static void createFolder(Path written, Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot write " + written + ": cannot create the folder " + folder + " ("
                    + IoReason.of(e) + ")", e);
        }
    }
}
