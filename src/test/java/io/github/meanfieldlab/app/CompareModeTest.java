package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.core.SolverWorkers;
import io.github.meanfieldlab.session.Session;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Compare mode's model: pinning keeps run A exactly where the window showed it and continues it, bit for bit as
 * the window's own run goes on from there; A and B then step in solvers of their own, the time controls move
 * both, and restarting B or unpinning A leaves the other. Restarts are built on the calling thread.
 */
class CompareModeTest {
    private final ExperimentConfig relu = WindowFixture.smallRunningExperiment();
    private final LabModel model = new LabModel(
            (listener, share) -> new FlowSession(listener, Runnable::run, Runnable::run, experiment -> null, share),
            new SolverBudget(1), relu, m -> { });

    @AfterEach
    void close() {
        model.close();
    }

    /** Waits until {@code latest} has a snapshot of run {@code runId} at least {@code steps} steps in. */
    private static FlowSnapshot stepped(Supplier<FlowSnapshot> latest, long runId, long steps) {
        waitUntil(steps + " steps of run " + runId, 10, () -> {
            FlowSnapshot s = latest.get();
            return s != null && s.runId() == runId && s.step() >= steps;
        });
        return latest.get();
    }

    /** Pauses the window's run and returns it as the window would have shown it: what pinning keeps. */
    private Session pausedAndShown() {
        return pausedAndShown(model);
    }

    private Session pausedAndShown(LabModel model) {
        ShownRuns shown = new ShownRuns();
        model.start();
        shown.started(model.runProperty().get());
        stepped(model.session()::latest, model.runId(), 4);
        model.pause();
        waitUntil("the pause", 10, () -> model.session().latest().state() == RunState.PAUSED);
        shown.shown(model.session().latest());
        return shown.session().orElseThrow();
    }

    /** A model whose window's run alone has {@code threads} solver threads, on 600 samples (5 blocks to share). */
    private static LabModel withThreads(int threads, ExperimentConfig config) {
        return new LabModel((listener, share) -> new FlowSession(listener, Runnable::run, Runnable::run,
                experiment -> null, share), new SolverBudget(threads), config, m -> { });
    }

    private ExperimentConfig sixHundredSamples() {
        ExperimentConfig.Data d = relu.data();
        return relu.withData(new ExperimentConfig.Data(d.generator(), null, 600, d.noise(), d.seed(), d.standardize(),
                d.teacherWidth()));
    }

    /** Takes single steps (of every run the model moves) until the window's run is at {@code step}. */
    private static FlowSnapshot stepTo(LabModel model, long step) {
        stepped(model.session()::latest, model.runId(), 0);
        while (model.session().latest().step() < step) {
            long next = model.session().latest().step() + 1;
            model.stepOnce();
            stepped(model.session()::latest, model.runId(), next);
        }
        return model.session().latest();
    }

    @Test
    void aAndBShareTheSolverThreadsAndBHasThemAllAgainWhenCompareModeEnds() {
        SolverWorkers workers = new SolverWorkers();
        LabModel four = withThreads(4, sixHundredSamples());
        try {
            Session atPin = pausedAndShown(four);
            waitUntil("the window's run alone: 4 threads, 3 of them workers", 10, () -> workers.started() == 3);
            ComparedRun a = four.pin(atPin);
            assertEquals(2, a.session().solverThreads());
            assertEquals(2, four.session().solverThreads());
            waitUntil("A and B: 2 threads each, 1 worker each", 10, () -> workers.started() == 2);
            four.play();
            four.restart();
            stepped(four.session()::latest, four.runId(), 3);
            waitUntil("B restarted keeps its share", 10, () -> workers.started() == 2);
            four.unpin();
            waitUntil("B alone again: all 4 threads", 10, () -> workers.started() == 3);
            assertEquals(4, four.session().solverThreads());
        } finally {
            four.close();
        }
    }

