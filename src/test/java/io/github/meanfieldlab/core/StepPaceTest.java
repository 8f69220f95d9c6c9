package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The speed limit's timeline: steps due a period apart, late wake-ups made up within a tenth of a second, a new
 * timeline after a pause, a slow machine never rushed.
 */
class StepPaceTest {
    private static final long PERIOD = StepPace.periodNanos(150);

    @Test
    void aMachineThatKeepsUpTakesAPeriodPerStepAfterTheFirst() {
        assertEquals(6_666_666, PERIOD);
        assertEquals(99 * PERIOD / 1e9, StepPace.seconds(100, 150, 0), 1e-12);
        // A step's own time is made up by the wait after it: only the last step's shows.
        assertEquals((99 * PERIOD + 5_000_000) / 1e9, StepPace.seconds(100, 150, 5_000_000), 1e-12);
    }

    @Test
    void aWakeUpThatOversleptIsMadeUpByTheNextWait() {
        long due = StepPace.nextDue(Long.MIN_VALUE / 2, 0, PERIOD);
        assertEquals(PERIOD, due, "a first step starts the timeline");
        // The next step starts 3 ms late; the one after it is still due on the timeline, not a period later.
        assertEquals(2 * PERIOD, StepPace.nextDue(due, due + 3_000_000, PERIOD));
    }

    @Test
    void aRunLateByLessThanATenthOfASecondCatchesUpAndOneLaterStartsANewTimeline() {
        long due = PERIOD;
        // 50 ms late (a busy machine's wake-up): the next step is due at once, on the old timeline.
        assertEquals(2 * PERIOD, StepPace.nextDue(due, due + 50_000_000L, PERIOD));
        // After a pause of a second: a new timeline, not a burst of 150 steps.
        long afterPause = due + 1_000_000_000L;
        assertEquals(afterPause + PERIOD, StepPace.nextDue(due, afterPause, PERIOD));
        assertEquals(StepPace.CATCH_UP_NANOS + PERIOD + 1 + PERIOD,
                StepPace.nextDue(PERIOD, StepPace.CATCH_UP_NANOS + PERIOD + 1, PERIOD), "just past the bound");
        // At a slow pace a period is longer than the bound: a step late by less than a period is made up.
        long second = StepPace.periodNanos(1);
        assertEquals(2 * second, StepPace.nextDue(second, second + 500_000_000L, second));
    }

    @Test
    void aMachineTooSlowForThePaceIsNeverRushed() {
        // Each step takes 8 ms of a 6.7 ms period: it never waits, and never runs faster than it can.
        assertEquals(100 * 0.008, StepPace.seconds(100, 150, 8_000_000), 1e-12);
    }

    private static void await(FlowRunner r, RunState state) throws InterruptedException {
        long start = System.nanoTime();
        while (r.latest() == null || r.latest().state() != state) {
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "timed out waiting for " + state);
            Thread.sleep(1);
        }
    }

    @Test
    void theSolverThreadKeepsToTheTimeline() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 2, 2, 4, 8, 3, 2);
        int steps = 31;
        double step = 0.0625;  // a power of two: 31 steps reach s_max exactly
        try (FlowRunner r = new FlowRunner(3, p.spec, p.data, p.theta, step, new StopRule(steps * step, 0), 1, false)) {
            r.setMaxStepsPerSecond(150);
            r.start();
            await(r, RunState.PAUSED);
            // Timed from play, after the build: unthrottled, these steps take a few milliseconds.
            long start = System.nanoTime();
            r.play();
            await(r, RunState.FINISHED);
            long elapsed = System.nanoTime() - start;
            assertEquals(steps, r.latest().step());
            // Never faster than the timeline.
            assertTrue(elapsed >= (steps - 1) * PERIOD, elapsed / 1e6 + " ms for " + steps + " steps");
        }
    }
}
