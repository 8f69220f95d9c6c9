package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a user's text file: bounds on what is read, line ends, byte-order marks and encodings. */
class TextInputTest {
    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(dir.resolve("in.txt"), content);
    }

    private Path file(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUpToTheByteBoundAndRefusesOneByteMore() throws IOException {
        assertEquals("123456789\n", TextInput.readAll(file("123456789\n"), 10));
        String m = assertThrows(InputException.class, () -> TextInput.readAll(file("1234567890\n"), 10)).getMessage();
        assertTrue(m.endsWith("in.txt: more than 10 bytes; allowed: at most 10 (a device or a pipe that never ends is refused too)"), m);
    }

    @Test
    void refusesALineLongerThanItsBound() throws IOException {
        Path f = file("ab\nabcdef\n");
        try (TextInput in = TextInput.open(f, 100, 5)) {
            assertEquals("ab", in.readLine());
            String m = assertThrows(InputException.class, in::readLine).getMessage();
            assertTrue(m.endsWith("in.txt, line 2: longer than 5 bytes; allowed: at most 5 in one line"), m);
        }
    }

    @Test
    void endsLinesAtLfCrlfAndALoneCrAndSkipsAUtf8ByteOrderMark() throws IOException {
        try (TextInput in = TextInput.open(file("\uFEFFa\nb\r\nc\rd"), 100, 100)) {
            for (String expected : new String[] {"a", "b", "c", "d"}) {
                assertEquals(expected, in.readLine());
            }
            assertEquals(4, in.lineNumber());
            assertNull(in.readLine());
        }
    }

    @Test
    void namesTheEncodingAndTheColumnInCharacters() throws IOException {
        String utf16 = assertThrows(InputException.class,
                () -> TextInput.readAll(file("{}".getBytes(StandardCharsets.UTF_16)), 100)).getMessage();
        assertTrue(utf16.contains("UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8"), utf16);
        byte[] utf8 = "x\nçé,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        bytes[utf8.length] = (byte) 0xE9;
        Path latin1 = file(bytes);
        String m = assertThrows(InputException.class, () -> TextInput.readAll(latin1, 100)).getMessage();
        assertTrue(m.contains("line 2, column 4: the byte 0xE9 is not UTF-8; the file may be Latin-1"), m);
    }

    @Test
    void refusesControlCharactersButTabs() throws IOException {
        assertEquals("a\tb\n", TextInput.readAll(file("a\tb"), 100));
        String m = assertThrows(InputException.class, () -> TextInput.readAll(file("ab\u0000"), 100)).getMessage();
        assertTrue(m.contains("line 1, column 3: control character U+0000 (a NUL byte)"), m);
    }
}
