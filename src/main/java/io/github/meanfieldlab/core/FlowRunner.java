package io.github.meanfieldlab.core;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one {@link GradientFlow} on its own thread. Controls (play, pause, single step, speed, cancel) may be
 * called from any thread and never wait for a step; the solver publishes immutable {@link FlowSnapshot}s
 * into a slot where the newest replaces any unread one, so a view picks up at most one per frame and never
 * blocks the solver (the idea of JavaFX's {@code Task.updateValue}, without JavaFX).
 */
public final class FlowRunner implements AutoCloseable {
    /** Where a run is. */
    public enum State {
        /** Building the flow (evaluating the initial state). */
        STARTING,
        /** Stepping. */
        RUNNING,
        /** Waiting for play or a single step. */
        PAUSED,
        /** Stopped by its stopping rule; play continues past it. */
        FINISHED,
        /** A step was not finite or the flow could not be built; the message says why. */
        FAILED,
        /** Cancelled; the thread has ended or is ending. */
        CANCELLED
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
    private final int threads;
    private final Thread thread;
    private final AtomicReference<FlowSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<FlowSnapshot> fresh = new AtomicReference<>();
    private final Object lock = new Object();

    private volatile double[] probeInputs;
    private volatile double maxStepsPerSecond;
    // Guarded by lock.
    private boolean playing;
    private int pendingSteps;
    private boolean cancelled;
    private volatile State state = State.STARTING;
    // Confined to the solver thread.
    private String message = "";
    private double rate;
    private double[] probedAt;
    private double[] probeOutputs;
    private long lastProbe;

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

    public State state() {
        return state;
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

    public void play() {
        synchronized (lock) {
            playing = true;
            lock.notifyAll();
        }
    }

    public void pause() {
        synchronized (lock) {
            playing = false;
            lock.notifyAll();
        }
    }

    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    /** Takes one step while paused (ignored while playing). */
    public void stepOnce() {
        synchronized (lock) {
            if (!playing) {
                pendingSteps++;
                lock.notifyAll();
            }
        }
    }

    /** Asks the thread to stop after the current step; returns at once. */
    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
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
        try {
            flow = past == null ? new GradientFlow(spec, data, initial, options, threads)
                    : GradientFlow.resume(spec, data, start, initial, options, stepping, threads, past);
        } catch (RuntimeException e) {
            state = State.FAILED;
            publish(null, e.getMessage());
            return;
        } catch (OutOfMemoryError e) {
            // The solver's arrays were never handed out, so the heap is whole again: say so and end the run.
            state = State.FAILED;
            publish(null, spec + " with N = " + data.size() + " needs about "
                    + MemoryEstimate.format(MemoryEstimate.bytes(spec, data.size()))
                    + ", more than this Java process could allocate; choose a smaller size");
            return;
        }
        try (flow) {
            boolean stopRuleActive = true;
            long windowStart = System.nanoTime();
            long windowSteps = 0;
            long lastPublish = 0;
            synchronized (lock) {
                state = playing ? State.RUNNING : State.PAUSED;
            }
            publishFlow(flow, true);
            while (true) {
                synchronized (lock) {
                    if (!cancelled && !playing && pendingSteps == 0 && state == State.RUNNING) {
                        state = State.PAUSED;
                    }
                }
                if (state == State.PAUSED && latest.get().state() != State.PAUSED) {
                    publishFlow(flow, true);   // show that the pause took
                }
                synchronized (lock) {
                    while (!cancelled && !playing && pendingSteps == 0) {
                        lock.wait();
                    }
                    if (cancelled) {
                        break;
                    }
                    if (!playing) {
                        pendingSteps--;
                    }
                    if (playing && state == State.FINISHED) {
                        stopRuleActive = false;
                        message = "";
                    }
                    state = playing ? State.RUNNING : State.PAUSED;
                }
                try {
                    flow.step();
                } catch (NonFiniteStateException e) {
                    state = State.FAILED;
                    message = e.getMessage();
                    publishFlow(flow, true);
                    return;
                }
                windowSteps++;
                long now = System.nanoTime();
                if (now - windowStart > 500_000_000L) {
                    rate = windowSteps / ((now - windowStart) / 1e9);
                    windowStart = now;
                    windowSteps = 0;
                }
                String reason = stopRuleActive ? stopRule.reason(flow) : null;
                if (reason != null) {
                    synchronized (lock) {
                        playing = false;
                        pendingSteps = 0;
                        state = State.FINISHED;
                    }
                    message = "stopped: " + reason;
                }
                boolean idle = state != State.RUNNING;
                if (idle || now - lastPublish >= PUBLISH_NANOS) {
                    publishFlow(flow, idle);
                    lastPublish = now;
                }
                throttle(now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state = State.CANCELLED;
    }

    private void throttle(long stepEnd) throws InterruptedException {
        double limit = maxStepsPerSecond;
        if (limit > 0) {
            long wait = (long) (1e9 / limit) - (System.nanoTime() - stepEnd);
            if (wait > 0) {
                synchronized (lock) {
                    if (!cancelled) {
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
        // The outputs array is never written after publication, so snapshots may share it.
        publish(flow.snapshot(runId, state, message, rate, probedAt, probeOutputs), message);
    }

    private void publish(FlowSnapshot snapshot, String failure) {
        FlowSnapshot s = snapshot != null ? snapshot
                : new FlowSnapshot(runId, spec, state, failure, 0, 0, initial.clone(), new double[0], data,
                        new FlowHistory.Recorder().view(), null, null, 0);
        latest.set(s);
        fresh.set(s);
    }
}
