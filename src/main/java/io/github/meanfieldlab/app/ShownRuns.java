package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runs the window has shown, kept whole so that the window can be saved as a {@link Session}: the current
 * run's newest snapshot (particles and history from one instant) and the earlier runs on the loss chart with
 * their full histories. FX thread only.
 */
final class ShownRuns {
    /** As many earlier runs as the loss chart keeps. */
    static final int MAX_EARLIER = 6;

    private final List<Session.EarlierRun> earlier = new ArrayList<>();
    private FlowSession.Started current;
    private FlowSnapshot newest;

    /** A run started: the one before it, if it showed anything, becomes an earlier run (a session brings its own). */
    void started(FlowSession.Started run) {
        if (run.resumed() != null) {
            earlier.clear();
            earlier.addAll(run.resumed().earlierRuns());
        } else if (current != null && newest != null) {
            earlier.add(new Session.EarlierRun(LossPanel.label(current), current.config(), newest.history()));
        }
        while (earlier.size() > MAX_EARLIER) {
            earlier.remove(0);
        }
        current = run;
        newest = null;
    }

    /** The user removed the earlier runs from the loss chart: a session saved now holds none. */
    void forgetEarlierRuns() {
        earlier.clear();
    }

    /** The window showed {@code s}, a snapshot of the current run. */
    void shown(FlowSnapshot s) {
        if (current != null && s.runId() == current.runId()) {
            newest = s;
        }
    }

    /** The window's run as a session, as far as it has been shown; empty before its first snapshot of a flow. */
    Optional<Session> session() {
        if (newest == null || newest.stepping() == null) {
            return Optional.empty();
        }
        return Optional.of(new Session(current.config(), newest.data(), current.experiment().initialParticles(),
                newest.particles(), newest.options(), newest.stepping(), newest.history(), earlier));
    }
}
