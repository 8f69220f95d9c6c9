package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link MainWindow}. Named parameters: {@code --settings=FILE} (default: the
 * user's store) and {@code --measure=SECONDS} (run the {@link PerformanceProbe}, print its report and quit).
 * Started through {@link AppLauncher}.
 */
public final class MeanFieldApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        SettingsStore store = StartupWork.store().orElseGet(() -> StartupWork.storeFor(
                named.containsKey("settings") ? Path.of(named.get("settings")) : null));
        stage.setTitle("MeanField Lab");
        stage.setScene(StartupScreen.scene(store));
        stage.show();
        long startupScreenAt = System.currentTimeMillis();
        // The main window is built once the start-up screen's frame has gone to the renderer, so that it is drawn
        // while the FX thread builds the window.
        Runnable build = () -> {
            window = new MainWindow(store);
            window.open(stage);
            if (named.containsKey("measure")) {
                new PerformanceProbe(window, Double.parseDouble(named.get("measure")), System.out, Platform::exit,
                        startupScreenAt, PerformanceMeter.threadCpuNanos()).start();
            }
        };
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(build);
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
