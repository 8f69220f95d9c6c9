package io.github.meanfieldlab.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link ExperimentConfig} JSON. A document may give any subset of the fields: the rest
 * come from the built-in default experiment. Unknown fields, a field given twice, content after the document,
 * wrong types and out-of-range values are errors whose message names the source, the field, the value and
 * what is allowed.
 */
public final class ConfigIO {
    /** Bytes of a configuration file read at most: a complete one takes about 600. */
    static final long MAX_BYTES = 1 << 20;
    private static final String DEFAULT_RESOURCE = "/io/github/meanfieldlab/config/default-experiment.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // A field given twice would silently take its last value, hiding the first. Content after the
            // document is refused by JsonDocument, which can say so more plainly than FAIL_ON_TRAILING_TOKENS.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConfigIO() {
    }

    /** The built-in default experiment. */
    public static ExperimentConfig defaults() {
        return ConfigIO.parse(defaultJson(), "the built-in default experiment");
    }

    private static String defaultJson() {
        try (InputStream in = ConfigIO.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a configuration file: UTF-8, at most {@link #MAX_BYTES} bytes, whatever kind of file it is. */
    public static ExperimentConfig read(Path file) {
        return parse(TextInput.readAll(file, MAX_BYTES), UserText.path(file));
    }

    /**
     * Parses a configuration document laid over the defaults, and validates it.
     *
     * @param source names the document in messages (a file name)
     */
    public static ExperimentConfig parse(String json, String source) {
        JsonNode user = JsonDocument.read(MAPPER, json, source, "a configuration is one JSON object");
        if (user == null || !user.isObject()) {
            throw new InputException(source + ": expected a JSON object with the sections model, init, data, flow");
        }
        JsonNode merged = defaultJson().equals(json) ? user : overlay(readDefaultTree(), user, "", source);
        ExperimentConfig config;
        try {
            config = MAPPER.treeToValue(merged, ExperimentConfig.class);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            JsonNode value = merged.at(pointer(e));
            throw new InputException(source + ": field " + path(e) + " = " + UserText.excerpt(String.valueOf(value))
                    + " has the wrong type; expected " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new InputException(source + ": field " + path(e) + ": " + UserText.printable(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": " + UserText.printable(e.getOriginalMessage()));
        }
        List<String> problems = ConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new InputException(source + ": " + String.join("; ", problems));
        }
        return config;
    }

    private static ObjectNode readDefaultTree() {
        try {
            return (ObjectNode) MAPPER.readTree(defaultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the built-in default experiment is not valid JSON", e);
        }
    }

    /** Lays {@code user} over {@code base}; a field that {@code base} lacks is unknown, and an error. */
    private static ObjectNode overlay(ObjectNode base, JsonNode user, String prefix, String source) {
        if (!user.isObject()) {
            throw new InputException(source + ": field " + prefix.replaceAll("\\.$", "")
                    + " must be an object with fields " + fieldNames(base));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = prefix + f.getKey();
            JsonNode known = base.get(f.getKey());
            if (known == null) {
                throw new InputException(source + ": unknown field " + UserText.quote(name) + "; allowed here: "
                        + fieldNames(base));
            }
            if (known.isObject()) {
                overlay((ObjectNode) known, f.getValue(), name + ".", source);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
        return base;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }

    /** What a field of this Java type accepts, in the words of a JSON document. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type != null && java.util.List.class.isAssignableFrom(type)) {
            return "a list of numbers, or null";
        }
        return "an object";
    }

    /** The configuration as an indented JSON document, every field present. */
    public static String toJson(ExperimentConfig config) {
        try {
            return MAPPER.writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
