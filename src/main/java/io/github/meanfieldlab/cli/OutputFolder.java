package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.FileSet;
import io.github.meanfieldlab.data.IoReason;
import io.github.meanfieldlab.export.ExportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folder a command writes into. {@link #check} finds every reason it cannot be written before any work
 * and writes nothing; {@link #prepare} creates it and cleans up after an earlier run that was killed there;
 * {@link #writeSet} writes the results so that the folder holds the earlier set or the new one, whole.
 */
final class OutputFolder {
    /** File systems the kernel fills with its own entries (processes, devices, settings): never a place for results. */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "devtmpfs", "devpts", "cgroup",
            "cgroup2", "debugfs", "tracefs", "securityfs", "configfs", "pstore", "bpf", "efivarfs", "binfmt_misc",
            "fusectl", "mqueue", "hugetlbfs");

    private final Path folder;

    OutputFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /**
     * Refuses, before any work and without writing anything, an empty path, a path through a file, a folder on a
     * kernel file system, a place where no file can be created (the operating system's reason: permission
     * denied, read-only file system, ...), a result name taken by a folder, a result subfolder that cannot take its
     * files ({@link FileSet#obstacle}: its name taken by a file or a link, or no file can be created in it), and,
     * unless {@code force}, a result name taken by a file.
     */
    void check(List<String> names, boolean force) {
        if (folder.toString().isEmpty()) {
            throw new InputException("--out is empty; give a folder, for example --out results");
        }
        Path absolute = folder.toAbsolutePath();
        Path existing = absolute;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            throw new InputException("--out " + folder + ": " + existing + " is not a folder");
        }
        String type = fileSystemType(existing);
        if (KERNEL_FILE_SYSTEMS.contains(type)) {
            throw new InputException("--out " + folder + " is on a " + type
                    + " file system, which the kernel fills with its own entries; choose a folder on a disk");
        }
        try {
            // The only sure test that a file can be created there: create one (of ours) and remove it.
            AtomicFile.probe(existing);
        } catch (IOException e) {
            throw new InputException("--out " + folder + ": cannot create files in " + existing + ": " + IoReason.of(e));
        }
        for (String name : names) {
            FileSet.Obstacle obstacle = FileSet.obstacle(folder, name);
            if (obstacle instanceof FileSet.NotAFolder taken) {
                throw new InputException(taken.subfolder() + " is " + taken.what() + "; results go into a folder of "
                        + "that name: remove it, or choose another --out");
            }
            if (obstacle instanceof FileSet.Unwritable unwritable) {
                throw new InputException("--out " + folder + ": cannot create files in " + unwritable.subfolder()
                        + ": " + unwritable.reason());
            }
            Path file = folder.resolve(name);
            if (Files.isDirectory(file)) {
                throw new InputException(file + " is a folder; it cannot be replaced by a result file: remove it, "
                        + "or choose another --out");
            }
            if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(file + " exists; use --force to overwrite it, or another --out");
            }
        }
    }

    private static String fileSystemType(Path path) {
        try {
            return Files.getFileStore(path).type();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Creates the folder if missing, finishes a result set that a killed run committed but did not put in place,
     * and removes temporary files of ours that killed runs left behind.
     */
    void prepare() {
        try {
            Files.createDirectories(folder);
            FileSet.recover(folder);
        } catch (IOException e) {
            throw new InputException("--out " + folder + ": " + IoReason.withPath(e));
        }
    }

    /** Writes one file {@code name}, creating the folder if missing; a reader sees the earlier file or this one. */
    void writeText(String name, AtomicFile.Text text) throws IOException {
        Files.createDirectories(folder);
        AtomicFile.writeText(folder.resolve(name), text);
    }

    /**
     * Writes each of {@code files} (name to bytes: figures) on its own, as {@link ExportFiles#write} does; a reader
     * sees each file old or new, whole.
     *
     * @return the files written
     */
    List<Path> writeEach(Map<String, byte[]> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = folder.resolve(f.getKey());
            ExportFiles.write(file, f.getValue());
            written.add(file);
        }
        return written;
    }

    /** Writes {@code files} (by name) as one set: a reader of the folder sees the earlier set or this one. */
    void writeSet(Map<String, AtomicFile.Text> files) throws IOException {
        Files.createDirectories(folder);
        try (FileSet set = FileSet.begin(folder)) {
            for (Map.Entry<String, AtomicFile.Text> file : files.entrySet()) {
                set.addText(file.getKey(), file.getValue());
            }
            set.commit();
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
