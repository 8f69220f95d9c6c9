package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window for UI tests: its own settings file in a fresh temporary folder (never the user's), a small
 * experiment that keeps running until paused, and helpers to act on the FX thread and wait for the solver.
 */
final class WindowFixture {
    /** A small, cheap experiment that never stops by itself, so that tests can watch it run. */
    static ExperimentConfig smallRunningExperiment() {
        ExperimentConfig d = ConfigIO.defaults();
        return d.withModel(d.model().withSize(8, 16))
                .withData(new ExperimentConfig.Data("spirals", null, 48, 0, 7, false, 4))
                .withFlow(new ExperimentConfig.Flow(0.05, 1e9, 0));
    }

    final Path settingsFile;
    final MainWindow window;

    /**
     * Opens a window on {@code stage} over a settings file holding {@code config}, limited to {@code speed}
     * steps/s; restarts and paintings run on the FX thread, so that each has happened when the FX events that
     * asked for it have run.
     */
    WindowFixture(Stage stage, ExperimentConfig config, double speed) {
        this(stage, config, speed, SameThreadExecutor.both());
    }

    /** As above, with the window's background work on {@code executors}. */
    WindowFixture(Stage stage, ExperimentConfig config, double speed, AppExecutors executors) {
        this(stage, config, speed, executors, 1200, 800);
    }

    /** As above, the window opened at {@code width} × {@code height}. */
    WindowFixture(Stage stage, ExperimentConfig config, double speed, AppExecutors executors, double width,
                  double height) {
        this(stage, config, speed, executors, width, height, new DialogQuestions());
    }

    /** As above, the export's questions answered by {@code questions}. */
    WindowFixture(Stage stage, ExperimentConfig config, double speed, AppExecutors executors, double width,
                  double height, ExportQuestions questions) {
        try {
            settingsFile = Files.createTempDirectory("meanfield-app-test").resolve("app-settings.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSettingsStore store = new JsonSettingsStore(settingsFile);
        store.save(new AppSettings(config, width, height, speed, Map.of()));
        window = new MainWindow(store, executors, questions);
        window.open(stage);
    }

    FlowSession session() {
        return window.session();
    }

    LabModel model() {
        return window.model();
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition} holds, failing with {@code what} after {@code seconds}. */
    static void waitUntil(String what, double seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Waits until the window shows a run of {@code config}'s size in every pane and returns the newest snapshot
     * of it. Waiting for the panes, not only the session, matters: the session publishes the new run's first
     * snapshot before the window has been told that the run started.
     */
    FlowSnapshot waitForRun(int depth, int width) {
        waitUntil("a run with L = " + depth + ", M = " + width, 20, () -> {
            FlowSnapshot s = session().latest();
            long run = onFx(() -> model().runId());
            return s != null && s.runId() == run && s.spec().depth() == depth && s.spec().width() == width
                    && window.panels().stream().allMatch(p -> p.canvas().shownRunId() == run);
        });
        return session().latest();
    }

    /** Waits until the current run has taken at least {@code steps} steps beyond {@code from}. */
    FlowSnapshot waitForStep(long from, long steps) {
        waitUntil("step " + (from + steps), 20, () -> {
            FlowSnapshot s = session().latest();
            return s != null && s.step() >= from + steps;
        });
        return session().latest();
    }

    /** Moves a log slider the way a drag does: value changing, the new value, released. */
    static void drag(LogSlider slider, int value) {
        Slider s = slider.slider();
        s.setValueChanging(true);
        s.setValue(slider.positionOf(value));
        s.setValueChanging(false);
    }

    /** Names of live solver threads (each run has one; its workers are named after it). */
    static List<String> liveSolverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("meanfield-solver-run-"))
                .map(Thread::getName).toList();
    }

    void close() {
        onFx(() -> {
            window.close();
            return null;
        });
    }
}
