package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View options are saved by stable ids, and settings files saved when they were keyed by label text still load. */
@ExtendWith(ApplicationExtension.class)
class SavedViewOptionsTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
    }

    @Test
    void optionsSavedByLabelComeBackAndAreSavedByIdFromThenOn() throws IOException {
        Path file = dir.resolve("app-settings.json");
        // A settings file as the app wrote it before options had ids.
        Files.writeString(file, """
                {
                  "window" : { "width" : 1280.0, "height" : 720.0 },
                  "stepsPerSecond" : 0.0,
                  "viewOptions" : {
                    "density.log colour" : "true",
                    "density.mass-weighted" : "false",
                    "density.smoothing" : "STRONG",
                    "fit.boundary g = 0" : "false",
                    "loss.dissipation I(s)" : "false",
                    "loss.flow fidelity" : "true",
                    "particles.plane" : "COORDINATES",
                    "particles.trails" : "true"
                  },
                  "experiment" : { }
                }
                """);
        JsonSettingsStore store = new JsonSettingsStore(file);
        MainWindow window = onFx(() -> new MainWindow(store, SameThreadExecutor.both()));
        Map<String, String> expected = Map.of("density.logColour", "true", "density.massWeighted", "false",
                "density.smoothing", "STRONG", "fit.boundary", "false", "loss.dissipation", "false",
                "loss.fidelity", "true", "particles.plane", "COORDINATES", "particles.trails", "true");
        assertEquals(expected, restoredOf(window, expected));

        onFx(window::close);
        Map<String, String> saved = store.load().orElseThrow().viewOptions();
        assertEquals(expected, saved.entrySet().stream().filter(e -> expected.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "saved by id");
        assertEquals(saved.size(), saved.keySet().stream().filter(k -> !k.contains(" ")).count(),
                "no label text among the keys: " + saved.keySet());
    }

    /** The options the window's panes show now, for the keys of {@code wanted}. */
    private static Map<String, String> restoredOf(MainWindow window, Map<String, String> wanted) {
        return onFx(() -> window.panels().stream()
                .flatMap(p -> p.viewOptions().entrySet().stream().map(e -> Map.entry(p.getId() + "." + e.getKey(), e.getValue())))
                .filter(e -> wanted.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
