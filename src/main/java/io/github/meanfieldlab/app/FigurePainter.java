package io.github.meanfieldlab.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The thread on which figures live: every change to a figure and every painting of it runs here, in the order
 * asked for, so the figures need no locks and the FX thread only ever shows finished images. A slow figure
 * then slows its own pane, never the window.
 */
public final class FigurePainter implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meanfield-painter");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} on the painter thread after everything asked for before it. */
    public void run(Runnable work) {
        if (!thread.isShutdown()) {
            thread.execute(work);
        }
    }

    /** Computes {@code read} on the painter thread, after everything asked for before it. */
    public <T> CompletableFuture<T> call(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, thread);
    }

    /** Stops painting; work not yet started is dropped. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
