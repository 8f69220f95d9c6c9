package io.github.meanfieldlab.core;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;

/**
 * Runs one {@link GradientFlow} on its own thread. Controls (play, pause, single step, speed, cancel) may be
 * called from any thread and never wait for a step; the solver publishes immutable {@link FlowSnapshot}s
 * into a slot where the newest replaces any unread one, so a view picks up at most one per frame and never
 * blocks the solver (the idea of JavaFX's {@code Task.updateValue}, without JavaFX).
 */
public final class FlowRunner implements AutoCloseable {
    /** What moves a run from one {@link RunState} to the next: the table is in {@link RunState}. */
    private enum Event {
        BUILT, PLAY, PAUSE, STEP_ASKED, STEP_BEGUN, STOP_RULE, NOT_FINITE, CANCEL
    }

    /** Publish at most this often while running: a little more than a 60 Hz frame rate needs. */
    private static final long PUBLISH_NANOS = 12_000_000L;
    /** Probe outputs cost a forward pass over every probe point, so they are refreshed less often. */
    private static final long PROBE_NANOS = 80_000_000L;

    private final long runId;
    private final ModelSpec spec;
    private final Dataset data;
    private final double[] initial;
    private final GradientFlow.Options options;
    /** For a resumed run ({@link GradientFlow#resume}): θ at s = 0, the stepping and the rows so far; else null. */
    private final double[] start;
    private final GradientFlow.Stepping stepping;
    private final FlowHistory past;
    private final StopRule stopRule;
    /** The threads the flow should use; the solver thread applies a change between steps. */
    private volatile int threads;
    /** Shared with the runs this one takes turns with, one step each; null when it steps on its own. */
    private volatile Lock turns;
    private final Thread thread;
    private final AtomicReference<FlowSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<FlowSnapshot> fresh = new AtomicReference<>();
    private final Object lock = new Object();

    private volatile double[] probeInputs;
    private volatile double maxStepsPerSecond;
    /** When the first snapshot was published (System.nanoTime()), and the solver's CPU time until then; 0 before. */
    private volatile long firstSnapshotAtNanos;
    private volatile long firstSnapshotCpuNanos;
    // Guarded by lock, and written only by on(Event).
    private RunState state = RunState.STARTING;
    private boolean playing;
    private int pendingSteps;
    private boolean stopRuleActive = true;
    private String message = "";
    // Confined to the solver thread.
    private RunState published;
    private double rate;
    private double[] probedAt;
    private double[] probeOutputs;
    private long lastProbe;
    /** When the next step is due under a speed limit (see throttle). */
    private long due;
    /** The solver thread's CPU time when it started. */
    private long cpuAtStart;

    /**
     * @param runId tags every snapshot of this run
     * @param startPlaying whether the run starts stepping at once or waits paused
     */
    public FlowRunner(long runId, ModelSpec spec, Dataset data, double[] initial, double stepSize, StopRule stopRule,
                      int threads, boolean startPlaying) {
        this(runId, spec, data, initial, GradientFlow.Options.fixed(stepSize), stopRule, threads, startPlaying);
    }

    /**
     * As the other constructor, with the flow's {@link GradientFlow.Options}: adaptive steps, the sign changes the
     * step-size guard needs, and the theory columns of the history.
     */
    public FlowRunner(long runId, ModelSpec spec, Dataset data, double[] initial, GradientFlow.Options options,
                      StopRule stopRule, int threads, boolean startPlaying) {
        this(runId, spec, data, initial, options, stopRule, threads, startPlaying, null, null, null);
    }

    /**
     * As the other constructors, but continuing a saved run (a session): {@code initial} are its particles θ_n,
     * {@code start} its particles at s = 0, {@code stepping} and {@code past} its stepping and rows 0..n, kept as
     * they are (see {@link GradientFlow#resume}).
     */
    public FlowRunner(long runId, ModelSpec spec, Dataset data, double[] initial, GradientFlow.Options options,
                      StopRule stopRule, int threads, boolean startPlaying, double[] start,
                      GradientFlow.Stepping stepping, FlowHistory past) {
        this.start = start;
        this.stepping = stepping;
        this.past = past;
        this.runId = runId;
        this.spec = spec;
        this.data = data;
        this.initial = initial.clone();
        this.options = options;
        this.stopRule = stopRule;
        this.threads = threads;
        this.playing = startPlaying;
        this.thread = new Thread(this::runLoop, "meanfield-solver-run-" + runId);
        this.thread.setDaemon(true);
    }

    /** Starts the solver thread. */
    public FlowRunner start() {
        thread.start();
        return this;
    }

    public long runId() {
        return runId;
    }

    public RunState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The newest snapshot, or null before the first one; never blocks. */
    public FlowSnapshot latest() {
        return latest.get();
    }

    /** Takes the newest snapshot if one arrived since the last take, else null (one redraw per frame at most). */
    public FlowSnapshot takeNew() {
        return fresh.getAndSet(null);
    }

