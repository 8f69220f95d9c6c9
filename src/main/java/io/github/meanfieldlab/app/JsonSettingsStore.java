package io.github.meanfieldlab.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.IoReason;
import io.github.meanfieldlab.data.TempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings as one JSON file: the window, the speed, the panes' view options, and the experiment in the same
 * format as a configuration file, so it is validated as strictly as one. View options are only hints: ones the
 * panes do not know are ignored.
 */
public final class JsonSettingsStore implements SettingsStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double MIN_WINDOW = 400;
    private static final double MAX_WINDOW = 16384;

    private final Path file;

    public JsonSettingsStore(Path file) {
        this.file = file;
    }

    @Override
    public Optional<AppSettings> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("experiment").isObject()) {
            throw new InputException(file + ": expected an object with the fields window, stepsPerSecond, experiment");
        }
        ExperimentConfig experiment = ConfigIO.parse(root.get("experiment").toString(), file + ", field experiment");
        AppSettings d = AppSettings.defaults();
        double width = clamp(root.path("window").path("width").asDouble(d.windowWidth()));
        double height = clamp(root.path("window").path("height").asDouble(d.windowHeight()));
        double speed = root.path("stepsPerSecond").asDouble(d.stepsPerSecond());
        Map<String, String> views = new LinkedHashMap<>();
        root.path("viewOptions").fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                views.put(f.getKey(), f.getValue().asText());
            }
        });
        return Optional.of(new AppSettings(experiment, width, height, speed >= 0 ? speed : 0, views));
    }

    private static double clamp(double size) {
        return Double.isFinite(size) ? Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, size)) : MIN_WINDOW;
    }

    @Override
    public void save(AppSettings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode window = root.putObject("window");
        window.put("width", settings.windowWidth());
        window.put("height", settings.windowHeight());
        root.put("stepsPerSecond", settings.stepsPerSecond());
        ObjectNode views = root.putObject("viewOptions");
        new TreeMap<>(settings.viewOptions()).forEach(views::put);
        try {
            root.set("experiment", MAPPER.readTree(ConfigIO.toJson(settings.experiment())));
            String json = MAPPER.writeValueAsString(root);
            Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
            // What an earlier app that was killed while saving left there.
            TempFiles.removeStale(dir);
            AtomicFile.writeText(file, w -> w.write(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the settings: " + IoReason.withPath(e), e);
        }
    }
}
