package io.github.meanfieldlab.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Files written into one folder as a set (a run's history, particles and configuration), so that the folder
 * holds the set it held before or the new one, each whole, and not a new history beside old particles. A set may
 * reach into subfolders ({@code A/config.json}: a comparison bundle holds each run's bundle in one), created as
 * the set is put in place.
 *
 * <p>How: the files are written into a hidden staging folder inside it ({@code .set.<pid>-<n>.meanfield-tmp}).
 * When all are written, the staging folder is renamed to {@code .set.<pid>-<n>.meanfield-commit}: that rename is
 * the commit point. Then each file is renamed into place (one atomic rename each; a subfolder that is not there
 * yet in one rename, whole) and the empty folder removed.
 * A stop before the commit point leaves the earlier set, and a staging folder that the shutdown hook removes
 * (SIGTERM) or the next {@link #recover} in that folder (SIGKILL). A SIGKILL in the microseconds between the
 * commit point and the last rename leaves a commit folder, and the next {@link #recover} finishes its renames.
 */
public final class FileSet implements AutoCloseable {
    private static final String COMMIT_SUFFIX = ".meanfield-commit";

    private final Path folder;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private FileSet(Path folder, Path staging) {
        this.folder = folder;
        this.staging = staging;
    }

    /** Starts a set in the existing {@code folder}; nothing in it changes until {@link #commit}. */
    public static FileSet begin(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath();
        try {
            return new FileSet(dir, TempFiles.createFolder(dir, "set"));
        } catch (IOException e) {
            throw new IOException("cannot write into " + folder + ": " + IoReason.of(e), e);
        }
    }

    /** Why a subfolder of a set cannot take the set's files ({@link #obstacle}). */
    public sealed interface Obstacle {
        /** The subfolder in the way. */
        Path subfolder();
    }

    /** {@code subfolder}'s name is taken by {@code what} ("a file", "a symbolic link"), not by a folder. */
    public record NotAFolder(Path subfolder, String what) implements Obstacle {
    }

    /** No file can be created in the existing {@code subfolder}, for the operating system's {@code reason}. */
    public record Unwritable(Path subfolder, String reason) implements Obstacle {
    }

    /**
     * What keeps the file {@code name} of a set ({@link #add}) from being put into {@code folder}, or null if nothing
     * does: a subfolder on its way whose name something other than a folder takes, or the existing subfolder it
     * (or the new subfolder holding it) is renamed into, where no file can be created. Writes nothing but a probe
     * file that it removes. {@link #add} refuses these before the commit point, and a command can ask before it
     * does any work; either way nothing stops a set half put in place.
     *
     * <p>A symbolic link is refused, even one that leads to a folder: the set is whole only because each file is
     * renamed into place on the folder's own file system, and a link may lead to another one, where the files
     * could only be copied after the commit point, and a failure there (a full disk) would leave half a set.
     */
    public static Obstacle obstacle(Path folder, String name) {
        String[] parts = plainParts(name);
        Path sub = folder;
        Path renamedInto = null;
        for (int i = 0; i < parts.length - 1; i++) {
            sub = sub.resolve(parts[i]);
            if (Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
                renamedInto = sub;
            } else if (Files.isSymbolicLink(sub)) {
                return new NotAFolder(sub, "a symbolic link");
            } else if (Files.exists(sub, LinkOption.NOFOLLOW_LINKS)) {
                return new NotAFolder(sub, "a file");
            } else {
                // Missing: it arrives whole, renamed into the subfolder above (or into the folder, which begin
                // has already written in).
                break;
            }
        }
        if (renamedInto != null) {
            try {
                AtomicFile.probe(renamedInto);
            } catch (IOException e) {
                return new Unwritable(renamedInto, IoReason.of(e));
            }
        }
        return null;
    }

    private static String[] plainParts(String name) {
        String[] parts = name.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.contains("\\") || part.startsWith(".")) {
                throw new IllegalArgumentException("not a plain file name: " + name);
            }
        }
        return parts;
    }

    /**
     * Writes the file {@code name} of the set (not yet visible in the folder): a plain file name, or one in a
     * subfolder ({@code A/config.json}).
     *
     * @throws IOException naming the file and why it cannot be written; an {@link #obstacle} is refused here,
     *                     before the commit point, so that it never stops a set half put in place
     */
    public void add(String name, AtomicFile.Content content) throws IOException {
        Obstacle obstacle = obstacle(folder, name);
        if (obstacle instanceof NotAFolder taken) {
            throw new IOException("cannot write " + folder.resolve(name) + ": " + taken.subfolder() + " is "
                    + taken.what() + ", not a folder");
        }
        if (obstacle instanceof Unwritable unwritable) {
            throw new IOException("cannot write " + folder.resolve(name) + ": cannot create files in "
                    + unwritable.subfolder() + ": " + unwritable.reason());
        }
        Path file = staging.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            AtomicFile.writeDurably(file, AtomicFile.streamed(content));
        } catch (IOException e) {
            throw new IOException("cannot write " + folder.resolve(name) + ": " + IoReason.of(e), e);
        }
        names.add(name);
    }

    /** As {@link #add}, for text in UTF-8. */
    public void addText(String name, AtomicFile.Text text) throws IOException {
        add(name, AtomicFile.utf8(text));
    }

    /** Puts every file added into the folder, replacing files of the same names. */
    public void commit() throws IOException {
        Path commit = folder.resolve(staging.getFileName().toString().replace(TempFiles.SUFFIX, COMMIT_SUFFIX));
        try {
            TempFiles.whileRunning(() -> {
                Files.move(staging, commit, StandardCopyOption.ATOMIC_MOVE);
                // Committed: from here on the set is finished, by this process or by the next recover, never deleted.
                TempFiles.released(staging);
                install(commit, folder);
                Files.delete(commit);
            });
        } catch (IOException e) {
            throw new IOException("cannot put " + String.join(", ", names) + " into " + folder + ": "
                    + IoReason.withPath(e), e);
        }
        committed = true;
    }

    /**
     * Renames every file of the commit folder into {@code folder}: a subfolder that {@code folder} lacks at once,
     * whole; one it has file by file, and then the emptied subfolder is removed.
     */
    private static void install(Path commit, Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(commit)) {
            for (Path file : files) {
                Path target = folder.resolve(file.getFileName().toString());
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFile.moveIntoPlace(file, target);
                } else if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    install(file, target);
                    Files.delete(file);
                }
            }
        }
    }

    /** Removes the staging folder of a set that was not committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            TempFiles.delete(staging);
        }
    }

    /**
     * Makes {@code folder} whole again after a process that wrote into it was killed: finishes the renames of a
     * committed set and removes temporary files and folders of ours whose process is gone.
     */
    public static void recover(Path folder) throws IOException {
        for (Path commit : TempFiles.stale(folder, COMMIT_SUFFIX)) {
            install(commit, folder);
            Files.delete(commit);
        }
        TempFiles.removeStale(folder);
    }
}
