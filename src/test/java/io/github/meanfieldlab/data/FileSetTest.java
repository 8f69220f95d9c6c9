package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
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
