package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.FlowRunner;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.session.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The run the window shows: one {@link FlowRunner} at a time, replaced on request. Building an experiment and
 * joining the old solver happen on the restarter (a thread of its own in the app, so the FX thread never waits
 * for either; the calling thread in tests, so a restart has happened when {@link #restart} returns); requests
 * made while one is being built collapse into the newest, so a burst of changes builds only the last. A
 * configuration that cannot be built is refused with its message and the current run goes on.
 */
public final class FlowSession implements AutoCloseable {

    /**
     * A run that has started: its id, the experiment it runs, the configuration it replaced (null at first), when
     * it was asked for and how long building it took, the theory's verdicts on it (measured on the restarter,
     * never on the FX thread), and the session it continues (null for a run from ρ_ini).
     */
    public record Started(long runId, Experiment experiment, ExperimentConfig previous, long requestedAtNanos,
                          BuildTimes build, TheoryVerdicts theory, Session resumed) {
        public ExperimentConfig config() {
            return experiment.config();
        }
    }

    /**
     * When the restarter began building a run and when it had started it ({@code System.nanoTime()}), and its CPU
     * time in between: the first stages of a restart's latency ({@link RestartTrace}).
     */
    public record BuildTimes(long begunAtNanos, long doneAtNanos, long cpuNanos) {
    }

    /** What the session tells its owner, always on the owner's executor. */
    public interface Listener {
        void started(Started run);

        /** A requested configuration was not run; {@code message} says why, and the current run goes on. */
        void refused(ExperimentConfig requested, String message);
    }

    /** A run of {@code config} from ρ_ini, or the continuation of {@code resumed} (whose configuration it is). */
    private record Request(ExperimentConfig config, Session resumed, long requestedAtNanos) {
    }

    private final Listener listener;
    private final Executor listenerExecutor;
    private final Function<Experiment, double[]> probeInputs;
    // Read when a run is built and written under the session's lock, so that no run misses a change.
    private volatile SolverBudget.Share share;
    private final Executor restarter;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicLong nextRunId = new AtomicLong();
    // Written under the session's lock, so that close() and a restart finishing meanwhile agree on who stops it.
    private volatile FlowRunner runner;
    private volatile ExperimentConfig running;
    private volatile boolean playing = true;
    private volatile double maxStepsPerSecond;
    private volatile boolean closed;

    /**
     * @param listenerExecutor where the listener is called (the FX thread in the app)
     * @param restarter where experiments are built and old solvers joined; its owner shuts it down
     * @param probeInputs the points, for an experiment, where each snapshot should carry the network output
     * @param share what each solver may use until {@link #setShare}; results do not depend on it
     */
    public FlowSession(Listener listener, Executor listenerExecutor, Executor restarter,
                       Function<Experiment, double[]> probeInputs, SolverBudget.Share share) {
        this.listener = listener;
        this.listenerExecutor = listenerExecutor;
        this.restarter = restarter;
        this.probeInputs = probeInputs;
        this.share = Objects.requireNonNull(share);
    }

    /** Asks for a run of {@code config} from its initial particles; returns at once. */
    public void restart(ExperimentConfig config) {
        if (closed) {
            return;
        }
        ask(new Request(config, null, System.nanoTime()));
    }

    /** Asks for the continuation of {@code session}: its particles, its history, its next step; returns at once. */
    public void resume(Session session) {
        if (closed) {
            return;
        }
        ask(new Request(session.config(), session, System.nanoTime()));
    }

    private void ask(Request request) {
        pending.set(request);
        restarter.execute(this::buildNewest);
    }

    private void buildNewest() {
        Request request = pending.getAndSet(null);
        if (request == null || closed) {
            return;
        }
        long begun = System.nanoTime();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuBegun = cpu.getCurrentThreadCpuTime();
        Experiment experiment;
        FlowRunner next;
        TheoryVerdicts theory;
        try {
            long id = nextRunId.incrementAndGet();
            if (request.resumed() == null) {
                experiment = Experiment.build(request.config());
                // As `run` steps: adaptive Δs if configured, relu's sign changes counted for the step-size guard,
                // and the theory columns every TheoryVerdicts.DIAGNOSTICS_EVERY steps.
                next = new FlowRunner(id, experiment.spec(), experiment.data(), experiment.initialParticles(),
                        experiment.flowOptions(true, TheoryVerdicts.DIAGNOSTICS_EVERY), experiment.stopRule(),
                        share.threads(), playing);
            } else {
                experiment = request.resumed().experiment();
                next = request.resumed().runner(id, share.threads(), playing);
            }
            theory = TheoryVerdicts.of(experiment, false);
            next.setProbeInputs(probeInputs.apply(experiment));
            next.setMaxStepsPerSecond(maxStepsPerSecond);
        } catch (RuntimeException e) {
            // InputException for bad settings or too little memory, IllegalArgumentException from the core's
            // own checks: both carry a message meant for the user.
            listenerExecutor.execute(() -> listener.refused(request.config(), messageOf(e)));
            return;
        } catch (OutOfMemoryError e) {
            // The estimate let it through but the heap, shared with the run going on, could not hold it; the
            // half-built arrays are garbage now, so the current run is unharmed.
            listenerExecutor.execute(() -> listener.refused(request.config(), "these settings need more memory than "
                    + "is free while the current run goes on; choose a smaller depth, width or sample count"));
            return;
        }
        FlowRunner old;
        ExperimentConfig previous;
        synchronized (this) {
            if (closed) {
                return;
            }
            old = runner;
            previous = running;
            if (old != null) {
                // Stop the old solver before the new one starts, so that the two never compete for the cores.
                old.cancel();
            }
            // A change of share made while the run was built applies to it too.
            share.applyTo(next);
            runner = next.start();
            running = experiment.config();
        }
        Started started = new Started(next.runId(), experiment, previous, request.requestedAtNanos(),
                new BuildTimes(begun, System.nanoTime(), cpu.getCurrentThreadCpuTime() - cpuBegun), theory,
                request.resumed());
        listenerExecutor.execute(() -> listener.started(started));
        if (old != null) {
            old.close();
        }
    }

    private static String messageOf(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The id of the run shown now; snapshots of other runs are late and to be dropped. 0 before the first. */
    public long currentRunId() {
        FlowRunner r = runner;
        return r == null ? 0 : r.runId();
    }

    /**
     * When the solver of run {@code runId} published its first snapshot ({@code System.nanoTime()}); 0 before, or
     * when that run is no longer the current one.
     */
    public long firstSnapshotAtNanos(long runId) {
        FlowRunner r = runner;
        return r != null && r.runId() == runId ? r.firstSnapshotAtNanos() : 0;
    }

    /** The CPU time the solver of run {@code runId} spent before its first snapshot; 0 as above. */
    public long firstSnapshotCpuNanos(long runId) {
        FlowRunner r = runner;
        return r != null && r.runId() == runId ? r.firstSnapshotCpuNanos() : 0;
    }

    /** The configuration that runs now, or null before the first run started. */
    public ExperimentConfig runningConfig() {
        return running;
    }

    /**
     * The newest snapshot since the last take if run {@code runId} is the current one, else null; never blocks.
     * Asking for a run by id means a snapshot of a run the caller has not yet been told about stays in its slot.
     */
    public FlowSnapshot takeNew(long runId) {
        FlowRunner r = runner;
        return r != null && r.runId() == runId ? r.takeNew() : null;
    }

    /** The newest snapshot of the current run, or null. */
    public FlowSnapshot latest() {
        FlowRunner r = runner;
        return r == null ? null : r.latest();
    }

    /** Whether the current run is stepping now (false while paused or after its stopping rule fired). */
    public boolean isStepping() {
        FlowRunner r = runner;
        return r != null && r.isPlaying();
    }

    /** Plays the current run and every later one until {@link #pause()}; past the stopping rule too. */
    public void play() {
        playing = true;
        FlowRunner r = runner;
        if (r != null) {
            r.play();
        }
    }

    /** Pauses the current run; later runs start paused at s = 0. */
    public void pause() {
        playing = false;
        FlowRunner r = runner;
        if (r != null) {
            r.pause();
        }
    }

    /** One Euler step of the current run, which pauses first if it is playing. */
    public void stepOnce() {
        FlowRunner r = runner;
        if (r != null) {
            if (r.isPlaying()) {
                pause();
            }
            r.stepOnce();
        }
    }

    /** Limits every run to this many steps per second; 0 for as fast as the machine goes. */
    public void setMaxStepsPerSecond(double limit) {
        maxStepsPerSecond = limit;
        FlowRunner r = runner;
        if (r != null) {
            r.setMaxStepsPerSecond(limit);
        }
    }

    /**
     * Stops the solver and starts nothing more; returns at once (the solver is a daemon thread, so a slow step
     * never keeps the program alive). A restart being built meanwhile sees the session closed and drops its run.
     */
    @Override
    public void close() {
        FlowRunner r;
        synchronized (this) {
            closed = true;
            pending.set(null);
            r = runner;
        }
        if (r != null) {
            r.cancel();
        }
    }

    /** The threads of each solver now. */
    public int solverThreads() {
        return share.threads();
    }

    /**
     * Has the current run's solver use {@code share} from its next step on, and every later run from its start:
     * its threads, and the turns it takes with the runs of other sessions given the same lock
     * ({@link FlowRunner#takeTurnsWith}). Compare mode shares the cores between two runs this way; the steps are
     * the same bits on any share.
     */
    public synchronized void setShare(SolverBudget.Share share) {
        this.share = Objects.requireNonNull(share);
        FlowRunner r = runner;
        if (r != null) {
            share.applyTo(r);
        }
    }

    /** Whether the solver of the current run is still alive (false once a close has taken effect). */
    public boolean isSolverAlive() {
        FlowRunner r = runner;
        return r != null && r.isAlive();
    }
}
