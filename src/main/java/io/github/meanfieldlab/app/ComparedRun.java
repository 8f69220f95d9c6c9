package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A run pinned beside the window's own: run A of a comparison, with a session of its own, so that restarting
 * or closing it leaves the window's run (B) alone and the other way round. FX thread only.
 */
public final class ComparedRun implements FlowSession.Listener {
    private final ExperimentConfig config;
    private final FlowSession session;
    private final Consumer<String> messages;
    private FlowSession.Started started;

    ComparedRun(ExperimentConfig config, Function<FlowSession.Listener, FlowSession> sessionFor,
                Consumer<String> messages) {
        this.config = config;
        this.messages = messages;
        this.session = sessionFor.apply(this);
        session.restart(config);
    }

    /** The configuration it runs, fixed when it was pinned. */
    public ExperimentConfig config() {
        return config;
    }

    /** The run under way, null until it has started. */
    public FlowSession.Started started() {
        return started;
    }

    /** Its newest snapshot, or null before the first. */
    public FlowSnapshot latest() {
        return session.latest();
    }

    /** Starts it again from its initial particles at s = 0. */
    public void restart() {
        session.restart(config);
    }

    public FlowSession session() {
        return session;
    }

    void close() {
        session.close();
    }

    @Override
    public void started(FlowSession.Started run) {
        started = run;
    }

    @Override
    public void refused(ExperimentConfig requested, String message) {
        messages.accept("Run A not started: " + UiLabels.speak(message) + ".");
    }
}
