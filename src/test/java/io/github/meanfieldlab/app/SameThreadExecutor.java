package io.github.meanfieldlab.app;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task on the calling thread before returning (JabRef's {@code CurrentThreadTaskExecutor}): with it,
 * a restart or a painting has happened when the call that asked for it returns, and a test need not wait.
 */
final class SameThreadExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    /** A restarter and a painter that both run on the calling thread. */
    static AppExecutors both() {
        return new AppExecutors(new SameThreadExecutor(), new SameThreadExecutor());
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
