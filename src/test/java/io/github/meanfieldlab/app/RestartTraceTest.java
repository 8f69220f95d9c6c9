package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stages of a restart, as app --measure reports them: times from the request, and the threads' CPU. */
class RestartTraceTest {
    private static final long MS = 1_000_000L;
    private static final Experiment EXPERIMENT = Experiment.build(ConfigIO.defaults());

    /** A restart asked for at {@code t0} whose stages each took {@code stage} ms more than the one before. */
    static RestartTrace restart(long id, long t0, long stage) {
        FlowSession.Started run = new FlowSession.Started(id, EXPERIMENT, null, t0,
                new FlowSession.BuildTimes(t0 + stage * MS, t0 + 2 * stage * MS, 3 * MS), null, null);
        RestartTrace trace = new RestartTrace(run);
        assertFalse(trace.paintingAsked(t0 + stage * MS), "a painting before the first snapshot was taken is not the run's");
        trace.taken(t0 + 4 * stage * MS, t0 + 3 * stage * MS, 5 * MS);
        trace.taken(t0 + 9 * stage * MS, t0 + 9 * stage * MS, 99 * MS);
        assertTrue(trace.paintingAsked(t0 + 5 * stage * MS));
        assertFalse(trace.paintingAsked(t0 + 6 * stage * MS), "only the first painting after the first snapshot is timed");
        trace.painted(t0 + 6 * stage * MS, 20 * MS);
        trace.shown(t0 + 7 * stage * MS);
        return trace;
    }

    @Test
    void eachStageIsTimedFromTheRequestAndTheReportGivesMedianAndLongest() {
        List<RestartTrace> traces = List.of(restart(1, 1000 * MS, 10), restart(2, 5000 * MS, 30),
                restart(3, 9000 * MS, 20));
        RestartTrace first = traces.get(0);
        assertEquals(10, first.since(RestartTrace.Stage.BUILD_BEGUN), 1e-9);
        assertEquals(30, first.since(RestartTrace.Stage.FIRST_SNAPSHOT), 1e-9);
        assertEquals(40, first.since(RestartTrace.Stage.TAKEN), 1e-9, "the first take counts, not a later one");
        assertEquals(70, first.latencyMillis(), 1e-9);
        assertEquals(140, RestartTrace.median(traces, RestartTrace::latencyMillis), 1e-9);
        assertEquals(210, RestartTrace.max(traces, RestartTrace::latencyMillis), 1e-9);
        String report = RestartTrace.report(traces);
        assertTrue(report.contains("over 3 restarts"), report);
        assertTrue(report.matches("(?s).*every pane shows it[^\\n]* 140 +210\\n.*"), report);
        assertTrue(report.contains("restarter 3.0, 3.0; solver to its first snapshot 5.0, 5.0; painter's first "
                + "painting 20.0, 20.0"), report);
        assertTrue(report.startsWith("restart latency, slider release until every pane shows the new run: median "
                + "140 ms, longest 210 ms over 3 restarts (target <= 200)"), report);
        assertEquals(String.format("restart latency: no restart was shown%nrestart stages: no restart was shown"),
                RestartTrace.report(List.of()));
    }
}
