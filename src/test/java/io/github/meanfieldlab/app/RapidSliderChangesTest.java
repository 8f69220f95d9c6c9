package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.liveSolverThreads;
import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user sweeping the size sliders back and forth must not pile up solvers, exceptions or memory. */
@ExtendWith(ApplicationExtension.class)
class RapidSliderChangesTest {
    private static final int CHANGES = 200;

    private WindowFixture fixture;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousDefault;

    @Start
    void start(Stage stage) {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> errors.add(e));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        // Full speed: restarts have to stop solvers that are busy stepping.
        // Real threads: restarts requested faster than they are built must collapse into the newest.
        fixture = new WindowFixture(stage, WindowFixture.smallRunningExperiment(), 0, AppExecutors.threads());
    }

    @AfterEach
    void closeWindow() {
        fixture.close();
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    }

    @Test
    void twoHundredRapidChangesLeaveOneSolverAndAStableHeap() {
        fixture.waitForRun(8, 16);
        sweep(new Random(1));
        long settled = usedHeapAfterGc();
        sweep(new Random(2));
        long again = usedHeapAfterGc();

        assertEquals(List.of(), errors, "exceptions on any thread");
        assertEquals("", onFx(() -> fixture.window.statusBar().messageText()), "no refusal");
        assertTrue(again - settled < 48L << 20,
                "heap after a second sweep grew by " + ((again - settled) >> 20) + " MiB");
    }

    /** {@value #CHANGES} drags of the depth and width sliders in quick succession, then L = 8, M = 16 again. */
    private void sweep(Random random) {
        for (int i = 0; i < CHANGES; i++) {
            boolean depth = i % 2 == 0;
            int value = 1 + random.nextInt(depth ? 64 : 512);
            Platform.runLater(() -> WindowFixture.drag(depth ? fixture.window.controls().depthSlider()
                    : fixture.window.controls().widthSlider(), value));
            if (i % 10 == 0) {
                WaitForAsyncUtils.sleep(15, TimeUnit.MILLISECONDS);
            }
        }
        Platform.runLater(() -> {
            WindowFixture.drag(fixture.window.controls().depthSlider(), 8);
            WindowFixture.drag(fixture.window.controls().widthSlider(), 16);
        });
        fixture.waitForRun(8, 16);
        waitUntil("exactly one solver thread", 10, () -> liveSolverThreads().size() == 1);
        assertEquals(8, fixture.session().runningConfig().model().depth());
        assertEquals(16, fixture.session().runningConfig().model().width());
        fixture.waitForStep(fixture.session().latest().step(), 3);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
