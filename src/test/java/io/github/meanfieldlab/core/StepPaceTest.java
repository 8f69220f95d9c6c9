package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The speed limit's timeline: steps due a period apart, late wake-ups made up, a slow machine never rushed. */
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
        long due = StepPace.nextDue(-PERIOD - 1, 0, PERIOD);
        assertEquals(PERIOD, due, "a first step starts the timeline");
        // The next step starts 3 ms late; the one after it is still due on the timeline, not a period later.
        assertEquals(2 * PERIOD, StepPace.nextDue(due, due + 3_000_000, PERIOD));
    }

    @Test
    void aMachineTooSlowForThePaceStartsANewTimelineInsteadOfRushing() {
        assertEquals(100 * 0.008, StepPace.seconds(100, 150, 8_000_000), 1e-12);
        long due = PERIOD;
        long lateStart = due + PERIOD + 1;
        assertEquals(lateStart + PERIOD, StepPace.nextDue(due, lateStart, PERIOD));
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
