package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.session.Session;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Run A of compare mode: the window's run as it was when pinned, continued in a session of its own from exactly
 * that state (its particles, its history, its s), so that the window's run (B) can restart with other settings
 * while A goes on, and restarting B or unpinning A leaves the other alone. A continues as the saved session
 * would ({@link Session#runner}): the same steps on any thread count. FX thread only.
 */
public final class ComparedRun implements FlowSession.Listener {
    private final Session pinnedAt;
    private final FlowSession session;
    private final Consumer<String> messages;
    private final ReadOnlyObjectWrapper<FlowSession.Started> started = new ReadOnlyObjectWrapper<>(this, "started");

    /**
     * Continues {@code pinnedAt} in a session built by {@code sessionFor} with A's {@code share} of the solver
     * threads (taking turns with the window's run if the share says so), stepping if {@code playing}, at most
     * {@code maxStepsPerSecond} steps per second (0 for no limit), as the window's run does.
     */
    ComparedRun(Session pinnedAt, BiFunction<FlowSession.Listener, SolverBudget.Share, FlowSession> sessionFor,
                SolverBudget.Share share, boolean playing, double maxStepsPerSecond, Consumer<String> messages) {
        this.pinnedAt = pinnedAt;
        this.messages = messages;
        this.session = sessionFor.apply(this, share);
        session.setMaxStepsPerSecond(maxStepsPerSecond);
        if (!playing) {
            session.pause();
        }
        session.resume(pinnedAt);
    }

    /** The configuration A runs, the window's when it was pinned. */
    public ExperimentConfig config() {
        return pinnedAt.config();
    }

    /** The state A was pinned at: where its run went on from. */
    public Session pinnedAt() {
        return pinnedAt;
    }

    /** A's run once its solver has started; null until then. */
    public ReadOnlyObjectProperty<FlowSession.Started> startedProperty() {
        return started.getReadOnlyProperty();
    }

    public FlowSession.Started started() {
        return started.get();
    }

    /** A's newest snapshot, or null before the first. */
    public FlowSnapshot latest() {
        return session.latest();
    }

    /** A's newest snapshot since the last take, or null (the window takes one per frame). */
    FlowSnapshot takeNew() {
        FlowSession.Started run = started.get();
        return run == null ? null : session.takeNew(run.runId());
    }

    public FlowSession session() {
        return session;
    }

    void close() {
        session.close();
    }

    @Override
    public void started(FlowSession.Started run) {
        started.set(run);
    }

    @Override
    public void refused(ExperimentConfig requested, String message) {
        messages.accept("Run A not continued: " + UiLabels.speak(message) + ".");
    }
}
