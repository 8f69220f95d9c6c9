package io.github.meanfieldlab.app;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.config.JsonDocument;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.IoReason;
import io.github.meanfieldlab.data.TempFiles;
import io.github.meanfieldlab.data.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings as one JSON file: the window, the speed, the panes' view options, and the experiment in the same
 * format as a configuration file, so it is validated as strictly as one. View options are only hints: ones the
 * panes do not know are ignored. The file is read as strictly as a configuration: bounded, UTF-8, no field twice.
 */
public final class JsonSettingsStore implements SettingsStore {
    /** Bytes of a settings file read at most: one with a hundred view options and ten recent files takes about 6 KB. */
    static final long MAX_BYTES = 1 << 20;
    /** Recent files kept, newest first. */
    static final int MAX_RECENT = 10;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // A field given twice would silently take its last value, hiding the first.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final double MIN_WINDOW = 400;
    private static final double MAX_WINDOW = 16384;

    /** The session written when the window closes, beside the settings. */
    static final String LAST_SESSION = "last-session.mflab";

    private final Path file;

    public JsonSettingsStore(Path file) {
        this.file = file;
    }

    @Override
    public Optional<AppSettings> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String where = UserText.path(file);
        JsonNode root = JsonDocument.read(MAPPER, TextInput.readAll(file, MAX_BYTES), where,
                "the settings are one JSON object");
        if (root == null || !root.isObject() || !root.path("experiment").isObject()) {
            throw new InputException(where + ": expected an object with the fields window, stepsPerSecond, experiment");
        }
        ExperimentConfig experiment = ConfigIO.parse(root.get("experiment").toString(), where + ", field experiment");
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
        List<String> recent = new ArrayList<>();
        for (JsonNode f : root.path("recentFiles")) {
            if (f.isTextual() && recent.size() < MAX_RECENT) {
                recent.add(f.asText());
            }
        }
        String exportFolder = root.path("exportFolder").isTextual() ? root.get("exportFolder").asText() : null;
        return Optional.of(new AppSettings(experiment, width, height, speed >= 0 ? speed : 0, views, recent,
                exportFolder));
    }

    private static double clamp(double size) {
        return Double.isFinite(size) ? Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, size)) : MIN_WINDOW;
    }

    @Override
    public Optional<Path> lastSessionFile() {
        return Optional.of(file.resolveSibling(LAST_SESSION));
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
        ArrayNode recent = root.putArray("recentFiles");
        settings.recentFiles().stream().limit(MAX_RECENT).forEach(recent::add);
        if (settings.exportFolder() != null) {
            root.put("exportFolder", settings.exportFolder());
        }
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
