package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay's memory: within its budget, covering the whole run evenly, and honest about what it holds. */
class SnapshotHistoryTest {

    /** Snapshots of the default experiment after each of {@code steps} steps, with the window's probe points. */
    private static List<FlowSnapshot> defaultRun(long runId, int steps) {
        return defaultRun(runId, steps, true);
    }

    /** As above; without probes, for a heap measurement (a snapshot made here copies its probe points). */
    private static List<FlowSnapshot> defaultRun(long runId, int steps, boolean withProbes) {
        Experiment e = Experiment.build(ConfigIO.defaults());
        double[] probes = withProbes ? MainWindow.probeInputs(e) : null;
        List<FlowSnapshot> out = new ArrayList<>();
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 2)) {
            out.add(flow.snapshot(runId, probes));
            for (int n = 0; n < steps; n++) {
                flow.step();
                out.add(flow.snapshot(runId, probes));
            }
        }
        return out;
    }

    @Test
    void theBudgetIsSixtyFourMebibytesAndHoldsOverSevenHundredDefaultSnapshots() {
        assertEquals(64L * 1024 * 1024, SnapshotHistory.BUDGET_BYTES);
        FlowSnapshot s = defaultRun(1, 0).get(0);
        long each = SnapshotHistory.bytesOf(s);
        assertEquals(88, each / 1000.0, 0.5, "about 88 kB a snapshot, as the README says");
        assertTrue(SnapshotHistory.BUDGET_BYTES / each >= 700, "default snapshots in the budget: "
                + SnapshotHistory.BUDGET_BYTES / each + " of " + each + " bytes");
    }

    @Test
    void aLongRunStaysWithinTheBudgetAndIsKeptEvenlyFromTheStart() {
        List<FlowSnapshot> run = defaultRun(1, 400);
        long budget = 40 * SnapshotHistory.bytesOf(run.get(0));
        SnapshotHistory history = new SnapshotHistory(budget);
        for (FlowSnapshot s : run) {
            history.record(s);
            assertTrue(history.bytes() <= budget, "over budget at step " + s.step());
        }
        double[] times = history.times();
        assertTrue(times.length >= 20 && times.length <= 40, "kept " + times.length);
        assertEquals(0.0, times[0], "s = 0 stays");
        double last = run.get(run.size() - 1).time();
        double widest = 0;
        double narrowest = Double.MAX_VALUE;
        for (int i = 1; i < times.length; i++) {
            widest = Math.max(widest, times[i] - times[i - 1]);
            narrowest = Math.min(narrowest, times[i] - times[i - 1]);
        }
        assertTrue(last - times[times.length - 1] <= widest, "the kept ones reach the newest");
        assertTrue(widest <= 2.5 * narrowest, "evenly spread: gaps from " + narrowest + " to " + widest);
        assertSame(run.get(run.size() - 1), history.at(last), "the newest is always at hand");
        FlowSnapshot near5 = history.at(5);
        assertTrue(Math.abs(near5.time() - 5) <= widest / 2 + 1e-12, "nearest s = 5: " + near5.time());
    }

    @Test
    void aNewRunStartsTheHistoryAfresh() {
        SnapshotHistory history = new SnapshotHistory();
        assertNull(history.at(3));
        defaultRun(1, 5).forEach(history::record);
        FlowSnapshot other = defaultRun(2, 0).get(0);
        history.record(other);
        assertEquals(1, history.size());
        assertSame(other, history.at(0.06));
    }

    /**
     * What the count promises is what the heap holds: snapshots kept by the history retain about the bytes it
     * counts (the shared data and history arrays aside), not more.
     */
    @Test
    void theCountedBytesAreWhatTheHeapRetains() {
        long budget = 32L << 20;
        SnapshotHistory history = new SnapshotHistory(budget);
        long before = retained();
        List<FlowSnapshot> run = defaultRun(1, 240, false);
        run.forEach(history::record);
        run = null;     // only the history holds them now
        long after = retained();
        long measured = after - before;
        assertTrue(history.size() == 241, "every snapshot fits this budget: " + history.size());
        assertTrue(measured <= 1.1 * history.bytes() + (1 << 20) && measured >= 0.8 * history.bytes(),
                "counted " + history.bytes() + " bytes, the heap retains " + measured);
        assertTrue(history.bytes() <= budget);
    }

    private static long retained() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
