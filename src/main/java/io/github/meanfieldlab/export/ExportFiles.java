package io.github.meanfieldlab.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one place exports write files: to a new ".name.n.part" file beside the target, then moved into place,
 * so a failure never leaves a half-written file or destroys an existing one.
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
        write(file, temp -> Files.write(temp, bytes));
    }

    /** What a streaming writer puts into the temporary file. */
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    /** As {@link #write(Path, byte[])}, the bytes written by {@code content} straight into the temporary file. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": cannot create the folder " + dir + " (" + reason(e) + ")", e);
        }
        Path temp = createPartFile(target, file);
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + file + " (" + reason(e) + ")", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new, empty ".name.n.part" file beside {@code target}. Made with {@link Files#createFile}, not
     * {@code createTempFile}, so that it gets the usual permissions (the umask's), not owner-only ones that the
     * move would carry over to the figure.
     */
    private static Path createPartFile(Path target, Path named) throws IOException {
        Path dir = target.getParent();
        for (int n = 0; ; n++) {
            Path part = dir.resolve("." + target.getFileName() + "." + n + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                // Another export to the same name is under way (or one crashed); take the next number.
            } catch (IOException e) {
                throw new IOException("cannot write " + named + ": cannot create a file in " + dir + " (" + reason(e) + ")", e);
            }
        }
    }

    /** What went wrong, in words: "a file is in the way: /x/y", "permission denied: /x". */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Writes every entry of {@code files} (name to bytes) into the folder {@code dir}: first all of them into a
     * hidden folder beside it, then each moved into {@code dir}, so a failure while writing leaves nothing.
     *
     * @return the files written, in {@code dir}
     */
    public static List<Path> writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        Path target = dir.toAbsolutePath();
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            deleteTree(part);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                write(part.resolve(f.getKey()), f.getValue());
            }
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new IOException("cannot write " + dir + ": cannot create the folder (" + reason(e) + ")", e);
            }
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path to = target.resolve(name);
                Files.move(part.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
                written.add(to);
            }
            return written;
        } finally {
            deleteTree(part);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
