package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where results cannot go is found before the run starts, in one line that gives the reason, with exit code 2;
 * a failure while writing after the run is one such line too. Every refused run here asks for 10⁸ steps, so a
 * check that came after the run would not end in the test's time.
 */
class OutputFolderTest {
    private static final Duration BEFORE_THE_RUN = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private CliRun refusedAtOnce(String command, String out, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--steps", "100000000", "--out", out));
        args.addAll(List.of(more));
        CliRun r = assertTimeoutPreemptively(BEFORE_THE_RUN, () -> CliRun.of(args.toArray(String[]::new)));
        assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        return r;
    }

    @Test
    void anEmptyOutIsRefused() {
        assertTrue(refusedAtOnce("run", "").err().contains("--out is empty"));
        assertTrue(refusedAtOnce("figure", "").err().contains("--out is empty"));
    }

    @Test
    void aPathThroughAFileIsRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("somefile"), "text");
        String err = refusedAtOnce("run", file.resolve("sub").toString()).err();
        assertTrue(err.contains(file + " is not a folder"), err);
        assertTrue(refusedAtOnce("figure", file.toString()).err().contains(file + " is not a folder"));
        assertEquals("text", Files.readString(file));
    }

    @Test
    void kernelFileSystemsAreRefused() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        assertTrue(refusedAtOnce("run", "/proc/x").err().contains("is on a proc file system"));
        assertTrue(refusedAtOnce("run", "/proc/self").err().contains("is on a proc file system"));
        assertTrue(refusedAtOnce("figure", "/sys/x").err().contains("is on a sysfs file system"));
        assertTrue(Files.notExists(Path.of("/proc/x")));
    }

    @Test
    void aResultNameTakenByAFolderIsRefusedEvenWithForce() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("history.csv"));
        Files.writeString(out.resolve("history.csv").resolve("keep.txt"), "mine");
        String err = refusedAtOnce("run", out.toString(), "--force").err();
        assertTrue(err.contains(out.resolve("history.csv") + " is a folder"), err);
        assertEquals("mine", Files.readString(out.resolve("history.csv").resolve("keep.txt")));
    }

    /**
     * A subfolder of the results that is a link, even one to a folder, is refused before the runs: a comparison
     * bundle's files must be renamed into place on the folder's own file system ({@code FileSet.obstacle}).
     */
    @Test
    void aResultSubfolderThatIsALinkIsRefusedBeforeTheRuns() throws IOException {
        Path b = Files.writeString(dir.resolve("B.json"), "{\"model\": {\"block\": \"regularized-relu\"}}");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("A"), elsewhere);
        String err = refusedAtOnce("figure", out.toString(), "--versus", b.toString(), "--bundle", "--force").err();
        assertEquals("error: " + out.resolve("A") + " is a symbolic link; results go into a folder of that name: remove "
                + "it, or choose another --out\n", err);
        assertEquals(List.of(out.resolve("A")), list(out));
        assertEquals(List.of(), list(elsewhere));
    }

    /**
     * A folder the user may not write. Root may write anywhere, so as root the check runs in a JVM started
     * without the capabilities that let root ignore permissions ({@code setpriv}); as anyone else, as itself.
     */
    @Test
    void aFolderTheUserCannotWriteIsRefusedWithTheReason() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("history.csv"), "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (String out : List.of(locked.resolve("sub").toString(), locked.toString())) {
                ChildJvm r = withoutPermissionOverride("run", "--steps", "100000000", "--force", "--out", out);
                assertEquals(Main.BAD_INPUT, r.exitCode, r.output);
                assertEquals("error: --out " + out + ": cannot create files in " + locked + ": permission denied\n",
                        r.output);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of(locked.resolve("history.csv")), list(locked));
    }

    /**
     * An existing subfolder of the results that the user may not write (a comparison bundle's A/) is refused before
     * the runs, not when its files are put in place after them; run as above.
     */
    @Test
    void aResultSubfolderTheUserCannotWriteIsRefusedBeforeTheRuns() throws Exception {
        Path b = Files.writeString(dir.resolve("B.json"), "{\"model\": {\"block\": \"regularized-relu\"}}");
        Path out = Files.createDirectory(dir.resolve("out"));
        Path locked = Files.createDirectory(out.resolve("A"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            ChildJvm r = withoutPermissionOverride("figure", "--versus", b.toString(), "--bundle", "--steps",
                    "100000000", "--out", out.toString());
            assertEquals(Main.BAD_INPUT, r.exitCode, r.output);
            assertEquals("error: --out " + out + ": cannot create files in " + locked + ": permission denied\n",
                    r.output);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of(locked), list(out));
        assertEquals(List.of(), list(locked));
    }

    /** Runs the program in a JVM of its own which, when the user is root, cannot ignore file permissions. */
    private static ChildJvm withoutPermissionOverride(String... args) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to drop root's override");
        return ChildJvm.run(List.of("--add-modules", VectorModuleRelaunch.MODULE), pb -> {
            if (root) {
                pb.command().addAll(0, List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
            }
        }, args);
    }

    /**
     * A write that fails after the run, made certain by a limit on file sizes (ulimit -f) that the 600 kB
     * particles.csv exceeds: one line with the file and the reason, and the folder as it was.
     */
    @Test
    void aWriteThatFailsAfterTheRunIsOneLineWithTheReason() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell for ulimit");
        Path config = Files.writeString(dir.resolve("c.json"), "{\"model\": {\"depth\": 64, \"width\": 64}}");
        Path out = dir.resolve("out");
        ChildJvm r = ChildJvm.run(List.of("--add-modules", VectorModuleRelaunch.MODULE), pb -> {
            String command = String.join(" ", pb.command().stream().map(a -> "'" + a + "'").toList());
            pb.command(List.of("/bin/sh", "-c", "ulimit -f 200 && exec " + command));
        }, "run", "--config", config.toString(), "--steps", "0", "--threads", "1", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exitCode, r.output);
        List<String> errors = r.output.lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.output);
        assertTrue(errors.get(0).contains(out.resolve("particles.csv") + ": file too large"), r.output);
        assertTrue(!r.output.contains("\tat "), "no stack trace: " + r.output);
        assertEquals(List.of(), list(out), "nothing written, no temporary file left");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
