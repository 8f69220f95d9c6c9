package io.github.meanfieldlab.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.ToDoubleFunction;

/**
 * The stages of one restart, from the request to the frame in which every pane shows the new run, with the CPU
 * time of the threads on the way: what {@code app --measure} breaks a restart's latency into, so that a slow
 * restart says where it waited (a queue, a core, a frame) and which thread worked. Wall-clock stages suffer from
 * a loaded machine; CPU times much less. Filled by the FX thread, and by the painter for its painting; read once
 * the restart was shown (the painter's figures are written before the FX thread can see its painting finished,
 * give or take the time stamp itself, so a report reads them a frame or more later).
 */
final class RestartTrace {
    /** The stages in the order a restart passes them, each with what it waited for or did. */
    enum Stage {
        BUILD_BEGUN("restarter begins (waited for an earlier build)"),
        BUILT("run built and its solver started"),
        FIRST_SNAPSHOT("solver publishes its first snapshot"),
        TAKEN("FX thread takes it (waited for a frame)"),
        PAINTING_ASKED("painting handed to the painter (waited for the last one)"),
        PAINTED("painter done (all five panes)"),
        SHOWN("every pane shows it (waited for a frame)");

        private final String what;

        Stage(String what) {
            this.what = what;
        }
    }

    private final long runId;
    private final long requestedAt;
    private final long buildCpu;
    private final AtomicLongArray at = new AtomicLongArray(Stage.values().length);
    private volatile long solverCpu;
    private volatile long paintCpu;

    RestartTrace(FlowSession.Started run) {
        runId = run.runId();
        requestedAt = run.requestedAtNanos();
        buildCpu = run.build().cpuNanos();
        at.set(Stage.BUILD_BEGUN.ordinal(), run.build().begunAtNanos());
        at.set(Stage.BUILT.ordinal(), run.build().doneAtNanos());
    }

    long runId() {
        return runId;
    }

    /**
     * The FX thread took the run's first snapshot at {@code now}, which the solver published at
     * {@code publishedAt} after {@code solverCpuNanos} of its CPU time; later calls change nothing.
     */
    void taken(long now, long publishedAt, long solverCpuNanos) {
        if (at.compareAndSet(Stage.TAKEN.ordinal(), 0, now)) {
            at.set(Stage.FIRST_SNAPSHOT.ordinal(), publishedAt);
            solverCpu = solverCpuNanos;
        }
    }

    /** Whether the FX thread has taken the run's first snapshot. */
    boolean isTaken() {
        return at.get(Stage.TAKEN.ordinal()) != 0;
    }

    /** Whether a painting asked for now is the run's first after its first snapshot; if so, it is timed from now. */
    boolean paintingAsked(long now) {
        return at.get(Stage.TAKEN.ordinal()) != 0 && at.compareAndSet(Stage.PAINTING_ASKED.ordinal(), 0, now);
    }

    /** On the painter thread: the timed painting ended at {@code now} and took {@code cpu} ns of its CPU. */
    void painted(long now, long cpu) {
        paintCpu = cpu;
        at.set(Stage.PAINTED.ordinal(), now);
    }

    /** Every pane shows the run from the frame at {@code now} on. */
    void shown(long now) {
        at.compareAndSet(Stage.SHOWN.ordinal(), 0, now);
    }

    /** Whether every pane has shown the run. */
    boolean isShown() {
        return at.get(Stage.SHOWN.ordinal()) != 0;
    }

    /** Milliseconds from the request until the run was shown; NaN before. */
    double latencyMillis() {
        return since(Stage.SHOWN);
    }

    /** Milliseconds from the request to {@code stage}; NaN if that was not recorded. */
    double since(Stage stage) {
        long t = at.get(stage.ordinal());
        return t == 0 ? Double.NaN : (t - requestedAt) / 1e6;
    }

    /**
     * The report's restart lines: the latency's median and longest over {@code traces}, then for each stage the
     * median and the longest time since the request, and the CPU time of the restarter (build), the solver (up to
     * its first snapshot) and the painter (the first painting of the new run).
     */
    static String report(List<RestartTrace> traces) {
        if (traces.isEmpty()) {
            return String.format(Locale.ROOT, "restart latency: no restart was shown%n"
                    + "restart stages: no restart was shown");
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "restart latency, slider release until every "
                + "pane shows the new run: median %.0f ms, longest %.0f ms over %d restarts (target <= 200)%n",
                median(traces, RestartTrace::latencyMillis), max(traces, RestartTrace::latencyMillis), traces.size()));
        out.append(String.format(Locale.ROOT,
                "restart stages, ms after the slider's release (median, longest over %d restarts):%n", traces.size()));
        for (Stage stage : Stage.values()) {
            out.append(String.format(Locale.ROOT, "  %-60s %6.0f %6.0f%n", stage.what,
                    median(traces, t -> t.since(stage)), max(traces, t -> t.since(stage))));
        }
        out.append(String.format(Locale.ROOT, "restart CPU, ms (median, longest): restarter %.1f, %.1f; solver to its "
                        + "first snapshot %.1f, %.1f; painter's first painting %.1f, %.1f",
                median(traces, t -> t.buildCpu / 1e6), max(traces, t -> t.buildCpu / 1e6),
                median(traces, t -> t.solverCpu / 1e6), max(traces, t -> t.solverCpu / 1e6),
                median(traces, t -> t.paintCpu / 1e6), max(traces, t -> t.paintCpu / 1e6)));
        return out.toString();
    }

    private static double[] values(List<RestartTrace> traces, ToDoubleFunction<RestartTrace> value) {
        return traces.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    static double median(List<RestartTrace> traces, ToDoubleFunction<RestartTrace> value) {
        double[] v = values(traces, value);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    static double max(List<RestartTrace> traces, ToDoubleFunction<RestartTrace> value) {
        return Arrays.stream(values(traces, value)).max().orElse(Double.NaN);
    }
}
