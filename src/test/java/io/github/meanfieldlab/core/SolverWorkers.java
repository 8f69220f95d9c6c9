package io.github.meanfieldlab.core;

import java.util.Set;

/**
 * The solvers' worker threads alive now (a solver with T threads has T − 1 of them besides its own): how tests see
 * how many threads the runs they started use, leaving out workers of earlier tests' runs that are still ending.
 */
public final class SolverWorkers {
    private final Set<Thread> before = live();

    private static Set<Thread> live() {
        return Set.copyOf(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("meanfield-solver-worker-")).toList());
    }

    /** Worker threads alive now that were not alive when this was made. */
    public int started() {
        return (int) live().stream().filter(t -> !before.contains(t)).count();
    }
}
