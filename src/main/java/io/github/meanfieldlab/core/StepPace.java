package io.github.meanfieldlab.core;

/**
 * The solver's speed limit as a timeline of one step every 1/limit seconds: each step is due one period after
 * the one before was due, not one period after it ended. The step's own time and a wait that overslept are made
 * up by the next steps, which then do not wait, so the pace holds on average; a run more than
 * {@link #CATCH_UP_NANOS} (or a period, if longer) behind, after a pause or on a machine too slow for the limit,
 * starts a new timeline instead of rushing to catch up. {@link FlowRunner} waits on it; {@link #seconds} says
 * how long a run takes by it.
 */
public final class StepPace {
    /**
     * How far behind a run may fall and still catch up. A busy machine wakes a sleeping thread late, often by more
     * than a period of 1/150 s. Measured with app --measure-pace on the 2-core machine under load 14 to 17, the
     * default run took 34.2 and 34.4 s to its target when only a period was made up, 24.1 and 26.3 s (once 40.3 s,
     * as the load rose) with this; the solver alone needed 5 ms a step there. A tenth of a second is 15 steps at
     * the default pace, caught up within a frame or two.
     */
    static final long CATCH_UP_NANOS = 100_000_000L;

    private StepPace() {
    }

    /** Nanoseconds between steps at {@code stepsPerSecond} (> 0). */
    public static long periodNanos(double stepsPerSecond) {
        return (long) (1e9 / stepsPerSecond);
    }

    /**
     * When the step after one that started at {@code stepStart} may start, given when that one was due
     * ({@code due}; anything further before {@code stepStart} than it may fall behind, for a first step).
     */
    public static long nextDue(long due, long stepStart, long period) {
        return stepStart - due > Math.max(period, CATCH_UP_NANOS) ? stepStart + period : due + period;
    }

    /**
     * The wall time, in seconds, from the start of the first of {@code steps} steps to the end of the last, for a
     * solver that computes each step in {@code stepNanos} and wakes exactly when a step is due.
     */
    public static double seconds(long steps, double stepsPerSecond, long stepNanos) {
        long period = periodNanos(stepsPerSecond);
        long now = 0;
        long due = Long.MIN_VALUE / 2;
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