    /** Points (row-major n×d) where each snapshot carries the network output; null for none. */
    public void setProbeInputs(double[] inputs) {
        if (inputs != null && inputs.length % spec.dataDimension() != 0) {
            throw new IllegalArgumentException("probe inputs must hold whole points of dimension " + spec.dataDimension());
        }
        this.probeInputs = inputs == null ? null : inputs.clone();
    }

    /** Limits the solver to this many steps per second; 0 for as fast as it goes. */
    public void setMaxStepsPerSecond(double limit) {
        if (!(limit >= 0)) {
            throw new IllegalArgumentException("steps per second = " + limit + "; allowed: >= 0");
        }
        this.maxStepsPerSecond = limit;
    }

    /**
     * Has the flow use {@code threads} threads (≥ 1) from its next step on, paused or not; the steps stay the same,
     * bit for bit ({@link FlowEvaluator}). Returns at once.
     */
    public void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; allowed: >= 1");
        }
        synchronized (lock) {
            this.threads = threads;
            lock.notifyAll();
        }
    }

    /**
     * Has this run take its steps in turns with every other run given the same {@code turns} (null: on its own),
     * so that together they use no more cores than one of them alone: each step holds the lock. A fair
     * {@link java.util.concurrent.locks.ReentrantLock} alternates two runs that both step flat out.
     */
    public void takeTurnsWith(Lock turns) {
        this.turns = turns;
    }

    /** Steps on, past the stopping rule too. */
    public void play() {
        on(Event.PLAY, null);
    }

    public void pause() {
        on(Event.PAUSE, null);
    }

    /** Whether the run steps now, or will once built; false while paused, finished, failed or cancelled. */
    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    /** Takes one step while paused (ignored while playing). */
    public void stepOnce() {
        on(Event.STEP_ASKED, null);
    }

    /** Asks the thread to stop after the current step; returns at once. */
    public void cancel() {
        on(Event.CANCEL, null);
    }

    /**
     * The one place a run changes state, under the lock (the table is in {@link RunState}); wakes the solver.
     *
     * @param message why the run stopped or failed, for those events
     */
    private void on(Event event, String message) {
        synchronized (lock) {
            if (state.isFinal()) {
                return;
            }
            switch (event) {
                case BUILT -> state = playing ? RunState.RUNNING : RunState.PAUSED;
                case PLAY -> {
                    playing = true;
                    if (state == RunState.FINISHED) {
                        stopRuleActive = false;
                        this.message = "";
                    }
                    if (state != RunState.STARTING) {
                        state = RunState.RUNNING;
                    }
                }
                case PAUSE -> {
                    playing = false;
                    if (state == RunState.RUNNING) {
                        state = RunState.PAUSED;
                    }
                }
                case STEP_ASKED -> {
                    if (!playing) {
                        pendingSteps++;
                    }
                }
                case STEP_BEGUN -> {
                    if (!playing) {
                        pendingSteps--;
                    }
                }
                case STOP_RULE -> {
                    playing = false;
                    pendingSteps = 0;
                    state = RunState.FINISHED;
                    this.message = message;
                }
                case NOT_FINITE -> {
                    playing = false;
                    state = RunState.FAILED;
                    this.message = message;
                }
                case CANCEL -> {
                    playing = false;
                    state = RunState.CANCELLED;
                }
            }
            lock.notifyAll();
        }
    }

    /** Whether the solver should take a step now; under the lock. */
    private boolean stepDue() {
        return state == RunState.RUNNING
                || (state == RunState.PAUSED || state == RunState.FINISHED) && pendingSteps > 0;
    }

    /** Cancels and waits for the thread to end. */
    @Override
    public void close() {
        cancel();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the solver thread is still alive. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    private void runLoop() {
        GradientFlow flow;
        long buildStart = System.nanoTime();
        cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
            flow = past == null ? new GradientFlow(spec, data, initial, options, threads)
                    : GradientFlow.resume(spec, data, start, initial, options, stepping, threads, past);
        } catch (RuntimeException e) {
            on(Event.NOT_FINITE, e.getMessage());
            publish(null);
            return;
        } catch (OutOfMemoryError e) {
            // The solver's arrays were never handed out, so the heap is whole again: say so and end the run.
            on(Event.NOT_FINITE, spec + " with N = " + data.size() + " needs about "
                    + MemoryEstimate.format(MemoryEstimate.bytes(spec, data.size()))
                    + ", more than this Java process could allocate; choose a smaller size");
            publish(null);
            return;
        }
        try (flow) {
            // Building evaluated the initial state, which costs about what a step costs: until steps are timed,
            // that is the expected rate (a large N says at once how slow it will be).
            rate = 1e9 / Math.max(1, System.nanoTime() - buildStart);
            long windowStart = System.nanoTime();
            long windowSteps = 0;
            long lastPublish = 0;
            on(Event.BUILT, null);
            publishFlow(flow, true);
            boolean cancelled;
            synchronized (lock) {
                cancelled = state.isFinal();
            }
            if (flow.isFirstRowOpen() && !cancelled) {
                // The initial state is on its way to the screen; λ_min and the determinants at s = 0 follow it
                // (unless a restart already replaced the run, which then ends without them).
                flow.finishFirstRow();
                publishFlow(flow, false);
            }
            while (true) {
                RunState now;
                synchronized (lock) {
                    now = state;
                    if (!stepDue() && now == published && threads == flow.threads()) {
                        while (!stepDue() && !state.isFinal() && threads == flow.threads()) {
                            lock.wait();
                        }
                        now = state;
                    }
                }
                if (now.isFinal()) {
                    break;
                }
                flow.setThreads(threads);
                if (now != published) {
                    publishFlow(flow, true);   // show that a pause, a stop or a play took
                }
                boolean stopRuleOn;
                synchronized (lock) {
                    if (!stepDue()) {
                        continue;
                    }
                    on(Event.STEP_BEGUN, null);
                    stopRuleOn = stopRuleActive;
                }
                long stepStart = System.nanoTime();
                try {
                    if (!stepInTurn(flow)) {
                        continue;
                    }
                } catch (NonFiniteStateException e) {
                    on(Event.NOT_FINITE, e.getMessage());
                    publishFlow(flow, true);
                    return;
                }
                windowSteps++;
                long stepEnd = System.nanoTime();
                if (stepEnd - windowStart > 500_000_000L) {
                    rate = windowSteps / ((stepEnd - windowStart) / 1e9);
                    windowStart = stepEnd;
                    windowSteps = 0;
                }
                String reason = stopRuleOn ? stopRule.reason(flow) : null;
                if (reason != null) {
                    on(Event.STOP_RULE, "stopped: " + reason);
                }
                boolean idle;
                synchronized (lock) {
                    idle = state != RunState.RUNNING;
                }
                if (idle || stepEnd - lastPublish >= PUBLISH_NANOS) {
                    publishFlow(flow, idle);
                    lastPublish = stepEnd;
                }
                throttle(stepStart);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One step of the flow; while this run takes turns with others, when none of them steps. Returns false, without
     * stepping, for a run cancelled while it waited for its turn: a restarted run's last step would only compete
     * with the new run's build.
     */
    private boolean stepInTurn(GradientFlow flow) {
        Lock t = turns;
        if (t == null) {
            flow.step();
            return true;
        }
        t.lock();
        try {
            synchronized (lock) {
                if (state.isFinal()) {
                    return false;
                }
            }
            flow.step();
            return true;
        } finally {
            t.unlock();
        }
    }

    /** Waits until the next step is due on the {@link StepPace} timeline of the speed limit, if there is one. */
    private void throttle(long stepStart) throws InterruptedException {
        double limit = maxStepsPerSecond;
        if (limit > 0) {
            due = StepPace.nextDue(due, stepStart, StepPace.periodNanos(limit));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                synchronized (lock) {
                    if (!state.isFinal()) {
                        lock.wait(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    }
                }
            }
        }
    }

    /** Publishes the flow's state; probe outputs are refreshed when forced, new, or older than PROBE_NANOS. */
    private void publishFlow(GradientFlow flow, boolean refreshProbes) {
        double[] probes = probeInputs;
        long now = System.nanoTime();
        if (probes == null) {
            probedAt = null;
            probeOutputs = null;
        } else if (refreshProbes || probes != probedAt || now - lastProbe >= PROBE_NANOS) {
            double[] outputs = new double[probes.length / spec.dataDimension()];
            FlowEvaluator.predict(spec, flow.particlesView(), probes, outputs);
            probedAt = probes;
            probeOutputs = outputs;
            lastProbe = now;
        }
        RunState st;
        String why;
        synchronized (lock) {
            st = state;
            why = message;
        }
        // The outputs array is never written after publication, so snapshots may share it.
        publish(flow.snapshot(runId, st, why, rate, probedAt, probeOutputs));
        published = st;
    }

    /** Publishes {@code snapshot}, or when null (the flow could not be built) the initial particles and why. */
    private void publish(FlowSnapshot snapshot) {
        FlowSnapshot s = snapshot;
        if (s == null) {
            synchronized (lock) {
                s = new FlowSnapshot(runId, spec, state, message, 0, 0, initial.clone(), new double[0], data,
                        new FlowHistory.Recorder().view(), null, null, 0, null, null);
            }
        }
        if (firstSnapshotAtNanos == 0) {
            firstSnapshotCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
            firstSnapshotAtNanos = System.nanoTime();
        }
        latest.set(s);
        fresh.set(s);
    }

    /**
     * When the solver published its first snapshot ({@code System.nanoTime()}), 0 before: with
     * {@link #firstSnapshotCpuNanos()}, what a restart's wait for its first picture is made of.
     */
    public long firstSnapshotAtNanos() {
        return firstSnapshotAtNanos;
    }

    /**
     * The solver thread's CPU time from its start until its first snapshot was published (building the flow,
     * evaluating the initial state, making the snapshot), in nanoseconds; 0 before.
     */
    public long firstSnapshotCpuNanos() {
        return firstSnapshotCpuNanos;
    }
}
