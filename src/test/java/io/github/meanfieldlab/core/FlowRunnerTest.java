package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The solver thread: controls, stopping rules, failure, snapshots and cancellation. */
class FlowRunnerTest {
    private static final long TIMEOUT_NANOS = 20_000_000_000L;

    private static FlowRunner runner(RandomProblem p, double step, StopRule stop, boolean playing) {
        return new FlowRunner(7, p.spec, p.data, p.theta, step, stop, 2, playing).start();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(2);
        }
    }

    @Test
    void startsPausedStepsOnceThenPlaysToItsTimeLimit() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 3, 8, 16, 1, 4);
        try (FlowRunner r = runner(p, 0.01, new StopRule(1.0, 0), false)) {
            await(() -> r.latest() != null && r.latest().state() == RunState.PAUSED, "the first snapshot");
            assertEquals(0, r.latest().step());
            assertEquals(7, r.latest().runId());
            assertTrue(r.latest().stepsPerSecond() > 0, "before any step, the rate estimated from the initial evaluation");
            r.stepOnce();
            await(() -> r.latest().step() == 1, "one step");
            Thread.sleep(50);
            assertEquals(1, r.latest().step(), "paused: no further steps");
            r.play();
            await(() -> r.latest().state() == RunState.FINISHED, "the time limit");
            FlowSnapshot last = r.latest();
            assertEquals(100, last.step());
            assertTrue(last.message().contains("s_max"), last.message());
            assertEquals(101, last.history().size());
            assertTrue(r.isAlive(), "a finished run waits, it can be continued");
        }
    }

    @Test
    void stopsAtTheLossTarget() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 3, 8, 16, 1, 4);
        double target;
        try (GradientFlow f = new GradientFlow(p.spec, p.data, p.theta, 0.05, 1)) {
            target = f.loss() * 0.9;
        }
        try (FlowRunner r = runner(p, 0.05, new StopRule(1e6, target), true)) {
            await(() -> r.latest() != null && r.latest().state() == RunState.FINISHED, "the loss target");
            assertTrue(r.latest().loss() <= target);
            assertTrue(r.latest().message().contains("target"), r.latest().message());
        }
    }

    @Test
    void aNonFiniteStepFailsTheRunWithItsMessageAtTheLastFiniteState() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 2, 2, 4, 8, 3, 2);
        try (FlowRunner r = runner(p, 1e6, new StopRule(1e12, 0), true)) {
            await(() -> r.latest() != null && r.latest().state() == RunState.FAILED, "the failure");
            assertTrue(r.latest().message().contains("smaller step"), r.latest().message());
            assertTrue(Double.isFinite(r.latest().loss()));
            await(() -> !r.isAlive(), "the thread to end");
        }
    }

    @Test
    void pauseStopsStepsAndTakeNewHandsOutEachSnapshotOnce() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.REGULARIZED_RELU, 2, 2, 3, 8, 16, 1, 4);
        try (FlowRunner r = runner(p, 0.001, new StopRule(1e9, 0), true)) {
            await(() -> r.latest() != null && r.latest().step() > 20, "some steps");
            r.pause();
            await(() -> r.latest().state() == RunState.PAUSED, "the pause");
            long step = r.latest().step();
            Thread.sleep(50);
            assertEquals(step, r.latest().step());
            r.takeNew();                                   // what the pause published
            assertEquals(null, r.takeNew(), "nothing new while paused");
            r.stepOnce();
            await(() -> r.latest().step() == step + 1, "a single step");
            FlowSnapshot taken = r.takeNew();
            assertEquals(step + 1, taken.step());
        }
    }

    @Test
    void probeOutputsMatchAForwardPass() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.TANH, 2, 3, 3, 8, 16, 1, 4);
        double[] probes = {0, 0, 0.5, -0.5, 1, 1};
        try (FlowRunner r = runner(p, 0.01, new StopRule(1e9, 0), false)) {
            r.setProbeInputs(probes);
            r.stepOnce();
            await(() -> r.latest() != null && r.latest().step() == 1 && r.latest().hasProbes(), "a probed snapshot");
            FlowSnapshot s = r.latest();
            double[] expected = new double[3];
            FlowEvaluator.predict(p.spec, s.particles(), probes, expected);
            for (int q = 0; q < 3; q++) {
                assertEquals(expected[q], s.probeOutput(q), 0.0);
            }
        }
    }

    @Test
    void closeEndsTheThreadPromptlyEvenWhileRunning() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 8, 64, 256, 1, 4);
        FlowRunner r = runner(p, 0.001, new StopRule(1e9, 0), true);
        await(() -> r.latest() != null, "a snapshot");
        long start = System.nanoTime();
        r.close();
        assertFalse(r.isAlive());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "closed within 2 s");
        assertEquals(RunState.CANCELLED, r.state());
    }

    /** Steps a paused runner until its snapshot is at {@code step}. */
    private static FlowSnapshot stepTo(FlowRunner r, long step) throws InterruptedException {
        while (r.latest() == null || r.latest().step() < step) {
            long next = r.latest() == null ? 1 : r.latest().step() + 1;
            r.stepOnce();
            await(() -> r.latest() != null && r.latest().step() >= next, "step " + next);
        }
        return r.latest();
    }

    @Test
    void aChangeOfThreadsMidRunKeepsEveryBitAndEndsTheWorkersNoLongerUsed() throws InterruptedException {
        // 600 samples make 5 blocks, so that the threads really share the work.
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 4, 8, 600, 1, 4);
        SolverWorkers workers = new SolverWorkers();
        FlowSnapshot alone;
        try (FlowRunner one = new FlowRunner(1, p.spec, p.data, p.theta, 0.05, new StopRule(1e9, 0), 1, false).start()) {
            alone = stepTo(one, 12);
        }
        try (FlowRunner r = new FlowRunner(2, p.spec, p.data, p.theta, 0.05, new StopRule(1e9, 0), 4, false).start()) {
            stepTo(r, 4);
            assertEquals(3, workers.started(), "four threads: the solver's own and three workers");
            r.setThreads(2);
            // Applied while paused, before any further step.
            await(() -> workers.started() == 1, "two workers to end");
            stepTo(r, 8);
            r.setThreads(3);
            await(() -> workers.started() == 2, "a worker to start");
            FlowSnapshot changed = stepTo(r, 12);
            assertArrayEquals(alone.particles(), changed.particles(), "the same particles, bit for bit");
            for (int row = 0; row < alone.history().size(); row++) {
                assertEquals(alone.history().loss(row), changed.history().loss(row), 0.0, "loss at row " + row);
                assertEquals(alone.history().dissipation(row), changed.history().dissipation(row), 0.0,
                        "dissipation at row " + row);
            }
        }
        await(() -> workers.started() == 0, "the workers to end with the run");
    }

    @Test
    void runsThatTakeTurnsStepOnlyWhenTheTurnIsFree() throws InterruptedException {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 3, 3, 8, 16, 1, 4);
        ReentrantLock turns = new ReentrantLock(true);
        turns.lock();
        try (FlowRunner a = runner(p, 0.001, new StopRule(1e9, 0), false);
             FlowRunner b = runner(p, 0.001, new StopRule(1e9, 0), false)) {
            a.takeTurnsWith(turns);
            b.takeTurnsWith(turns);
            a.play();
            b.play();
            try {
                await(() -> a.latest() != null && b.latest() != null, "both initial states");
                Thread.sleep(300);
                assertTrue(a.latest().step() == 0 && b.latest().step() == 0,
                        "no step while the turn is held elsewhere: A at " + a.latest().step() + ", B at "
                                + b.latest().step());
            } finally {
                turns.unlock();
            }
            await(() -> a.latest().step() > 20 && b.latest().step() > 20, "both to step in turns");
            // Stepping alone again.
            a.takeTurnsWith(null);
            turns.lock();
            try {
                long at = a.latest().step();
                await(() -> a.latest().step() > at + 20, "A to step on its own");
            } finally {
                turns.unlock();
            }
        }
    }
}
