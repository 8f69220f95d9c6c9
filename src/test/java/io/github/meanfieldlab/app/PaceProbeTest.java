package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code app --measure-pace}: the wall time of the window's first run to its stop, at the window's pace. */
@ExtendWith(ApplicationExtension.class)
class PaceProbeTest {
    /**
     * 48 steps of Δs = 1/16 (a power of two: s_max is reached exactly) to s_max = 3, at 30 steps/s: 1.6 s, long
     * enough for the window's first frames to come while the run is young on a busy machine.
     */
    private static final int STEPS = 48;
    private static final double STEP = 0.0625;
    private static final double PACE = 30;
    private static final Pattern SECONDS = Pattern.compile("at step (\\d+), s = [\\d.]+, ([\\d.]+) s after its state at "
            + "step (\\d+) arrived .*the pace's timeline for those steps: ([\\d.]+) s");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicBoolean done = new AtomicBoolean();
    private WindowFixture fixture;

    /** Opens the window, painting on a thread of its own, and starts the probe at once, as {@code app --measure-pace} does. */
    @Start
    void start(Stage stage) {
        ExperimentConfig small = WindowFixture.smallRunningExperiment();
        fixture = new WindowFixture(stage, small.withFlow(new ExperimentConfig.Flow(STEP, STEPS * STEP, 0)), PACE,
                AppExecutors.threads());
        new PaceProbe(fixture.window, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> done.set(true)).start();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void printsTheWallTimeTheFirstRunTakesToItsStopAtTheWindowsPace() {
        waitUntil("the probe's figure", 30, done::get);
        String report = bytes.toString(StandardCharsets.UTF_8);
        Matcher m = SECONDS.matcher(report);
        assertTrue(m.find(), report);
        long last = Long.parseLong(m.group(1));
        long first = Long.parseLong(m.group(3));
        double seconds = Double.parseDouble(m.group(2));
        assertEquals(STEPS, last, report);
        assertTrue(first < STEPS / 2, "the probe watched the run from near its start: " + report);
        assertTrue(report.contains("reached s_max") && report.contains("at 30 steps/s"), report);
        // The window cannot run ahead of its pace: at least the timeline's time for the steps it watched.
        double timeline = (last - first - 1) / PACE;
        assertTrue(seconds >= timeline - 0.05, seconds + " s for the " + (last - first) + " steps after step " + first);
        assertTrue(report.contains("machine load average"), report);
    }
}
