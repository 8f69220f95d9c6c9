package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set of files appears in its folder all together or not at all, and what a killed process left behind (found
 * as it would be found: named for a process that is gone) is finished or removed by the next one.
 */
class FileSetTest {
    @TempDir
    Path dir;

    @Test
    void nothingChangesUntilTheCommitThenEveryFileAtOnce() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "old a");
        Files.writeString(dir.resolve("b.csv"), "old b");
        try (FileSet set = FileSet.begin(dir)) {
            set.addText("a.csv", w -> w.write("new a"));
            set.addText("b.csv", w -> w.write("new b"));
            assertEquals("old a", Files.readString(dir.resolve("a.csv")), "not yet committed");
            set.commit();
        }
        assertEquals("new a", Files.readString(dir.resolve("a.csv")));
        assertEquals("new b", Files.readString(dir.resolve("b.csv")));
        assertEquals(List.of(dir.resolve("a.csv"), dir.resolve("b.csv")), AtomicFileTest.list(dir), "no temporary entry");
    }

    @Test
    void aSetNotCommittedLeavesTheOldFilesAndNoTemporaryOnes() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "old a");
        assertThrows(IOException.class, () -> {
            try (FileSet set = FileSet.begin(dir)) {
                set.addText("a.csv", w -> w.write("new a"));
                set.addText("b.csv", w -> {
                    throw new IOException("disk full");
                });
                set.commit();
            }
        });
        assertEquals("old a", Files.readString(dir.resolve("a.csv")));
        assertEquals(List.of(dir.resolve("a.csv")), AtomicFileTest.list(dir));
    }

    @Test
    void aCommitThatFailsHalfwayKeepsTheRestOfTheSetForRecovery() throws IOException {
        // A folder where a result belongs: a file cannot be renamed over it (the command line refuses this earlier).
        Files.createDirectories(dir.resolve("b.csv").resolve("x"));
        IOException e = assertThrows(IOException.class, () -> {
            try (FileSet set = FileSet.begin(dir)) {
                set.addText("a.csv", w -> w.write("new a"));
                set.addText("b.csv", w -> w.write("new b"));
                set.commit();
            }
        });
        assertTrue(e.getMessage().contains("cannot put a.csv, b.csv into " + dir), e.getMessage());
        try (var entries = Files.newDirectoryStream(dir, ".set.*.meanfield-commit")) {
            Path commit = entries.iterator().next();
            assertEquals("new b", Files.readString(commit.resolve("b.csv")), "kept for the next run to finish");
        }
    }

    @Test
    void recoveryFinishesTheRenamesOfASetItsKilledWriterCommitted() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old a");
        Files.writeString(dir.resolve("b.csv"), "new b");
        Path commit = Files.createDirectory(dir.resolve(".set." + deadPid() + "-0.meanfield-commit"));
        Files.writeString(commit.resolve("a.csv"), "new a");
        FileSet.recover(dir);
        assertEquals("new a", Files.readString(dir.resolve("a.csv")));
        assertEquals("new b", Files.readString(dir.resolve("b.csv")));
        assertEquals(List.of(dir.resolve("a.csv"), dir.resolve("b.csv")), AtomicFileTest.list(dir));
    }

    @Test
    void recoveryRemovesTheTemporaryEntriesOfGoneProcessesOnly() throws Exception {
        long dead = deadPid();
        Path staging = Files.createDirectory(dir.resolve(".set." + dead + "-3.meanfield-tmp"));
        Files.writeString(staging.resolve("history.csv"), "half");
        Path part = Files.writeString(dir.resolve(".particles.csv." + dead + "-4.meanfield-tmp"), "half");
        // A process that is running, and started before its file was written: a run under way in the same folder.
        Path live = Files.writeString(dir.resolve(".x.csv." + ProcessHandle.current().parent().orElseThrow().pid()
                + "-0.meanfield-tmp"), "being written");
        // A running process that started after the file was last written: the file's own process is gone.
        Path reused = Files.writeString(dir.resolve(".y.csv." + ProcessHandle.current().parent().orElseThrow().pid()
                + "-1.meanfield-tmp"), "left over");
        Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        Path user = Files.writeString(dir.resolve(".notes.meanfield-tmp"), "not named as ours");
        FileSet.recover(dir);
        assertTrue(Files.notExists(staging) && Files.notExists(part) && Files.notExists(reused), "stale entries removed");
        assertTrue(Files.exists(live), "a running process's entry is kept");
        assertTrue(Files.exists(user), "a file not named by us is kept");
    }

    @Test
    void aSetReachesIntoSubfoldersNewOnesWholeExistingOnesFileByFile() throws IOException {
        Files.createDirectories(dir.resolve("A"));
        Files.writeString(dir.resolve("A").resolve("x.csv"), "old A/x");
        Files.writeString(dir.resolve("A").resolve("kept.txt"), "not in the set");
        try (FileSet set = FileSet.begin(dir)) {
            set.addText("A/x.csv", w -> w.write("new A/x"));
            set.addText("B/y.csv", w -> w.write("new B/y"));
            set.addText("README.txt", w -> w.write("new readme"));
            assertTrue(Files.notExists(dir.resolve("B")), "not yet committed");
            set.commit();
        }
        assertEquals("new A/x", Files.readString(dir.resolve("A").resolve("x.csv")));
        assertEquals("not in the set", Files.readString(dir.resolve("A").resolve("kept.txt")));
        assertEquals("new B/y", Files.readString(dir.resolve("B").resolve("y.csv")));
        assertEquals(List.of(dir.resolve("A"), dir.resolve("B"), dir.resolve("README.txt")), AtomicFileTest.list(dir),
                "no temporary entry");
        assertEquals(List.of(dir.resolve("A").resolve("kept.txt"), dir.resolve("A").resolve("x.csv")),
                AtomicFileTest.list(dir.resolve("A")));
        assertEquals(List.of(dir.resolve("B").resolve("y.csv")), AtomicFileTest.list(dir.resolve("B")));
    }

    @Test
    void aSubfolderWhoseNameAFileTakesIsRefusedBeforeAnythingChanges() throws IOException {
        Files.writeString(dir.resolve("B"), "a file where B/ would go");
        IOException e = assertThrows(IOException.class, () -> {
            try (FileSet set = FileSet.begin(dir)) {
                set.addText("A/x.csv", w -> w.write("new A/x"));
                set.addText("B/y.csv", w -> w.write("new B/y"));
                set.commit();
            }
        });
        assertEquals("cannot write " + dir.resolve("B/y.csv") + ": " + dir.resolve("B") + " is a file, not a folder",
                e.getMessage());
        assertEquals(List.of(dir.resolve("B")), AtomicFileTest.list(dir), "no A/, no temporary entry");
        assertEquals("a file where B/ would go", Files.readString(dir.resolve("B")));
    }

    @Test
    void aSubfolderThatIsALinkIsRefusedBeforeAnythingChangesEvenOneToAFolder() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("A"), elsewhere);
        assertEquals(new FileSet.NotAFolder(out.resolve("A"), "a symbolic link"), FileSet.obstacle(out, "A/x.csv"));
        IOException e = assertThrows(IOException.class, () -> {
            try (FileSet set = FileSet.begin(out)) {
                set.addText("README.txt", w -> w.write("new readme"));
                set.addText("A/x.csv", w -> w.write("new A/x"));
                set.commit();
            }
        });
        assertEquals("cannot write " + out.resolve("A/x.csv") + ": " + out.resolve("A") + " is a symbolic link, not a "
                + "folder", e.getMessage());
        assertEquals(List.of(out.resolve("A")), AtomicFileTest.list(out), "no README.txt, no temporary entry");
        assertEquals(List.of(), AtomicFileTest.list(elsewhere));
    }

    @Test
    void anObstacleIsWhatKeepsAFileOutAndNothingElse() throws IOException {
        Files.writeString(dir.resolve("B"), "a file where B/ would go");
        Files.createDirectories(dir.resolve("A"));
        assertEquals(new FileSet.NotAFolder(dir.resolve("B"), "a file"), FileSet.obstacle(dir, "B/y.csv"));
        assertEquals(new FileSet.NotAFolder(dir.resolve("B"), "a file"), FileSet.obstacle(dir, "B/C/y.csv"));
        assertNull(FileSet.obstacle(dir, "y.csv"), "a file of the folder itself");
        assertNull(FileSet.obstacle(dir, "A/y.csv"), "an existing subfolder that can be written");
        assertNull(FileSet.obstacle(dir, "A/C/y.csv"), "a new subfolder in it");
        assertNull(FileSet.obstacle(dir, "C/y.csv"), "a new subfolder");
        assertEquals(List.of(dir.resolve("A"), dir.resolve("B")), AtomicFileTest.list(dir), "nothing written");
        assertEquals(List.of(), AtomicFileTest.list(dir.resolve("A")), "the probe removed");
    }

    /**
     * An existing subfolder in which no file can be created is refused when its file is added, before the commit
     * point: the folder keeps its earlier set and no commit folder is left. Root may write anywhere, so as root the
     * set is written in a JVM started without the capabilities that let root ignore permissions ({@code setpriv});
     * as anyone else, in one of its own too.
     */
    @Test
    void anExistingSubfolderThatCannotBeWrittenIsRefusedBeforeTheCommitPoint() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to drop root's override");
        Path locked = Files.createDirectory(dir.resolve("A"));
        Files.writeString(locked.resolve("x.csv"), "old A/x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), WriteASet.class.getName(), dir.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends by itself");
            assertEquals("cannot write " + dir.resolve("A/x.csv") + ": cannot create files in " + locked
                    + ": permission denied\n", output);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of(locked), AtomicFileTest.list(dir), "no README.txt, no commit folder");
        assertEquals("old A/x", Files.readString(locked.resolve("x.csv")));
    }

    /** Writes README.txt and A/x.csv as one set into the folder {@code args[0]}; prints why it could not. */
    static final class WriteASet {
        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            try (FileSet set = FileSet.begin(folder)) {
                set.addText("README.txt", w -> w.write("new readme"));
                set.addText("A/x.csv", w -> w.write("new A/x"));
                set.commit();
            } catch (IOException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Test
    void aSubfolderFileThatFailsLeavesNoSubfolder() throws IOException {
        assertThrows(IOException.class, () -> {
            try (FileSet set = FileSet.begin(dir)) {
                set.addText("A/x.csv", w -> w.write("new A/x"));
                set.addText("B/y.csv", w -> {
                    throw new IOException("disk full");
                });
                set.commit();
            }
        });
        assertEquals(List.of(), AtomicFileTest.list(dir));
    }

    @Test
    void recoveryFinishesASetWithSubfolders() throws Exception {
        Files.createDirectories(dir.resolve("A"));
        Files.writeString(dir.resolve("A").resolve("x.csv"), "old A/x");
        Path commit = Files.createDirectory(dir.resolve(".set." + deadPid() + "-0.meanfield-commit"));
        Files.createDirectories(commit.resolve("A"));
        Files.createDirectories(commit.resolve("B"));
        Files.writeString(commit.resolve("A").resolve("x.csv"), "new A/x");
        Files.writeString(commit.resolve("B").resolve("y.csv"), "new B/y");
        FileSet.recover(dir);
        assertEquals("new A/x", Files.readString(dir.resolve("A").resolve("x.csv")));
        assertEquals("new B/y", Files.readString(dir.resolve("B").resolve("y.csv")));
        assertEquals(List.of(dir.resolve("A"), dir.resolve("B")), AtomicFileTest.list(dir));
    }

    /** The id of a process that has ended. */
    static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
