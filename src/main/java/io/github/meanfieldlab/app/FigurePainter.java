package io.github.meanfieldlab.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Where figures live: every change to a figure and every painting of it runs on the painter's executor, in the
 * order asked for, so the figures need no locks and the FX thread only ever shows finished images. In the app
 * that is a thread of its own, so a slow figure slows its own pane, never the window; a test may paint on the
 * calling thread.
 */
public final class FigurePainter implements AutoCloseable {
    private final ExecutorService executor;

    /** @param executor runs one task at a time, in order; the painter owns it and shuts it down on close */
    public FigurePainter(ExecutorService executor) {
        this.executor = executor;
    }

    /** Runs {@code work} after everything asked for before it. */
    public void run(Runnable work) {
        if (!executor.isShutdown()) {
            executor.execute(work);
        }
    }

    /** Computes {@code read} after everything asked for before it. */
    public <T> CompletableFuture<T> call(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    /** Stops painting; work not yet started is dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
