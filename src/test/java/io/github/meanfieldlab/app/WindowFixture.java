package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window for UI tests: its own settings file in a fresh temporary folder (never the user's), a small
 * experiment that keeps running until paused, and helpers to act on the FX thread and wait for the solver.
 *
 * <p>Registered in a TestFX test as one line, {@code @RegisterExtension final WindowFixture fixture =
 * WindowFixture.openedBeforeEach(config, speed)}, it opens the window on TestFX's stage before each test and,
 * after it, closes the window and fails the test if an exception reached the FX thread. JUnit registers the
 * field after the class's {@code ApplicationExtension}, so the stage is there before this opens and this has
 * closed before TestFX cleans up.
 */
final class WindowFixture implements BeforeEachCallback, AfterEachCallback {
    /** A small, cheap experiment that never stops by itself, so that tests can watch it run. */
    static ExperimentConfig smallRunningExperiment() {
        ExperimentConfig d = ConfigIO.defaults();
        return d.withModel(d.model().withSize(8, 16))
                .withData(new ExperimentConfig.Data("spirals", null, 48, 0, 7, false, 4))
                .withFlow(new ExperimentConfig.Flow(0.05, 1e9, 0));
    }

    /** The experiment opened before each test, or null where each test opens its own with {@link #open}. */
    private final ExperimentConfig initial;
    private final double speed;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Stage stage;
    Path settingsFile;
    MainWindow window;

    /** A window on {@code config} at {@code speed} steps/s, opened before each test of the class. */
    static WindowFixture openedBeforeEach(ExperimentConfig config, double speed) {
        return new WindowFixture(Objects.requireNonNull(config), speed);
    }

    /** A window at {@code speed} steps/s that each test opens on its own experiment with {@link #open}. */
    static WindowFixture openedByEachTest(double speed) {
        return new WindowFixture(null, speed);
    }

    private WindowFixture(ExperimentConfig initial, double speed) {
        this.initial = initial;
        this.speed = speed;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        onFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e)));
        if (initial != null) {
            open(initial);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (window != null) {
            close();
        }
        assertEquals(List.of(), fxErrors, "exceptions on the FX thread");
    }

    /** Opens the window on {@code config} and waits until its first run is in every pane. */
    void open(ExperimentConfig config) {
        open(config, 1200, 800, new DialogQuestions());
        waitForRun(config.model().depth(), config.model().width());
    }

    /**
     * Opens the window on {@code config} at {@code width} × {@code height}, its export questions answered by
     * {@code questions}; returns once it is open, before its first run is shown.
     */
    void open(ExperimentConfig config, double width, double height, ExportQuestions questions) {
        onFx(() -> open(stage, config, speed, SameThreadExecutor.both(), width, height, questions));
    }

    /** The stage the window was opened on. */
    Stage stage() {
        return stage;
    }

    /**
     * Opens a window on {@code stage} over a settings file holding {@code config}, limited to {@code speed}
     * steps/s, with the window's background work on {@code executors}; the test closes it with {@link #close}.
     * (The extension's windows run restarts and paintings on the FX thread, so that each has happened when the
     * FX events that asked for it have run.)
     */
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
        this(null, speed);
        open(stage, config, speed, executors, width, height, questions);
    }

    private void open(Stage stage, ExperimentConfig config, double speed, AppExecutors executors, double width,
                      double height, ExportQuestions questions) {
        this.stage = stage;
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
        waitUntil(() -> what, seconds, condition);
    }

    /** As above, {@code what} asked for only on failure: it may describe the state that failed. */
    static void waitUntil(Supplier<String> what, double seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what.get());
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
        window = null;
    }
}
