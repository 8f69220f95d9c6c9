package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link MainWindow}. Named parameters: {@code --settings=FILE} (default: the
 * user's store), {@code --measure=SECONDS} (run the {@link PerformanceProbe}, print its report and quit) and
 * {@code --measure-pace=true} (run the {@link PaceProbe} on the first run, print its figure and quit).
 * Started through {@link AppLauncher}.
 */
public final class MeanFieldApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        SettingsStore store = named.containsKey("settings")
                ? new JsonSettingsStore(Path.of(named.get("settings")))
                : SettingsStore.inUserHome();
        window = new MainWindow(store);
        window.open(stage);
        if (named.containsKey("measure")) {
            new PerformanceProbe(window, Double.parseDouble(named.get("measure")), System.out, Platform::exit).start();
        }
        if (named.containsKey("measure-pace")) {
            new PaceProbe(window, System.out, Platform::exit).start();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