    @Test
    void bInCompareModeStepsBitForBitAsTheRunAloneOnOneThread() {
        ExperimentConfig config = sixHundredSamples();
        FlowSnapshot alone;
        LabModel one = withThreads(1, config);
        try {
            one.pause();
            one.start();
            alone = stepTo(one, 12);
        } finally {
            one.close();
        }
        // B steps 4 steps alone on 4 threads, 4 in compare mode on 2, and 4 alone again on 4.
        LabModel four = withThreads(4, config);
        FlowSnapshot b;
        try {
            four.pause();
            four.start();
            stepTo(four, 4);
            ShownRuns shown = new ShownRuns();
            shown.started(four.runProperty().get());
            shown.shown(four.session().latest());
            assertNotNull(four.pin(shown.session().orElseThrow()));
            stepTo(four, 8);
            four.unpin();
            b = stepTo(four, 12);
        } finally {
            four.close();
        }
        assertArrayEquals(alone.particles(), b.particles());
        assertEquals(alone.history().size(), b.history().size());
        for (int row = 0; row < alone.history().size(); row++) {
            assertEquals(alone.history().time(row), b.history().time(row), 0.0, "s at row " + row);
            assertEquals(alone.history().loss(row), b.history().loss(row), 0.0, "loss at row " + row);
            assertEquals(alone.history().dissipation(row), b.history().dissipation(row), 0.0,
                    "dissipation at row " + row);
        }
    }

    @Test
    void pinningKeepsAWhereItWasAndAContinuesAsTheWindowsRunDoes() {
        Session atPin = pausedAndShown();
        ComparedRun a = model.pin(atPin);
        assertNotNull(a);
        assertNotNull(a.started(), "A started on the calling thread");
        FlowSnapshot first = stepped(a::latest, a.started().runId(), atPin.steps());
        // Not from s = 0: the particles, the history and s of the state shown.
        assertEquals(atPin.steps(), first.step());
        assertEquals(atPin.history().time(atPin.history().size() - 1), first.time());
        assertArrayEquals(atPin.particles(), first.particles());
        assertEquals(atPin.history().size(), first.history().size());
        assertEquals(atPin.history().lastLoss(), first.history().lastLoss());

        // One Step of the time controls steps both; A goes on exactly as the window's run does from that state.
        long runB = model.runId();
        for (int k = 1; k <= 3; k++) {
            model.stepOnce();
            long want = atPin.steps() + k;
            stepped(a::latest, a.started().runId(), want);
            stepped(model.session()::latest, runB, want);
        }
        FlowSnapshot aNow = a.latest();
        FlowSnapshot bNow = model.session().latest();
        assertEquals(atPin.steps() + 3, aNow.step());
        assertEquals(aNow.step(), bNow.step());
        assertArrayEquals(bNow.particles(), aNow.particles(), "A continued is the window's run continued, bit for bit");
        assertEquals(bNow.time(), aNow.time());
        assertNull(model.pin(atPin), "one run A at a time");
    }

    @Test
    void restartingOrChangingBLeavesAAndUnpinningLeavesB() {
        Session atPin = pausedAndShown();
        ComparedRun a = model.pin(atPin);
        long runA = a.started().runId();
        ExperimentConfig regularized = relu.withModel(new ExperimentConfig.Model("regularized-relu",
                relu.model().stateDimension(), relu.model().depth(), relu.model().width(), relu.model().readout(),
                relu.model().eta(), relu.model().bound()));
        model.play();
        FlowSnapshot aPlaying = stepped(a::latest, runA, atPin.steps() + 3);

        // New settings restart B alone, from s = 0; A keeps its run, its steps and its history.
        model.formProperty().set(regularized);
        assertEquals("regularized-relu", model.running().model().block());
        assertEquals("relu", a.config().model().block());
        stepped(model.session()::latest, model.runId(), 2);
        assertEquals(runA, a.started().runId());
        FlowSnapshot aAfterB = stepped(a::latest, runA, aPlaying.step() + 3);
        assertEquals(aPlaying.history().time(aPlaying.history().size() - 1),
                aAfterB.history().time(aPlaying.history().size() - 1), "A's history is kept, not started again");

        long runB = model.runId();
        model.restart();
        assertNotEquals(runB, model.runId());
        assertEquals(runA, a.started().runId(), "restarting B leaves A's run");
        stepped(a::latest, runA, aAfterB.step() + 3);

        // Unpinning stops A's solver; B steps on.
        model.unpin();
        assertNull(model.pinnedProperty().get());
        waitUntil("A's solver ends", 10, () -> !a.session().isSolverAlive());
        FlowSnapshot b = stepped(model.session()::latest, model.runId(), 1);
        stepped(model.session()::latest, model.runId(), b.step() + 5);
        assertTrue(model.session().isSolverAlive());
    }

    @Test
    void closingTheModelStopsA() {
        ComparedRun a = model.pin(pausedAndShown());
        model.close();
        waitUntil("A's solver ends", 10, () -> !a.session().isSolverAlive());
        assertNull(model.pinnedProperty().get());
    }
}
