package io.github.meanfieldlab.data;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once: into a temporary sibling ({@link TempFiles}), then moved into place, so that a
 * reader, a crash or a kill finds the old file or the new one, never half of one. The file gets the permissions
 * of any file the user creates (0644 under the usual umask). Every writer of results, figures and settings
 * goes through here.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Bytes to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Bytes to write through the file's channel, for formats that go back to fill in what they wrote (MP4). */
    @FunctionalInterface
    public interface Positioned {
        /** Writes through {@code channel}, which the caller closes (so do not close it here). */
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Text to write, in UTF-8. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}, replacing it if it exists; its folder must exist.
     *
     * @throws IOException whose message names {@code target} and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        writePositioned(target, streamed(content));
    }

    /** As {@link #write(Path, Content)}, for content that writes at chosen positions of the file. */
    public static void writePositioned(Path target, Positioned content) throws IOException {
        Path file = target.toAbsolutePath();
        try {
            Path temp = TempFiles.createFile(file.getParent(), file.getFileName().toString());
            try {
                writeDurably(temp, content);
                TempFiles.whileRunning(() -> moveIntoPlace(temp, file));
            } finally {
                TempFiles.delete(temp);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + IoReason.of(e), e);
        }
    }

    /** Creates and removes a temporary file in the folder {@code dir}: the only sure test that files can be made there. */
    public static void probe(Path dir) throws IOException {
        TempFiles.delete(TempFiles.createFile(dir.toAbsolutePath(), "probe"));
    }

    /** As {@link #write(Path, Content)}, for text in UTF-8. */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, utf8(text));
    }

    /** The bytes {@link #writeText} writes for {@code text}: for files written as one set from memory. */
    public static byte[] bytes(Text text) {
        StringWriter w = new StringWriter();
        try {
            text.writeTo(w);
        } catch (IOException e) {
            // A StringWriter does not fail; a Text that fails on its own is a programming error.
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} as bytes in UTF-8. */
    static Content utf8(Text text) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        };
    }

    /** {@code content} written through a buffered stream on the channel. */
    static Positioned streamed(Content content) {
        return channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        };
    }

    /** Writes {@code content} into the existing file {@code path} and waits until it is on the disk. */
    static void writeDurably(Path path, Positioned content) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(channel);
            // Without this, a power cut soon after the move could leave the new name on an empty file.
            channel.force(true);
        }
    }

    /** Renames {@code from} to {@code to} in one step where the file system can; replaces {@code to}. */
    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
