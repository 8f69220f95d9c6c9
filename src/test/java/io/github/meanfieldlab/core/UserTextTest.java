package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** User text in messages: short, one line, and every control or invisible character spelled out. */
class UserTextTest {
    @Test
    void aShortTextIsQuotedAsItIs() {
        assertEquals("'relu'", UserText.quote("relu"));
        assertEquals("'−1 é ü 漢'", UserText.quote("−1 é ü 漢"));
    }

    @Test
    void aLongTextBecomesAnExcerptThatSaysHowLongItWas() {
        String cell = "7".repeat(10_000_000);
        String q = UserText.quote(cell);
        assertEquals("'" + "7".repeat(UserText.EXCERPT_CHARS) + "… (10000000 characters)'", q);
    }

    @Test
    void controlAndInvisibleCharactersAreSpelledOut() {
        assertEquals("'a\\u0000b\\u001B[31m\\n\\t\\r\\u00A0\\u200B\\u007F'",
                UserText.quote("a\0b\u001b[31m\n\t\r\u00a0\u200b\u007f"));
        assertEquals("/tmp/a\\nb.csv", UserText.path(Path.of("/tmp/a\nb.csv")));
    }

    @Test
    void aLibraryMessageIsKeptToOneShortLine() {
        String m = UserText.printable("Unrecognized token '" + "x".repeat(1000) + "'\n at [Source: …]");
        assertTrue(m.length() < 200 && !m.contains("\n") && m.endsWith("…"), m);
    }

    @Test
    void charactersOutsideTheBasicPlaneAreKeptWhole() {
        assertEquals("'\uD83D\uDE00'", UserText.quote("\uD83D\uDE00"));
        assertEquals("'\\uD83D'", UserText.quote("\uD83D"), "a lone surrogate is spelled out");
    }
}
