package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run lifecycle without a window: restarts, refusals, play state and closing. Restarts are built on the
 * calling thread, so each has started (or been refused) when {@code restart} returns.
 */
class FlowSessionTest {
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    /** Records each run started and each refusal's message in {@link #events}. */
    private final FlowSession.Listener recorder = new FlowSession.Listener() {
        @Override
        public void started(FlowSession.Started run) {
            events.add(run);
        }

        @Override
        public void refused(ExperimentConfig requested, String message) {
            events.add(message);
        }
    };
    private final FlowSession session = new FlowSession(recorder, Runnable::run, Runnable::run, experiment -> null,
            new SolverBudget(1).alone());
    private final ExperimentConfig small = WindowFixture.smallRunningExperiment();

    @AfterEach
    void close() {
        session.close();
    }

    private Object next() {
        Object e = events.poll();
        assertNotNull(e, "an event");
        return e;
    }

    private FlowSnapshot waitForSteps(long runId, long steps) {
        waitUntil(steps + " steps of run " + runId, 10, () -> {
            FlowSnapshot s = session.latest();
            return s != null && s.runId() == runId && s.step() >= steps;
        });
        return session.latest();
    }

    @Test
    void aRestartReplacesTheRunAndSaysWhatItReplaced() throws InterruptedException {
        session.restart(small);
        FlowSession.Started first = (FlowSession.Started) next();
        assertNull(first.previous());
        waitForSteps(first.runId(), 3);

        ExperimentConfig wider = small.withModel(small.model().withSize(8, 32));
        session.restart(wider);
        FlowSession.Started second = (FlowSession.Started) next();
        assertEquals(small, second.previous());
        assertEquals(wider, second.config());
        assertTrue(second.runId() > first.runId());
        assertEquals(second.runId(), session.currentRunId());
        assertNull(session.takeNew(first.runId()), "the old run's snapshots are not handed out");
        waitForSteps(second.runId(), 3);
    }

    @Test
    void aRefusedConfigurationLeavesTheRunGoing() throws InterruptedException {
        session.restart(small);
        FlowSession.Started run = (FlowSession.Started) next();
        session.restart(small.withFlow(new ExperimentConfig.Flow(-1, 10, 0)));
        String message = (String) next();
        assertTrue(message.contains("flow.step = -1 is out of range"), message);
        assertEquals(run.runId(), session.currentRunId());
        assertEquals(small, session.runningConfig());
        // The run has started; its solver publishes its first snapshot once the initial state is evaluated.
        long now = waitForSteps(run.runId(), 0).step();
        waitForSteps(run.runId(), now + 3);
    }

    @Test
    void aBurstOfRequestsBuildsOnlyTheNewest() {
        // The restarter falls behind: sixty requests are waiting when it gets to run.
        Queue<Runnable> restarter = new ArrayDeque<>();
        try (FlowSession behind = new FlowSession(recorder, Runnable::run, restarter::add, experiment -> null,
                new SolverBudget(1).alone())) {
            for (int m = 1; m <= 60; m++) {
                behind.restart(small.withModel(small.model().withSize(8, m)));
            }
            assertEquals(60, restarter.size());
            restarter.forEach(Runnable::run);
            FlowSession.Started only = (FlowSession.Started) next();
            assertNull(events.poll(), "one run started, not sixty");
            assertEquals(60, only.config().model().width());
            assertEquals(only.runId(), behind.currentRunId());
        }
    }

    @Test
    void pausedSessionsStartNewRunsPausedAtTheStart() throws InterruptedException {
        session.restart(small);
        FlowSession.Started first = (FlowSession.Started) next();
        waitForSteps(first.runId(), 2);
        session.pause();
        assertFalse(session.isStepping());
        session.restart(small);
        FlowSession.Started second = (FlowSession.Started) next();
        waitForSteps(second.runId(), 0);
        Thread.sleep(100);
        assertEquals(0, session.latest().step());
        session.stepOnce();
        waitForSteps(second.runId(), 1);
        session.play();
        waitForSteps(second.runId(), 5);
    }

    @Test
    void closingStopsTheSolver() throws InterruptedException {
        session.restart(small);
        FlowSession.Started run = (FlowSession.Started) next();
        waitForSteps(run.runId(), 1);
        assertTrue(session.isSolverAlive());
        session.close();
        waitUntil("the solver to end", 20, () -> !session.isSolverAlive());
        session.restart(small);
        assertNull(events.poll(), "a closed session starts nothing");
    }
}
