package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meanfieldlab.core.InputException;
import org.junit.jupiter.api.Test;

/** The JSON reader shared by configurations and the app's settings: one value, or the place that is wrong. */
class JsonDocumentTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Test
    void oneValueWithBlanksAfterItIsRead() {
        assertEquals(2, JsonDocument.read(MAPPER, "{\"a\": 1, \"b\": 2}\n\n", "f.json", "one object").size());
    }

    @Test
    void whatIsWrongIsNamedWithSourceLineAndColumn() {
        assertEquals("f.json, line 2, column 1: content after the end of the JSON document; one object",
                refused("{\"a\": 1}\n{\"b\": 2}"));
        // Not even a token after the value: Jackson places it at the end of what it read ("x" is column 9).
        String letter = refused("{\"a\": 1}x");
        assertTrue(letter.matches("f\\.json, line 1, column (9|10): content after the end of the JSON document; one "
                + "object"), letter);
        String broken = refused("{\"a\": }");
        assertTrue(broken.startsWith("f.json, line 1, column 7: not valid JSON ("), broken);
        String twice = refused("{\"a\": 1, \"a\": 2}");
        assertTrue(twice.startsWith("f.json, line 1, column ") && twice.contains("Duplicate field 'a'"), twice);
    }

    private static String refused(String json) {
        return assertThrows(InputException.class, () -> JsonDocument.read(MAPPER, json, "f.json", "one object"))
                .getMessage();
    }
}
