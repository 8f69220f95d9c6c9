package io.github.meanfieldlab.app;

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
        if (threads < 1) {
            throw new IllegalArgumentException("solver threads = " + threads + "; allowed: >= 1");
        }
    }

    /** All cores but one, which stays free for drawing so that frames keep coming while the solver runs flat out. */
    public static SolverBudget ofThisMachine() {
        return new SolverBudget(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Run A's threads in compare mode: the smaller half. */
    public int pinned() {
        return Math.max(1, threads / 2);
    }

    /** Run B's threads in compare mode: the rest, the larger half, since B is the run that restarts. */
    public int window() {
        return Math.max(1, threads - pinned());
    }

    /** Whether A and B must take their steps in turns to stay within the budget (one thread only). */
    public boolean takeTurns() {
        return pinned() + window() > threads;
    }
}
