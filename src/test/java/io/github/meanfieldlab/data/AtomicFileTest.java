package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file written all at once, with the permissions of any file the user makes, and no temporary file left. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileHasTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        Path file = dir.resolve("result.csv");
        AtomicFile.writeText(file, w -> w.write("a,b\n"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual")));
        assertEquals(usual, Files.getPosixFilePermissions(file));
        // The control: what the old writers did (createTempFile, then move) gives owner-only permissions.
        Set<PosixFilePermission> temporary = Files.getPosixFilePermissions(Files.createTempFile(dir, "t", ".tmp"));
        assertNotEquals(usual, temporary, "the test tells the two apart");
        assertTrue(usual.contains(PosixFilePermission.OTHERS_READ), "under the usual umask 022: " + usual);
    }

    @Test
    void replacesTheOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "old");
        AtomicFile.writeText(file, w -> w.write("new"));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("kept.csv");
        Files.writeString(file, "precious");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.writeText(file, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().startsWith("cannot write " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("precious", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aMissingFolderIsNamedWithTheReason() {
        Path file = dir.resolve("no-such-folder").resolve("a.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> out.write(1)));
        assertEquals("cannot write " + file + ": no such file or folder", e.getMessage());
    }

    @Test
    void aPathThroughAFileIsNamedWithTheReason() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(plain.resolve("a.png"), out -> out.write(1)));
        assertTrue(e.getMessage().endsWith(": not a folder"), e.getMessage());
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
