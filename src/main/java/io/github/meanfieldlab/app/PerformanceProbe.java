package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Slider;
import javafx.util.Duration;

/**
 * Measures the open window against the app's targets and prints a report: frames per second while the solver
 * runs, the longest gap between frames, and the latency of width-slider changes made as a user would (a drag
 * released). The solver is kept running throughout: a run that stopped by its rule is played on. In compare mode
 * the run is pinned as A once warmed up, the width changes restart B, and the report adds both runs' speeds.
 */
public final class PerformanceProbe {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long CHANGE_EVERY_NANOS = 2_000_000_000L;

    private final MainWindow window;
    private final long measureNanos;
    private final boolean compare;
    private final PrintStream out;
    private final Runnable done;
    private final Timeline ticks = new Timeline();
    private final CpuShares cpu = new CpuShares();
    private long start;
    private final long startupScreenAtMillis;
    private final long fxCpuAtWindowNanos;
    private long shownAtMillis;
    private long measuringSince = -1;
    private long lastChange;
    private boolean wider;

    /**
     * @param done runs after the report is printed (quits the app)
     * @param startupScreenAtMillis when the start-up screen was shown (ms since the epoch)
     * @param fxCpuAtWindowNanos the FX thread's CPU time when the main window had been shown: what of the start-up
     *     the FX thread did itself, a figure a loaded machine does not change much
     */
    public PerformanceProbe(MainWindow window, double seconds, boolean compare, PrintStream out, Runnable done,
                            long startupScreenAtMillis, long fxCpuAtWindowNanos) {
        this.window = window;
        this.compare = compare;
        this.startupScreenAtMillis = startupScreenAtMillis;
        this.fxCpuAtWindowNanos = fxCpuAtWindowNanos;
        this.measureNanos = (long) (seconds * 1e9);
        this.out = out;
        this.done = done;
    }

    /** Starts measuring; called right after the window was shown. */
    public void start() {
        start = System.nanoTime();
        shownAtMillis = System.currentTimeMillis();
        ticks.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
    }

    private void tick() {
        long now = System.nanoTime();
        LabModel model = window.model();
        if (!model.steppingProperty().get() && model.running() != null) {
            model.play();
        }
        PerformanceMeter meter = window.meter();
        if (measuringSince < 0) {
            if (now - start >= WARM_UP_NANOS && (!compare || pinned())) {
                meter.reset();
                cpu.start();
                measuringSince = now;
                lastChange = now;
            }
            return;
        }
        if (now - measuringSince >= measureNanos) {
            ticks.stop();
            report(meter, (now - measuringSince) / 1e9);
            done.run();
        } else if (now - lastChange >= CHANGE_EVERY_NANOS) {
            lastChange = now;
            wider = !wider;
            int m = model.running().model().width();
            LogSlider width = window.controls().widthSlider();
            Slider slider = width.slider();
            slider.setValueChanging(true);
            slider.setValue(width.positionOf(wider ? 2 * m : Math.max(1, m / 2)));
            slider.setValueChanging(false);
        }
    }

    /** Pins the run as A if it has not been, once it has shown a state (on a loaded machine, seconds after the window). */
    private boolean pinned() {
        if (window.model().pinnedProperty().get() == null) {
            window.compare().pin();
        }
        return window.model().pinnedProperty().get() != null;
    }

    /** What each run of compare mode had: its speed at the end and its solver threads. */
    private String compareReport() {
        ComparedRun a = window.model().pinnedProperty().get();
        FlowSnapshot sa = a == null ? null : a.latest();
        FlowSnapshot sb = window.session().latest();
        if (sa == null || sb == null) {
            return "compare mode: run A was not pinned (no state shown after the warm-up)";
        }
        return String.format(Locale.ROOT, "compare mode: A %.0f steps/s on %d solver thread(s), B %.0f steps/s on %d; "
                        + "%s (the window's run alone: %d)", sa.stepsPerSecond(), a.session().solverThreads(),
                sb.stepsPerSecond(), window.session().solverThreads(),
                window.model().solverBudget().takeTurns() ? "taking turns, one step at a time" : "stepping side by side",
                window.model().solverBudget().threads());
    }

    /** "2.3 s" from {@code start} to {@code at} (ms since the epoch), or "(not yet)" when {@code at} is −1. */
    private static String secondsSince(long start, long at) {
        return at < 0 ? "(not yet)" : String.format(Locale.ROOT, "%.1f s", (at - start) / 1e3);
    }

    private void report(PerformanceMeter meter, double seconds) {
        FlowSnapshot s = window.session().latest();
        var scene = window.controls().getScene();
        out.printf(Locale.ROOT, "measured %.1f s in a %.0f×%.0f window on %s%n", seconds, scene.getWidth(),
                scene.getHeight(), s == null ? "no run" : s.spec() + ", N = " + s.samples());
        out.printf(Locale.ROOT, "frames/s: %.1f (target >= 50); %.0f%% of frames showed a new snapshot%n",
                meter.averageFramesPerSecond(), 100 * meter.freshFraction());
        out.printf(Locale.ROOT, "pane drawings: %.1f per pane per second%n", meter.paneDrawsPerSecond() / window.panels().size());
        out.printf(Locale.ROOT, "longest gap between frames: %.1f ms (target <= 50), of which garbage-collection "
                + "pauses %.0f ms and FX-thread CPU %.1f ms%n", meter.longestGapMillis(), meter.longestGapGcMillis(),
                meter.longestGapFxCpuMillis());
        out.printf(Locale.ROOT, "FX thread's CPU time on the app's work per frame: mean %.2f ms, longest %.1f ms%n",
                meter.meanFrameWorkMillis(), meter.longestFrameWorkMillis());
        out.println(meter.restartReport());
        if (s != null) {
            out.printf(Locale.ROOT, "solver: %.0f steps/s%n", s.stepsPerSecond());
        }
        if (compare) {
            out.println(compareReport());
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        out.printf(Locale.ROOT, "start-up, from the JVM's start: start-up screen shown after %s, main window shown after "
                + "%s, first frame after %s, the first run in every pane after %s; the FX thread's CPU time until the "
                + "main window was shown: %.2f s%n",
                secondsSince(jvmStart, startupScreenAtMillis), secondsSince(jvmStart, shownAtMillis),
                secondsSince(jvmStart, meter.firstFrameAtMillis()), secondsSince(jvmStart, meter.firstRunShownAtMillis()),
                fxCpuAtWindowNanos / 1e9);
        out.println(cpu.report());
        out.flush();
    }
}
