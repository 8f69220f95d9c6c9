package io.github.meanfieldlab.app;

/**
 * The app's own performance targets, measured as it runs: frames per second, the longest gap between two
 * frames (a stall of the FX thread), and how long a restart took from the request until every pane showed it.
 * Fed with {@code System.nanoTime()} values by the FX thread.
 */
public final class PerformanceMeter {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private long windowStart = -1;
    private int windowFrames;
    private double framesPerSecond;
    private long lastFrame = -1;
    private long longestGap;
    private long totalFrames;
    private long freshFrames;
    private long paneDraws;
    private long firstFrame = -1;
    private long lastRestart = -1;
    private long restarts;
    /** Wall-clock times (ms since the epoch) of the first frame and of the first run shown in every pane; kept by reset. */
    private long firstFrameAtMillis = -1;
    private long firstRunShownAtMillis = -1;

    /** Records a frame at {@code now}; {@code fresh} when it showed a new snapshot. */
    public void frame(long now, boolean fresh) {
        if (firstFrameAtMillis < 0) {
            firstFrameAtMillis = System.currentTimeMillis();
        }
        if (fresh) {
            freshFrames++;
        }
        if (lastFrame >= 0) {
            longestGap = Math.max(longestGap, now - lastFrame);
        } else {
            firstFrame = now;
        }
        lastFrame = now;
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

    /** Records that {@code count} panes were drawn in the frame just recorded. */
    public void panesDrawn(int count) {
        paneDraws += count;
    }

    /** Pane drawings per second since the last reset, all panes together. */
    public double paneDrawsPerSecond() {
        return totalFrames < 2 ? 0 : paneDraws * 1e9 / (lastFrame - firstFrame);
    }

    /** Records that a run requested at {@code requestedAt} was shown in every pane at {@code now}. */
    public void restartShown(long requestedAt, long now) {
        if (restarts == 0) {
            firstRunShownAtMillis = System.currentTimeMillis();
        }
        restarts++;
        lastRestart = now - requestedAt;
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

    /** The latency of the last restart in milliseconds, or −1 before the first. */
    public double lastRestartMillis() {
        return lastRestart < 0 ? -1 : lastRestart / 1e6;
    }

    /** How many restarts have been shown in every pane, ever. */
    public long restarts() {
        return restarts;
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
        totalFrames = 0;
        freshFrames = 0;
        paneDraws = 0;
        firstFrame = -1;
    }
}
