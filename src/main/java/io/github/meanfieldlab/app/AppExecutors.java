package io.github.meanfieldlab.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where the window's background work runs: the restarter builds experiments and joins old solvers, the painter
 * changes and paints the figures. Each runs one task at a time, in order. Tests pass executors that run on the
 * calling thread, so that a restart or a painting has happened when the call returns.
 */
public record AppExecutors(ExecutorService restarter, ExecutorService painter) {

    /** A daemon thread each, so that a slow build or painting never keeps the program alive. */
    public static AppExecutors threads() {
        return new AppExecutors(daemon("meanfield-restarter"), daemon("meanfield-painter"));
    }

    /** One daemon thread named {@code name} that runs tasks in order: a program never waits for it to exit. */
    static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
