package io.github.meanfieldlab.core;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs {@code body.accept(i)} for i in [0, n) on a fixed set of threads, the caller included. It allocates
 * nothing per run, so the solver's step loop stays allocation-free. Which thread runs which index is left
 * to chance; callers make results independent of that by writing each index's result to its own slot.
 */
final class ParallelLoop implements AutoCloseable {
    /** Spin this many times before a worker parks: steps follow each other closely while a run is live. */
    private static final int SPINS = 20_000;

    private final Thread[] workers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private volatile long generation;
    private volatile boolean closed;
    private volatile IntConsumer body;
    private volatile int count;
    private volatile Throwable failure;

    /** @param threads the total number of threads, the caller's included (≥ 1) */
    ParallelLoop(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        workers = new Thread[threads - 1];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(this::work, name + "-worker-" + (t + 1));
            workers[t].setDaemon(true);
            workers[t].start();
        }
    }

    int threads() {
        return workers.length + 1;
    }

    /** Runs body over [0, n) and returns when every index is done; rethrows the first failure. */
    void run(int n, IntConsumer body) {
        if (closed) {
            throw new IllegalStateException("parallel loop is closed");
        }
        if (workers.length == 0) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        this.body = body;
        this.count = n;
        this.failure = null;
        next.set(0);
        busyWorkers.set(workers.length);
        generation++;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        drainCatching();
        // A worker still busy may be waiting for a core (the machine is shared): after a short spin, give it ours.
        int spins = 0;
        while (busyWorkers.get() != 0) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable f = failure;
        if (f != null) {
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(f);
        }
    }

    private void drain() {
        IntConsumer b = body;
        int n = count;
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            b.accept(i);
        }
    }

    /** Drains indices; on a failure records it and stops the other threads from taking more. */
    private void drainCatching() {
        try {
            drain();
        } catch (Throwable t) {
            failure = t;
            next.set(Integer.MAX_VALUE / 2);
        }
    }

    private void work() {
        long seen = 0;
        while (true) {
            int spins = 0;
            while (generation == seen) {
                if (closed) {
                    return;
                }
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = generation;
            drainCatching();
            busyWorkers.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
