package io.github.meanfieldlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meanfieldlab.config.ConfigIO;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The lessons bundled in the jar. Their one source is the repository's {@code samples/} folder, which the build
 * copies into the jar under {@link #RESOURCES}; {@code lessons.json} there is the index (id, title, text, runs,
 * claims), so the lessons work outside the repository too.
 */
public final class Lessons {
    /** Where the build puts the contents of {@code samples/}. */
    public static final String RESOURCES = "/io/github/meanfieldlab/lessons/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Lessons() {
    }

    /** Every lesson, in the order of the index. */
    public static List<Lesson> all() {
        JsonNode index;
        try {
            index = JSON.readTree(resource("lessons.json"));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled lessons.json is not valid JSON", e);
        }
        List<Lesson> lessons = new ArrayList<>();
        for (JsonNode l : index) {
            List<Lesson.Run> runs = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> named = l.required("runs").fields();
            while (named.hasNext()) {
                Map.Entry<String, JsonNode> r = named.next();
                String file = r.getValue().asText();
                runs.add(new Lesson.Run(r.getKey(), file, ConfigIO.parse(resource(file), "lesson sample " + file)));
            }
            List<Lesson.Claim> claims = new ArrayList<>();
            for (JsonNode c : l.path("claims")) {
                claims.add(new Lesson.Claim(c.required("says").asText(), c.required("check").asText()));
            }
            lessons.add(new Lesson(l.required("id").asText(), l.required("title").asText(),
                    resource(l.required("text").asText()), runs, claims));
        }
        return lessons;
    }

    /** The lesson {@code id}. */
    public static Lesson byId(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson '" + id + "'"));
    }

    /** A bundled file of {@code samples/} as text (a configuration, a lesson text, a data CSV). */
    public static String resource(String name) {
        try (InputStream in = Lessons.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled lesson file " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
