package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Compare mode's model: a pinned run A and the window's run B step at once in sessions of their own, and
 * restarting or closing either leaves the other stepping. Restarts are built on the calling thread.
 */
class CompareModeTest {
    private final ExperimentConfig relu = WindowFixture.smallRunningExperiment();
    private final LabModel model = new LabModel(
            listener -> new FlowSession(listener, Runnable::run, Runnable::run, experiment -> null, 1), relu, m -> { });

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

    @Test
    void twoFlowsRunAndRestartingOrClosingOneLeavesTheOther() {
        model.start();
        ComparedRun a = model.pin();
        assertNotNull(a);
        ExperimentConfig regularized = relu.withModel(new ExperimentConfig.Model("regularized-relu",
                relu.model().stateDimension(), relu.model().depth(), relu.model().width(), relu.model().readout(),
                relu.model().eta(), relu.model().bound()));
        model.formProperty().set(regularized);
        assertEquals("relu", a.config().model().block());
        assertEquals("regularized-relu", model.running().model().block());
        long runA = a.started().runId();
        long runB = model.runId();
        stepped(a::latest, runA, 5);
        FlowSnapshot b = stepped(model.session()::latest, runB, 5);

        // Restarting A: a new run of A from s = 0; B goes on stepping, same run.
        a.restart();
        assertTrue(a.started().runId() != runA);
        stepped(model.session()::latest, runB, b.step() + 5);
        assertEquals(runB, model.runId());

        // Restarting B leaves A's run as it is, still stepping.
        FlowSnapshot aBefore = stepped(a::latest, a.started().runId(), 1);
        model.restart();
        assertTrue(model.runId() != runB);
        stepped(a::latest, aBefore.runId(), aBefore.step() + 5);

        // Closing A stops its solver and B's keeps going.
        model.unpin(a);
        assertTrue(model.pinnedRuns().isEmpty());
        waitUntil("A's solver ends", 10, () -> !a.session().isSolverAlive());
        FlowSnapshot bNow = stepped(model.session()::latest, model.runId(), 1);
        stepped(model.session()::latest, model.runId(), bNow.step() + 5);
        assertTrue(model.session().isSolverAlive());
    }

    @Test
    void closingTheModelStopsThePinnedRuns() {
        model.start();
        ComparedRun a = model.pin();
        stepped(a::latest, a.started().runId(), 1);
        model.close();
        waitUntil("A's solver ends", 10, () -> !a.session().isSolverAlive());
        assertFalse(model.session().isSolverAlive() && model.pinnedRuns().contains(a));
    }
}
