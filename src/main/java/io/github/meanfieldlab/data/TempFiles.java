package io.github.meanfieldlab.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The program's temporary files and folders, written beside the results they become. Their names say that they
 * are ours and which process owns them ({@code .history.csv.4711-0.meanfield-tmp}), so that
 * <ul>
 *   <li>a normal end or a SIGTERM removes them (a shutdown hook deletes every one this JVM still holds), and</li>
 *   <li>after a SIGKILL, which no program can react to, the next run in that folder removes the ones whose process
 *       is gone ({@link #removeStale}), and never those of a run still under way there.</li>
 * </ul>
 * Moves into place happen under one lock with the shutdown hook ({@link #whileRunning}), so that a SIGTERM
 * either comes before a move, and the hook deletes the temporary entry, or after it.
 */
public final class TempFiles {
    /** Ends the names of our temporary entries. */
    static final String SUFFIX = ".meanfield-tmp";
    private static final Pattern NAME = Pattern.compile("\\..*\\.(\\d+)-\\d+\\.meanfield-(tmp|commit)");

    private static final Object LOCK = new Object();
    private static final Set<Path> HELD = new LinkedHashSet<>();
    private static long counter;
    private static boolean shuttingDown;
    private static boolean hookAdded;

    private TempFiles() {
    }

    /** An action on files that may throw. */
    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    /** A new empty file in {@code dir}, named after {@code label}, with the permissions of any new file (the umask's). */
    static Path createFile(Path dir, String label) throws IOException {
        return create(dir, label, false);
    }

    /** A new empty folder in {@code dir}, named after {@code label}. */
    static Path createFolder(Path dir, String label) throws IOException {
        return create(dir, label, true);
    }

    private static Path create(Path dir, String label, boolean folder) throws IOException {
        long pid = ProcessHandle.current().pid();
        synchronized (LOCK) {
            requireRunning();
            if (!hookAdded) {
                try {
                    Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAllHeld, "remove-temporary-files"));
                } catch (IllegalStateException e) {
                    throw new IOException("the program is being stopped", e);
                }
                hookAdded = true;
            }
            while (true) {
                // Not Files.createTempFile: its owner-only mode would survive the move into place.
                Path path = dir.resolve("." + label + "." + pid + "-" + counter++ + SUFFIX);
                try {
                    if (folder) {
                        Files.createDirectory(path);
                    } else {
                        Files.createFile(path);
                    }
                    HELD.add(path);
                    return path;
                } catch (FileAlreadyExistsException e) {
                    // Left by an earlier process with our pid; take the next number.
                }
            }
        }
    }

    /** Deletes {@code path} (a folder with what it holds), which this JVM no longer needs. */
    static void delete(Path path) throws IOException {
        synchronized (LOCK) {
            HELD.remove(path);
            deleteTree(path);
        }
    }

    /** Stops holding {@code path}, which is no longer a temporary entry: the shutdown hook leaves it alone. */
    static void released(Path path) {
        synchronized (LOCK) {
            HELD.remove(path);
        }
    }

    /**
     * Runs {@code action} (moves into place) unless the JVM is shutting down, and keeps the shutdown hook from
     * deleting temporary entries while it runs.
     *
     * @throws IOException from {@code action}, or if the JVM is shutting down
     */
    static void whileRunning(IoAction action) throws IOException {
        synchronized (LOCK) {
            requireRunning();
            action.run();
        }
    }

    private static void requireRunning() throws IOException {
        if (shuttingDown) {
            throw new IOException("the program is being stopped");
        }
    }

    private static void deleteAllHeld() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path path : HELD) {
                try {
                    deleteTree(path);
                } catch (IOException e) {
                    // Nothing more can be done at shutdown; the next run in this folder removes it.
                }
            }
            HELD.clear();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> tree = Files.walk(path)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (NoSuchFileException e) {
                // Already gone.
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    /**
     * Removes from {@code dir} the temporary entries of ours whose process is gone (killed, or crashed). An entry
     * of a process that is still running is kept, unless that process started after the entry was last
     * written (the number was reused).
     *
     * @return how many entries were removed
     */
    public static int removeStale(Path dir) throws IOException {
        int removed = 0;
        for (Path path : stale(dir, SUFFIX)) {
            deleteTree(path);
            removed++;
        }
        return removed;
    }

    /** The entries of {@code dir} whose names end in {@code suffix} and whose owner process is gone. */
    static Set<Path> stale(Path dir, String suffix) throws IOException {
        Set<Path> stale = new LinkedHashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + "*" + suffix)) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (m.matches() && !ownerRunning(Long.parseLong(m.group(1)), entry)) {
                    stale.add(entry);
                }
            }
        }
        return stale;
    }

    private static boolean ownerRunning(long pid, Path entry) throws IOException {
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (owner.isEmpty()) {
            return false;
        }
        Instant written = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
        return owner.get().info().startInstant().map(start -> !start.isAfter(written)).orElse(true);
    }
}
