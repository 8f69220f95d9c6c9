package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run lifecycle without a window: restarts, refusals, play state and closing. */
class FlowSessionTest {
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final FlowSession session = new FlowSession(new FlowSession.Listener() {
        @Override
        public void started(FlowSession.Started run) {
            events.add(run);
        }

        @Override
        public void refused(ExperimentConfig requested, String message) {
            events.add(message);
        }
    }, Runnable::run, experiment -> null, 1);
    private final ExperimentConfig small = WindowFixture.smallRunningExperiment();

    @AfterEach
    void close() {
        session.close();
    }

    private Object next() throws InterruptedException {
        Object e = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(e, "an event within 10 s");
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
        long now = session.latest().step();
        waitForSteps(run.runId(), now + 3);
    }

    @Test
    void aBurstOfRequestsEndsOnTheNewest() throws InterruptedException {
        session.restart(small);
        next();
        for (int m = 1; m <= 60; m++) {
            session.restart(small.withModel(small.model().withSize(8, m)));
        }
        waitUntil("the newest request to run", 20, () -> session.runningConfig().model().width() == 60);
        FlowSession.Started last = null;
        for (Object e; (e = events.poll(200, TimeUnit.MILLISECONDS)) != null; ) {
            last = (FlowSession.Started) e;
        }
        assertNotNull(last);
        assertEquals(60, last.config().model().width());
        assertEquals(last.runId(), session.currentRunId());
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
        waitUntil("the solver to end", 5, () -> !session.isSolverAlive());
        session.restart(small);
        assertNull(events.poll(300, TimeUnit.MILLISECONDS), "a closed session starts nothing");
    }
}
