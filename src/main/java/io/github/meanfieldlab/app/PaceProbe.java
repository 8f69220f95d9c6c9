package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.core.StepPace;
import java.io.PrintStream;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures the wall time the window's first run takes to reach its loss target at the window's pace, and prints
 * it: the figure behind "at the default speed the default run reaches its target in about 15 s", which
 * {@code DefaultPaceTest} can only count in steps. It watches the snapshots the window receives, once a frame,
 * and changes nothing; a frame's resolution (17 ms) is far below the seconds measured.
 */
public final class PaceProbe {
    /** Give up after this long: eight times what the default run takes, so the machine cannot keep up at all. */
    private static final long PATIENCE_NANOS = 120_000_000_000L;

    private final MainWindow window;
    private final PrintStream out;
    private final Runnable done;
    private final CpuShares cpu = new CpuShares();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private long openedAt;
    private long runId;
    private FlowSnapshot first;
    private long firstAt;

    /** @param done runs after the figure is printed (quits the app, or goes on to other measurements) */
    public PaceProbe(MainWindow window, PrintStream out, Runnable done) {
        this.window = window;
        this.out = out;
        this.done = done;
    }

    /** Starts watching; called right after the window was shown, before its first run has a state. */
    public void start() {
        openedAt = System.nanoTime();
        frames.start();
    }

    private void frame(long now) {
        FlowSnapshot s = window.session().latest();
        if (now - openedAt > PATIENCE_NANOS) {
            finish(String.format(Locale.ROOT, "the run did not reach its target within %d s of the window being "
                    + "shown (%s); nothing measured", PATIENCE_NANOS / 1_000_000_000L,
                    s == null ? "no state yet" : "step " + s.step()));
        } else if (first == null) {
            // The session's first snapshot is of the first run; the model learns of the run a little later.
            if (s != null && s.state() == RunState.FINISHED) {
                finish("the run had stopped before its first state was seen; nothing measured");
            } else if (s != null) {
                first = s;
                firstAt = now;
                runId = s.runId();
                cpu.start();
            }
        } else if (s.runId() != runId || s.state() == RunState.FAILED || s.state() == RunState.CANCELLED) {
            finish("the run was replaced or ended (" + s.state() + ") before its target; nothing measured");
        } else if (s.state() == RunState.FINISHED) {
            double seconds = (now - firstAt) / 1e9;
            double pace = window.model().stepsPerSecondProperty().get();
            String timeline = pace > 0 ? String.format(Locale.ROOT, "; the pace's timeline for those steps: %.1f s",
                    StepPace.seconds(s.step() - first.step(), pace, 0)) : "";
            finish(String.format(Locale.ROOT, "%s, N = %d at %s: %s at step %d, s = %.4f, %.1f s after its state at "
                    + "step %d arrived (%.1f s after the window was shown)%s", s.spec(), s.samples(),
                    pace > 0 ? String.format(Locale.ROOT, "%.0f steps/s", pace) : "max speed", s.message(), s.step(),
                    s.time(), seconds, first.step(), (now - openedAt) / 1e9, timeline));
        }
    }

    private void finish(String line) {
        frames.stop();
        out.println("time to target: " + line);
        if (first != null) {
            out.println(cpu.report());
        }
        out.flush();
        done.run();
    }
}
