package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowRunner;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The solver threads the window's runs may use, and how compare mode shares them: run A and run B together no
 * more than one run has alone, and at least one each. With one thread (two cores, one kept free for drawing) that
 * cannot be split, so the two runs take their steps in turns and still use one core between them. The results are
 * the same bits on any thread count, so the split changes only how fast each run goes.
 *
 * @param threads the threads of a run that has the solver to itself (≥ 1)
 */
public record SolverBudget(int threads) {
    public SolverBudget {
        requireThreads(threads);
    }

    /**
     * What one run may use of the budget: its solver threads, and the lock it takes its steps in turns with
     * (shared with the other run of compare mode; null for a run that steps on its own). The two always travel
     * together, so that no run gets a thread count without the turns that go with it.
     */
    public record Share(int threads, Lock turns) {
        public Share {
            requireThreads(threads);
        }

        /** Has {@code runner} use this share from its next step on ({@link FlowRunner#setThreads}, its turns). */
        void applyTo(FlowRunner runner) {
            runner.setThreads(threads);
            runner.takeTurnsWith(turns);
        }
    }

    /** The shares of compare mode's two runs, which take turns with the same lock if they take turns at all. */
    public record Split(Share pinned, Share window) {
    }

    /** All cores but one, which stays free for drawing so that frames keep coming while the solver runs flat out. */
    public static SolverBudget ofThisMachine() {
        return new SolverBudget(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The share of a run that has the solver to itself: every thread, no turns. */
    public Share alone() {
        return new Share(threads, null);
    }

    /**
     * The shares of compare mode: run A's and run B's threads, with a fair lock of their own to alternate on if the
     * budget cannot be split ({@link #takeTurns}).
     */
    public Split split() {
        Lock turns = takeTurns() ? new ReentrantLock(true) : null;
        return new Split(new Share(pinnedThreads(), turns), new Share(windowThreads(), turns));
    }

    /** Whether A and B must take their steps in turns to stay within the budget (one thread only). */
    public boolean takeTurns() {
        return pinnedThreads() + windowThreads() > threads;
    }

    /** Run A's threads in compare mode: the smaller half. */
    private int pinnedThreads() {
        return Math.max(1, threads / 2);
    }

    /** Run B's threads in compare mode: the rest, the larger half, since B is the run that restarts. */
    private int windowThreads() {
        return Math.max(1, threads - pinnedThreads());
    }

    private static void requireThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("solver threads = " + threads + "; allowed: >= 1");
        }
    }
}
