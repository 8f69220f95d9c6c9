package io.github.meanfieldlab.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's own performance targets, measured as it runs: frames per second, the longest gap between two
 * frames (a stall of the FX thread), and how long a restart took from the request until every pane showed it,
 * stage by stage ({@link RestartTrace}). A gap is told apart by what filled it: garbage-collection pauses (which
 * stop every thread), the FX thread's own work, or neither (the FX thread waited for a core or for the renderer).
 * Fed with {@code System.nanoTime()} values and CPU times by the FX thread.
 */
public final class PerformanceMeter {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    /**
     * A measurement has a few dozen restarts (ten minutes with one every 2 s, 300); a long session keeps no more
     * than this.
     */
    private static final int KEPT_TRACES = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    private long windowStart = -1;
    private int windowFrames;
    private double framesPerSecond;
    private long lastFrame = -1;
    private long longestGap;
    /** At the last frame: the FX thread's CPU time (ns) and the collectors' total time (ms). */
    private long lastFxCpu;
    private long lastGcMillis;
    /** What filled the longest gap: collection pauses (ms) and FX-thread CPU (ns). */
    private long longestGapGcMillis;
    private long longestGapFxCpu;
    /** The FX thread's CPU time on the app's work per frame: the sum and the longest, ns. */
    private long frameWorkTotal;
    private long frameWorkLongest;
    /** The stages of the restarts shown since the last reset, the newest {@link #KEPT_TRACES}. */
    private final List<RestartTrace> traces = new ArrayList<>();
    private long totalFrames;
    private long freshFrames;
    private long paneDraws;
    private long firstFrame = -1;
    /** Wall-clock times (ms since the epoch) of the first frame and of the first run shown in every pane; kept by reset. */
    private long firstFrameAtMillis = -1;
    private long firstRunShownAtMillis = -1;

    /**
     * Records a frame at {@code now}; {@code fresh} when it showed a new snapshot. {@code fxCpuNanos} is the FX
     * thread's CPU time so far and {@code gcMillis} the collectors' total time so far ({@link #threadCpuNanos()},
     * {@link #gcMillis()}), so that the longest gap says what filled it.
     */
    public void frame(long now, boolean fresh, long fxCpuNanos, long gcMillis) {
        if (firstFrameAtMillis < 0) {
            firstFrameAtMillis = System.currentTimeMillis();
        }
        if (fresh) {
            freshFrames++;
        }
        if (lastFrame >= 0) {
            if (now - lastFrame > longestGap) {
                longestGap = now - lastFrame;
                longestGapGcMillis = gcMillis - lastGcMillis;
                longestGapFxCpu = fxCpuNanos - lastFxCpu;
            }
        } else {
            firstFrame = now;
        }
        lastFrame = now;
        lastFxCpu = fxCpuNanos;
        lastGcMillis = gcMillis;
        totalFrames++;
        if (windowStart < 0) {
            windowStart = now;
        }
        windowFrames++;
        if (now - windowStart >= WINDOW_NANOS) {
            framesPerSecond = (windowFrames - 1) * 1e9 / (now - windowStart);
            windowStart = now;
            windowFrames = 1;
        }
    }

    /** The CPU time of the calling thread (the FX thread's, when the pump asks), in nanoseconds. */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The total time the garbage collectors took so far, in milliseconds (their pauses stop every thread). */
    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean c : COLLECTORS) {
            total += Math.max(0, c.getCollectionTime());
        }
        return total;
    }

    /** Records the CPU time the FX thread spent on the app's work of the frame just recorded. */
    public void frameWork(long cpuNanos) {
        frameWorkTotal += cpuNanos;
        frameWorkLongest = Math.max(frameWorkLongest, cpuNanos);
    }

    /** The mean FX-thread CPU time per frame on the app's work since the last reset, in ms. */
    public double meanFrameWorkMillis() {
        return totalFrames == 0 ? 0 : frameWorkTotal / 1e6 / totalFrames;
    }

    /** The longest FX-thread CPU time of one frame on the app's work since the last reset, in ms. */
    public double longestFrameWorkMillis() {
        return frameWorkLongest / 1e6;
    }

    /** Records that {@code count} panes were drawn in the frame just recorded. */
    public void panesDrawn(int count) {
        paneDraws += count;
    }

    /** Pane drawings per second since the last reset, all panes together. */
    public double paneDrawsPerSecond() {
        return totalFrames < 2 ? 0 : paneDraws * 1e9 / (lastFrame - firstFrame);
    }

    /** Records a restart that every pane shows now, and keeps its stages for {@link #restartReport()}. */
    void restartShown(RestartTrace trace) {
        if (firstRunShownAtMillis < 0) {
            firstRunShownAtMillis = System.currentTimeMillis();
        }
        if (traces.size() == KEPT_TRACES) {
            traces.remove(0);
        }
        traces.add(trace);
    }

    /** Frames per second over the last second or so; 0 until a second has passed. */
    public double framesPerSecond() {
        return framesPerSecond;
    }

    /** Frames per second since the last reset. */
    public double averageFramesPerSecond() {
        return totalFrames < 2 ? 0 : (totalFrames - 1) * 1e9 / (lastFrame - firstFrame);
    }

    /** The fraction of frames since the last reset that showed a new snapshot. */
    public double freshFraction() {
        return totalFrames == 0 ? 0 : (double) freshFrames / totalFrames;
    }

    /** The longest time between two frames since the last reset, in milliseconds. */
    public double longestGapMillis() {
        return longestGap / 1e6;
    }

    /** Garbage-collection time within the longest gap, in milliseconds. */
    public double longestGapGcMillis() {
        return longestGapGcMillis;
    }

    /** The FX thread's CPU time within the longest gap, in milliseconds. */
    public double longestGapFxCpuMillis() {
        return longestGapFxCpu / 1e6;
    }

    /** The latency and stages of the restarts shown since the last reset ({@link RestartTrace#report}). */
    public String restartReport() {
        return RestartTrace.report(traces);
    }

    /** When the first frame was drawn, in ms since the epoch; −1 before. */
    public long firstFrameAtMillis() {
        return firstFrameAtMillis;
    }

    /** When the first run was shown in every pane, in ms since the epoch; −1 before. */
    public long firstRunShownAtMillis() {
        return firstRunShownAtMillis;
    }

    /** Starts measuring afresh (after start-up, whose first frames are slow for reasons outside the app). */
    public void reset() {
        windowStart = -1;
        windowFrames = 0;
        framesPerSecond = 0;
        lastFrame = -1;
        longestGap = 0;
        longestGapGcMillis = 0;
        longestGapFxCpu = 0;
        frameWorkTotal = 0;
        frameWorkLongest = 0;
        traces.clear();
        totalFrames = 0;
        freshFrames = 0;
        paneDraws = 0;
        firstFrame = -1;
    }
}
