package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text file the user named (data, particles, a configuration), read line by line as strict UTF-8 with
 * bounds on what is read: the bytes in all and the bytes of one line. The bounds count what arrives, not
 * what the file's size says, so a device ({@code /dev/zero}) or a pipe that never ends is refused after at
 * most that many bytes, and a pipe that does end ({@code --data <(make-data)}) is read like a file.
 *
 * <p>Lines end with LF, CRLF or a lone CR; a UTF-8 byte-order mark at the start is skipped; control
 * characters other than tab are refused at once (a NUL byte means a binary or UTF-16 file). Every problem
 * is an {@link InputException} naming the file, the line and the column.
 */
public final class TextInput implements Closeable {
    /** Names the text in messages: a file, or an entry of a session archive. */
    private final String source;
    private final InputStream in;
    private final long maxBytes;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long bytesRead;
    private int lineNumber;
    private boolean ended;

    private TextInput(String source, InputStream in, long maxBytes, int maxLineBytes) {
        this.source = source;
        this.in = in;
        this.maxBytes = maxBytes;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Opens {@code file} for reading at most {@code maxBytes} bytes in all and {@code maxLineBytes} in one line.
     *
     * @throws InputException if it is missing, a folder, not readable, or starts as UTF-16 text
     */
    public static TextInput open(Path file, long maxBytes, int maxLineBytes) {
        if (Files.isDirectory(file)) {
            throw new InputException(UserText.path(file) + ": is a folder; a text file was expected");
        }
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw cannotRead(UserText.path(file), e);
        }
        return of(UserText.path(file), stream, maxBytes, maxLineBytes);
    }

    /**
     * Reads {@code stream} (closed with this) as {@link #open} reads a file; {@code source} names it in messages
     * and must already be printable ({@link UserText}).
     */
    public static TextInput of(String source, InputStream stream, long maxBytes, int maxLineBytes) {
        TextInput text = new TextInput(source, stream, maxBytes, maxLineBytes);
        try {
            text.skipByteOrderMark();
        } catch (RuntimeException e) {
            text.close();
            throw e;
        }
        return text;
    }

    /** What names this text in messages. */
    public String source() {
        return source;
    }

    /** The whole of a small text file, its lines joined by LF, read as {@link #open} reads. */
    public static String readAll(Path file, long maxBytes) {
        try (TextInput text = open(file, maxBytes, (int) Math.min(maxBytes, Integer.MAX_VALUE - 8))) {
            return text.readRest();
        }
    }

    /** The lines not read yet, joined by LF. */
    public String readRest() {
        StringBuilder sb = new StringBuilder();
        String l;
        while ((l = readLine()) != null) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    /** The number of the line {@link #readLine} returned last, from 1. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next line without its end, or null at the end of the file. */
    public String readLine() {
        if (ended) {
            return null;
        }
        try {
            int length = 0;
            boolean ascii = true;
            int b;
            while ((b = next()) >= 0 && b != '\n' && b != '\r') {
                if (length == maxLineBytes) {
                    throw new InputException(source + ", line " + (lineNumber + 1) + ": longer than "
                            + maxLineBytes + " bytes; allowed: at most " + maxLineBytes + " in one line");
                }
                if (b < 0x20 && b != '\t' || b == 0x7F) {
                    throw new InputException(source + ", line " + (lineNumber + 1) + ", column "
                            + (column(length) + 1) + ": control character U+" + String.format(Locale.ROOT, "%04X", b)
                            + (b == 0 ? " (a NUL byte)" : "")
                            + "; a UTF-8 text file was expected, and this looks like a binary or UTF-16 file");
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(2L * length, maxLineBytes));
                }
                line[length++] = (byte) b;
                ascii &= b < 0x80;
            }
            if (b < 0) {
                ended = true;
                if (length == 0) {
                    return null;
                }
            } else if (b == '\r' && peek() == '\n') {
                next();
            }
            lineNumber++;
            return ascii ? new String(line, 0, length, StandardCharsets.US_ASCII) : decode(length);
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
    }

    /** The next byte, or -1 at the end. */
    private int next() throws IOException {
        int b = peek();
        if (b >= 0) {
            position++;
            if (++bytesRead > maxBytes) {
                throw new InputException(source + ": more than " + maxBytes + " bytes; allowed: at most "
                        + maxBytes + " (a device or a pipe that never ends is refused too)");
            }
        }
        return b;
    }

    /** The next byte without taking it, or -1 at the end. */
    private int peek() throws IOException {
        while (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position] & 0xFF;
    }

    private void skipByteOrderMark() {
        try {
            while (limit < 3) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    break;
                }
                limit += n;
            }
            int b0 = limit > 0 ? buffer[0] & 0xFF : -1;
            int b1 = limit > 1 ? buffer[1] & 0xFF : -1;
            int b2 = limit > 2 ? buffer[2] & 0xFF : -1;
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
                throw new InputException(source + ": UTF-16 text (it starts with a UTF-16 byte-order mark); "
                        + "save it as UTF-8");
            }
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                position = 3;
                bytesRead = 3;
            }
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
    }

    private String decode(int length) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            int at = bytes.position();
            throw new InputException(source + ", line " + lineNumber + ", column " + (column(at) + 1)
                    + ": the byte 0x" + String.format(Locale.ROOT, "%02X", line[at] & 0xFF) + " is not UTF-8; the file may "
                    + "be Latin-1 or Windows-1252 text: save it as UTF-8");
        }
        return chars.flip().toString();
    }

    /** Characters before byte {@code at} of the current line: every byte that does not continue a UTF-8 sequence. */
    private int column(int at) {
        int c = 0;
        for (int i = 0; i < at; i++) {
            if ((line[i] & 0xC0) != 0x80) {
                c++;
            }
        }
        return c;
    }

    private static InputException cannotRead(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputException(source + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(source + ": cannot be read: permission denied");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new InputException(source + ": cannot be read (" + reason + ")", e);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written through this stream, so a failing close loses nothing.
        }
    }
}
