package io.github.meanfieldlab.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON value of a text a person wrote or kept (a configuration, the app's settings), refused with the
 * source, line and column of what is wrong. Anything after the value but blanks is refused here, in plainer words
 * than Jackson's FAIL_ON_TRAILING_TOKENS; a field given twice is refused where the mapper enables
 * STRICT_DUPLICATE_DETECTION.
 */
public final class JsonDocument {
    private JsonDocument() {
    }

    /**
     * @param source names the text in messages, such as its file
     * @param oneValue what the text must hold, said after "content after the end of the JSON document; ", such
     *        as "a configuration is one JSON object"
     * @throws InputException naming {@code source}, line and column, if the text is not one JSON value
     */
    public static JsonNode read(ObjectMapper mapper, String json, String source, String oneValue) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode document = mapper.readTree(parser);
            JsonProcessingException afterEnd = null;
            try {
                if (parser.nextToken() == null) {
                    return document;
                }
            } catch (JsonProcessingException e) {
                // Not even a token after the value ("}x"): still content after its end.
                afterEnd = e;
            }
            var at = afterEnd == null ? parser.currentTokenLocation() : afterEnd.getLocation();
            throw new InputException(source + ", line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": content after the end of the JSON document; " + oneValue);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(source + (at == null ? "" : ", line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": not valid JSON (" + UserText.printable(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }
}
