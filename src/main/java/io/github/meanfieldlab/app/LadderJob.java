package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderResult;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A ladder computed on a thread of its own, never the FX thread: its progress, what it is running and how it
 * ended, as properties set on the owner's executor (the FX thread in the app). Progress is latest-wins: however
 * often the ladder reports, at most one update waits on the owner's executor.
 */
public final class LadderJob {
    /** Where a job is. */
    public enum State { RUNNING, DONE, CANCELLED, FAILED }

    private record Progress(double fraction, String running) {
    }

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper(this, "running", "starting");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);
    private final ReadOnlyObjectWrapper<LadderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Progress> pending = new AtomicReference<>();
    private final Executor owner;
    private final Thread thread;

    /**
     * Starts {@code ladder} at once on a new daemon thread.
     *
     * @param solverThreads threads of each run (the result does not depend on it)
     * @param owner where the properties change (the FX thread in the app)
     */
    public LadderJob(Ladder ladder, int solverThreads, Executor owner) {
        this.owner = owner;
        thread = new Thread(() -> work(ladder, solverThreads), "meanfield-ladder");
        thread.setDaemon(true);
        thread.start();
    }

    private void work(Ladder ladder, int solverThreads) {
        try {
            LadderResult r = ladder.run(solverThreads, this::report, cancelled::get);
            owner.execute(() -> {
                result.set(r);
                progress.set(1);
                running.set("done");
                state.set(State.DONE);
            });
        } catch (CancellationException e) {
            owner.execute(() -> {
                running.set("cancelled");
                state.set(State.CANCELLED);
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            // A non-finite step or a heap too small: said in the dialog, the window's run goes on.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            owner.execute(() -> {
                running.set(UiLabels.speak(why));
                state.set(State.FAILED);
            });
        }
    }

    private void report(double fraction, String run) {
        if (pending.getAndSet(new Progress(fraction, run)) == null) {
            owner.execute(() -> {
                Progress p = pending.getAndSet(null);
                if (p != null && state.get() == State.RUNNING) {
                    progress.set(p.fraction());
                    running.set(p.running());
                }
            });
        }
    }

    /** Asks the ladder to stop before its next step; the state turns {@link State#CANCELLED} once it has. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Waits up to {@code millis} for the thread to end; whether it has (tests). */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The run under way ("M = 64, seed 3"), or how the job ended. */
    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The ladder's result once it is done, else null. */
    public ReadOnlyObjectProperty<LadderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
