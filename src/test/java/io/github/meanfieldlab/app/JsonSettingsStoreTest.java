package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedIsEmpty() {
        assertEquals(Optional.empty(), new JsonSettingsStore(dir.resolve("none.json")).load());
    }

    @Test
    void savedSettingsComeBack() {
        ExperimentConfig d = ConfigIO.defaults();
        AppSettings settings = new AppSettings(d.withModel(d.model().withSize(32, 256)), 1280, 720, 50,
                Map.of("density.log colour", "true", "particles.plane", "COORDINATES"));
        JsonSettingsStore store = new JsonSettingsStore(dir.resolve("sub/dir/settings.json"));
        store.save(settings);
        assertEquals(settings, store.load().orElseThrow());
    }

    @Test
    void savingReplacesTheFileWholeAndRemovesWhatAKilledSaveLeft() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path left = Files.writeString(dir.resolve(".settings.json." + gone.pid() + "-0.meanfield-tmp"), "{ \"win");
        Path file = dir.resolve("settings.json");
        new JsonSettingsStore(file).save(AppSettings.defaults());
        assertEquals(AppSettings.defaults(), new JsonSettingsStore(file).load().orElseThrow());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList(), "no temporary file: " + left);
        }
    }

    @Test
    void aCorruptFileIsAClearError() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"window\": ");
        InputException e = assertThrows(InputException.class, () -> new JsonSettingsStore(file).load());
        assertTrue(e.getMessage().startsWith(file + ", line ") && e.getMessage().contains(": not valid JSON"),
                e.getMessage());
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotSilentlyTakenLast() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"stepsPerSecond\": 5, \"stepsPerSecond\": 50, \"experiment\": {}}");
        InputException e = assertThrows(InputException.class, () -> new JsonSettingsStore(file).load());
        assertTrue(e.getMessage().contains("Duplicate field 'stepsPerSecond'"), e.getMessage());
    }

    @Test
    void anEndlessFileIsRefusedAfterTheBound() {
        Path zero = Path.of("/dev/zero");
        if (!Files.isReadable(zero)) {
            return;
        }
        // Files.readString would read until the heap ran out; the bounded reader stops at the first NUL byte.
        InputException e = assertThrows(InputException.class, () -> new JsonSettingsStore(zero).load());
        assertTrue(e.getMessage().startsWith("/dev/zero"), e.getMessage());
    }

    @Test
    void controlCharactersInTheParsersMessageAreSpelledOut() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"experiment\": {}, \"x\": tru\u0007e}");
        InputException e = assertThrows(InputException.class, () -> new JsonSettingsStore(file).load());
        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), e.getMessage());
    }

    @Test
    void recentFilesComeBackNewestFirst() {
        JsonSettingsStore store = new JsonSettingsStore(dir.resolve("settings.json"));
        AppSettings settings = AppSettings.defaults().withRecentFiles(List.of("/a/b.mflab", "/c/d.json"));
        store.save(settings);
        assertEquals(List.of("/a/b.mflab", "/c/d.json"), store.load().orElseThrow().recentFiles());
    }

    @Test
    void anOutOfRangeSettingNamesItsField() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"width\": 800, \"height\": 600}, \"stepsPerSecond\": 0,"
                + " \"experiment\": {\"model\": {\"width\": 0}}}");
        InputException e = assertThrows(InputException.class, () -> new JsonSettingsStore(file).load());
        assertTrue(e.getMessage().contains("model.width = 0 is out of range"), e.getMessage());
    }

    @Test
    void anAbsurdWindowSizeIsClampedToAUsableOne() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"width\": 5, \"height\": 1e9}, \"stepsPerSecond\": -3, \"experiment\": {},"
                + " \"viewOptions\": {\"loss.accuracy\": \"false\", \"loss.odd\": 3}}");
        AppSettings s = new JsonSettingsStore(file).load().orElseThrow();
        assertEquals(400, s.windowWidth());
        assertEquals(16384, s.windowHeight());
        assertEquals(0, s.stepsPerSecond());
        assertEquals(ConfigIO.defaults(), s.experiment());
        assertEquals(Map.of("loss.accuracy", "false"), s.viewOptions(), "view options are text; others are dropped");
    }
}
