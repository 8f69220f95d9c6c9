package io.github.meanfieldlab.core;

/**
 * The solver's speed limit as a timeline of one step every 1/limit seconds: each step is due one period after
 * the one before was due, not one period after it ended. The step's own time and a wait that overslept (a busy
 * machine wakes a thread late) are made up by the next waits, so the pace holds on average; a run more than a
 * period behind (after a pause, or on a machine too slow for the limit) starts a new timeline instead of
 * rushing to catch up. {@link FlowRunner} waits on it; {@link #seconds} says how long a run takes by it.
 */
public final class StepPace {
    private StepPace() {
    }

    /** Nanoseconds between steps at {@code stepsPerSecond} (> 0). */
    public static long periodNanos(double stepsPerSecond) {
        return (long) (1e9 / stepsPerSecond);
    }

    /**
     * When the step after one that started at {@code stepStart} may start, given when that one was due
     * ({@code due}; anything a period or more before {@code stepStart} for a first step).
     */
    public static long nextDue(long due, long stepStart, long period) {
        return stepStart - due > period ? stepStart + period : due + period;
    }

    /**
     * The wall time, in seconds, from the start of the first of {@code steps} steps to the end of the last, for a
     * solver that computes each step in {@code stepNanos} and wakes exactly when a step is due.
     */
    public static double seconds(long steps, double stepsPerSecond, long stepNanos) {
        long period = periodNanos(stepsPerSecond);
        long now = 0;
        long due = -period - 1;
        for (long i = 0; i < steps; i++) {
            long stepStart = now;
            now += stepNanos;
            if (i < steps - 1) {
                due = nextDue(due, stepStart, period);
                now = Math.max(now, due);
            }
        }
        return now / 1e9;
    }
}
