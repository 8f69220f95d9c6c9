package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Optional;

/** Where the app keeps its settings between launches; tests pass their own so a user's settings stay untouched. */
public interface SettingsStore {
    /**
     * The settings saved last, or empty when none were saved.
     *
     * @throws io.github.meanfieldlab.core.InputException when saved settings exist but cannot be read
     */
    Optional<AppSettings> load();

    /**
     * Saves {@code settings} for the next launch.
     *
     * @throws java.io.UncheckedIOException when they cannot be written
     */
    void save(AppSettings settings);

    /**
     * Where the window keeps the run it showed when it closed, to reopen it with its particles and history;
     * empty for a store that keeps none (a test's).
     */
    default Optional<Path> lastSessionFile() {
        return Optional.empty();
    }

    /** The store of the user running the app: {@code ~/.meanfield-lab/app-settings.json}. */
    static SettingsStore inUserHome() {
        return new JsonSettingsStore(Path.of(System.getProperty("user.home"), ".meanfield-lab", "app-settings.json"));
    }
}
