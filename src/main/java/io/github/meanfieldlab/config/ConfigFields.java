package io.github.meanfieldlab.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.core.InputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of a configuration by their JSON path ("model.width"): which paths exist, and a configuration with
 * some of them set from text, checked as if the document had been written so.
 */
public final class ConfigFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigFields() {
    }

    /** Every field's path, section by section, in document order: model.block, model.stateDimension, … */
    public static List<String> paths() {
        return new ArrayList<>(leaves(ConfigIO.defaults()).keySet());
    }

    /**
     * {@code base} with each field of {@code values} (path → text) set. Text that reads as a JSON number, true,
     * false or null is that; anything else is a string.
     *
     * @param source names the settings in messages, such as "--vary model.width=64"
     * @throws InputException naming the path and the allowed ones if a path is not a field, or naming the field,
     *     the value and what is allowed if the configuration it makes is not valid
     */
    public static ExperimentConfig with(ExperimentConfig base, Map<String, String> values, String source) {
        ObjectNode root = tree(base);
        for (Map.Entry<String, String> v : values.entrySet()) {
            String path = v.getKey();
            String[] parts = path.split("\\.", -1);
            JsonNode section = root;
            for (int i = 0; i < parts.length - 1 && section != null; i++) {
                section = section.get(parts[i]);
            }
            String last = parts[parts.length - 1];
            if (!(section instanceof ObjectNode) || !section.has(last) || section.get(last).isObject()) {
                throw new InputException(source + ": '" + path + "' is not a field of the configuration; allowed: "
                        + String.join(", ", paths()));
            }
            ((ObjectNode) section).set(last, scalar(v.getValue()));
        }
        return ConfigIO.parse(root.toString(), source);
    }

    /**
     * The fields where {@code a} and {@code b} differ, path → the two values as text, in document order: what a
     * comparison of two runs labels them by.
     */
    public static Map<String, String[]> differences(ExperimentConfig a, ExperimentConfig b) {
        Map<String, String> left = leaves(a);
        Map<String, String> right = leaves(b);
        Map<String, String[]> differ = new java.util.LinkedHashMap<>();
        left.forEach((path, value) -> {
            if (!value.equals(right.get(path))) {
                differ.put(path, new String[] {value, right.get(path)});
            }
        });
        return differ;
    }

    private static Map<String, String> leaves(ExperimentConfig config) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        collectValues(tree(config), "", out);
        return out;
    }

    private static void collectValues(JsonNode node, String prefix, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isObject()) {
                collectValues(f.getValue(), prefix + f.getKey() + ".", out);
            } else {
                out.put(prefix + f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
            }
        }
    }

    private static JsonNode scalar(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && (node.isNumber() || node.isBoolean() || node.isNull())) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // Not JSON: a string, such as a block's name.
        }
        return MAPPER.getNodeFactory().textNode(text);
    }

    private static ObjectNode tree(ExperimentConfig config) {
        try {
            return (ObjectNode) MAPPER.readTree(ConfigIO.toJson(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration wrote JSON it cannot read", e);
        }
    }
}
