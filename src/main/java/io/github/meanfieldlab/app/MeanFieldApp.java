package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Map;
import javafx.animation.AnimationTimer;
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
    /**
     * Frames of the start-up screen before the FX thread turns to building the main window (about 170 ms). Under
     * Xvfb, building after 3 frames left the window white until the main one was up; after 10 the start-up screen
     * showed (screenshots, the app given priority over the development machine's fifteen-fold load; without that
     * priority, under that load, the window still stayed white until the main one).
     */
    private static final int FRAMES_BEFORE_BUILDING = 10;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        SettingsStore store = StartupWork.store().orElseGet(() -> StartupWork.storeFor(
                named.containsKey("settings") ? Path.of(named.get("settings")) : null));
        stage.setTitle("MeanField Lab");
        StartupScreen.show(stage, store);
        long startupScreenAt = System.currentTimeMillis();
        // The main window is built once the start-up screen is on screen: a few frames later, since the renderer
        // draws a frame after the FX thread has laid it out, and under Xvfb showed only a white window when the
        // build began right after the first layout.
        Runnable build = () -> {
            window = new MainWindow(store);
            window.open(stage);
            if (named.containsKey("measure")) {
                new PerformanceProbe(window, Double.parseDouble(named.get("measure")),
                        named.containsKey("measure-compare"), System.out, Platform::exit, startupScreenAt,
                        PerformanceMeter.threadCpuNanos()).start();
            }
            if (named.containsKey("measure-pace")) {
                new PaceProbe(window, System.out, Platform::exit).start();
            }
        };
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES_BEFORE_BUILDING) {
                    stop();
                    Platform.runLater(build);
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
