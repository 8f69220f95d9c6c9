package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;
import org.junit.jupiter.api.Test;

/**
 * A ladder as the app runs it: on a thread of its own, reporting to the owner's executor; it completes on a tiny
 * case with a fitted slope, and a cancel ends it and its thread.
 */
class LadderJobTest {
    private static Ladder ladder(double[] widths, double time) {
        Experiment e = Experiment.build(WindowFixture.smallRunningExperiment());
        return new Ladder(e.spec(), e.data(), Experiment.initialDistribution(e.config().init()), e.stepSize(),
                LadderAxis.WIDTH, widths, new long[] {1, 2}, new double[] {time}, LadderAxis.WIDTH.defaultReference(widths));
    }

    @Test
    void aTinyLadderCompletesWithItsFit() throws InterruptedException {
        LadderJob job = new LadderJob(ladder(new double[] {4, 8}, 0.5), 1, Runnable::run);
        assertTrue(job.join(60_000), "the ladder's thread ends");
        assertEquals(LadderJob.State.DONE, job.stateProperty().get(), job.runningProperty().get());
        LadderResult r = job.resultProperty().get();
        assertNotNull(r);
        assertEquals(1.0, job.progressProperty().get());
        assertTrue(r.fit(LadderResult.Quantity.GAP, 0).isFitted());
    }

    @Test
    void aCancelEndsTheLadderAndItsThread() throws InterruptedException {
        // Far more work than the test waits for: only the cancel can end it in time.
        LadderJob job = new LadderJob(ladder(new double[] {16, 32}, 500), 1, Runnable::run);
        Thread.sleep(200);
        job.cancel();
        assertTrue(job.join(10_000), "the ladder's thread ends after a cancel");
        assertEquals(LadderJob.State.CANCELLED, job.stateProperty().get());
        assertNull(job.resultProperty().get());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("meanfield-ladder")),
                "no ladder thread left");
    }
}
