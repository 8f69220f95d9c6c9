package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshots of the run on screen that the replay can go back to, within a memory budget. Snapshots come
 * in as the window shows them (at most one a frame); when the kept ones would need more than the budget, every
 * other one is dropped and later ones are kept only as far apart in s as the survivors, so the kept snapshots
 * always cover the whole run from s = 0, evenly, however long it runs. The newest snapshot is always at hand
 * (the window holds it anyway) and is not counted.
 *
 * <p>A snapshot's size is counted from what it owns: the particles (L·M·k doubles), the layer states
 * (N·(L+1)·D doubles) and the probe outputs; the data, the probe points and the history arrays are shared
 * by every snapshot of a run and counted nowhere. ReplayMemoryTest measures the heap this really retains.
 */
final class SnapshotHistory {
    /** What the replay may keep: 64 MiB, over 700 snapshots of the default experiment (about 88 kB each). */
    static final long BUDGET_BYTES = 64L << 20;
    /** Object headers and fields of a snapshot and its arrays, besides their elements. */
    private static final long OVERHEAD_BYTES = 256;

    private final long budget;
    private final List<FlowSnapshot> kept = new ArrayList<>();
    private long bytes;
    /** The least s between two kept snapshots: 0 until the budget was first reached, then doubled each time. */
    private double gap;
    private FlowSnapshot newest;

    SnapshotHistory() {
        this(BUDGET_BYTES);
    }

    /** A history of at most {@code budget} bytes of snapshots besides the newest (tests use small ones). */
    SnapshotHistory(long budget) {
        this.budget = budget;
    }

    /** The bytes a snapshot owns (see the class comment). */
    static long bytesOf(FlowSnapshot s) {
        var spec = s.spec();
        long particles = (long) spec.depth() * spec.width() * spec.parameterCount();
        long states = (long) s.samples() * (spec.depth() + 1) * spec.stateDimension();
        return 8 * (particles + states + s.probeCount()) + OVERHEAD_BYTES;
    }

    /** Adds the newest snapshot shown; one of another run starts the history afresh. */
    void record(FlowSnapshot s) {
        if (newest != null && newest.runId() != s.runId()) {
            clear();
        }
        newest = s;
        FlowSnapshot last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (last != null && s.step() == last.step()) {
            // The same state seen again may know more: a run's first snapshot comes before its theory columns.
            kept.set(kept.size() - 1, s);
            bytes += bytesOf(s) - bytesOf(last);
            return;
        }
        if (last != null && (s.step() < last.step() || s.time() - last.time() < gap)) {
            return;
        }
        long size = bytesOf(s);
        if (size > budget) {
            return;     // a run too large to keep even one earlier snapshot of: the replay shows the newest only
        }
        kept.add(s);
        bytes += size;
        while (bytes > budget) {
            thin();
        }
    }

    /** Keeps the first snapshot and then those at least twice the mean spacing apart: about every other one. */
    private void thin() {
        double span = kept.get(kept.size() - 1).time() - kept.get(0).time();
        gap = Math.max(2 * gap, 2 * span / Math.max(1, kept.size() - 1));
        List<FlowSnapshot> thinned = new ArrayList<>();
        long size = 0;
        for (FlowSnapshot s : kept) {
            if (thinned.isEmpty() || s.time() - thinned.get(thinned.size() - 1).time() >= gap) {
                thinned.add(s);
                size += bytesOf(s);
            }
        }
        if (thinned.size() == kept.size()) {
            // Equal times cannot be thinned by spacing: drop the newest kept one (the newest stays at hand).
            size -= bytesOf(thinned.remove(thinned.size() - 1));
        }
        kept.clear();
        kept.addAll(thinned);
        bytes = size;
    }

    /** The snapshot nearest pseudo-time {@code s}, the newest included; null before the first. */
    FlowSnapshot at(double s) {
        FlowSnapshot best = newest;
        for (FlowSnapshot k : kept) {
            if (best == null || Math.abs(k.time() - s) < Math.abs(best.time() - s)) {
                best = k;
            }
        }
        return best;
    }

    /** The newest snapshot recorded; null before the first. */
    FlowSnapshot newest() {
        return newest;
    }

    /** The bytes the kept snapshots own, at most the budget. */
    long bytes() {
        return bytes;
    }

    /** How many earlier snapshots are kept (the newest aside, unless it was kept too). */
    int size() {
        return kept.size();
    }

    /** The times of the kept snapshots, oldest first (tests). */
    double[] times() {
        return kept.stream().mapToDouble(FlowSnapshot::time).toArray();
    }

    void clear() {
        kept.clear();
        bytes = 0;
        gap = 0;
        newest = null;
    }
}
