package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Lab menu's ladder windows: a ladder completes in its window, and closing one mid-run cancels it and leaves no thread. */
@ExtendWith(ApplicationExtension.class)
class LabMenuTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedBeforeEach(WindowFixture.smallRunningExperiment(), 200);

    @Test
    void aLadderFromTheAppCompletesAndAClosedOneLeavesNoThread() {
        fixture.waitForRun(8, 16);
        Experiment e = Experiment.build(
                fixture.session().runningConfig());
        // The dialog's rungs: the running M = 16 halved up to three times; Δs doubled twice.
        assertArrayEquals(new double[] {2, 4, 8, 16},
                LadderDialog.defaultValues(LadderAxis.WIDTH, e));
        assertArrayEquals(new double[] {0.05, 0.1, 0.2},
                LadderDialog.defaultValues(LadderAxis.STEP, e));

        LadderView done = onFx(() -> LadderView.open(tinyLadder(e, 0.5), "tiny ladder", null));
        waitUntil("the ladder is done", 60, () -> onFx(() -> done.job().stateProperty().get()) == LadderJob.State.DONE);
        assertNotNull(onFx(() -> done.job().resultProperty().get()));
        onFx(done::close);

        LadderView cancelled = onFx(() -> LadderView.open(tinyLadder(e, 500), "long ladder", null));
        waitUntil("the ladder runs", 10, () -> onFx(() -> cancelled.job().progressProperty().get()) > 0);
        onFx(cancelled::close);
        waitUntil("the ladder is cancelled", 10,
                () -> onFx(() -> cancelled.job().stateProperty().get()) == LadderJob.State.CANCELLED);
        waitUntil("no ladder thread left", 10, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("meanfield-ladder")));
    }

    private static Ladder tinyLadder(Experiment e, double s) {
        return new Ladder(e.spec(), e.data(),
                Experiment.initialDistribution(e.config().init()), e.stepSize(),
                LadderAxis.WIDTH, new double[] {4, 8}, new long[] {1}, new double[] {s}, 32);
    }
}
