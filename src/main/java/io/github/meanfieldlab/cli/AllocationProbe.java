package io.github.meanfieldlab.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Bytes allocated by the calling thread and by other threads, and garbage collections run, over a stretch of
 * work between {@link #start()} and {@link #stop()}. The calling thread's count brackets only the work: every
 * read that allocates happens outside it.
 */
final class AllocationProbe {
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long[] others;
    private long[] othersAtStart;
    private long collectionsAtStart;
    private long selfAtStart;
    private long self;
    private long collections;
    private long otherBytes;

    /** @param others the ids of the other threads to watch */
    AllocationProbe(long[] others) {
        this.others = others.clone();
    }

    void start() {
        othersAtStart = threads.getThreadAllocatedBytes(others);
        collectionsAtStart = totalCollections();
        selfAtStart = threads.getCurrentThreadAllocatedBytes();
    }

    void stop() {
        self = threads.getCurrentThreadAllocatedBytes() - selfAtStart;
        collections = totalCollections() - collectionsAtStart;
        long[] now = threads.getThreadAllocatedBytes(others);
        otherBytes = 0;
        for (int t = 0; t < others.length; t++) {
            if (now[t] >= 0 && othersAtStart[t] >= 0) {         // −1: the thread has ended
                otherBytes += now[t] - othersAtStart[t];
            }
        }
    }

    /** Bytes the calling thread allocated between start and stop. */
    long selfBytes() {
        return self;
    }

    /** Bytes the other threads allocated between start and stop (threads that ended meanwhile not counted). */
    long otherBytes() {
        return otherBytes;
    }

    private long totalCollections() {
        long n = 0;
        for (int c = 0; c < collectors.size(); c++) {
            n += Math.max(0, collectors.get(c).getCollectionCount());
        }
        return n;
    }

    /** Garbage collections, of any collector, between start and stop. */
    long collections() {
        return collections;
    }
}
