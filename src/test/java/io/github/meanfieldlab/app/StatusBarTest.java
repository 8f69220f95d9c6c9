package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowRunner;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.core.StopRule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's message follows the run: shown when the run stops, gone when it is played on. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    @Start
    void start(Stage stage) {
    }

    private static FlowSnapshot await(FlowRunner r, Predicate<FlowSnapshot> done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (r.latest() == null || !done.test(r.latest())) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(5);
        }
        return r.latest();
    }

    @Test
    void theStopMessageGoesAwayWhenTheRunIsPlayedOnPastItsStop() throws Exception {
        Experiment e = Experiment.build(ConfigIO.defaults());
        try (FlowRunner r = new FlowRunner(1, e.spec(), e.data(), e.initialParticles(), e.stepSize(),
                new StopRule(0.1, 0), 1, true).start()) {
            FlowSnapshot stopped = await(r, s -> s.state() == RunState.FINISHED);
            r.play();
            FlowSnapshot onwards = await(r, s -> s.step() > stopped.step());
            r.pause();
            StatusBar bar = WaitForAsyncUtils.asyncFx(StatusBar::new).get();
            String shown = WaitForAsyncUtils.asyncFx(() -> {
                bar.show(stopped, false);
                return bar.messageText();
            }).get();
            assertTrue(shown.startsWith("stopped: reached s_max"), shown);
            assertEquals("", WaitForAsyncUtils.asyncFx(() -> {
                bar.show(onwards, true);
                return bar.messageText();
            }).get());
        }
    }

    @Test
    void belowOneStepASecondTheRateSaysHowLongAStepTakes() {
        assertEquals("0.4 steps/s, 2.5 s per step", StatusBar.rateText(0.4));
        assertEquals("376 steps/s", StatusBar.rateText(376));
        assertEquals("2.5 steps/s", StatusBar.rateText(2.5));
    }

    @Test
    void aRunThatWillBeSlowSaysSoAsItStarts() throws Exception {
        Experiment e = Experiment.build(ConfigIO.defaults());
        try (FlowRunner r = new FlowRunner(1, e.spec(), e.data(), e.initialParticles(), e.stepSize(),
                new StopRule(1e6, 0), 1, true).start()) {
            FlowSnapshot running = await(r, s -> s.step() > 0 && s.stepsPerSecond() > 0);
            double rate = running.stepsPerSecond();
            int samples = (int) Math.ceil(running.samples() * rate * 2.5);
            assertEquals("starting, about 2.5 s per step", StatusBar.startingText(running, e.spec(), samples),
                    "N·rate·2.5 samples at " + rate + " steps/s");
            assertEquals("starting", StatusBar.startingText(running, e.spec(), running.samples()), "as fast as before");
            assertEquals("starting", StatusBar.startingText(null, e.spec(), samples), "nothing to go by");
        }
    }

    @Test
    void anErrorStaysWhileTheRunGoesOn() throws Exception {
        Experiment e = Experiment.build(ConfigIO.defaults());
        try (FlowRunner r = new FlowRunner(1, e.spec(), e.data(), e.initialParticles(), e.stepSize(),
                new StopRule(1e6, 0), 1, false).start()) {
            FlowSnapshot first = await(r, s -> true);
            StatusBar bar = WaitForAsyncUtils.asyncFx(StatusBar::new).get();
            assertEquals("field flow.step = -1", WaitForAsyncUtils.asyncFx(() -> {
                bar.showError("field flow.step = -1");
                bar.show(first, false);
                return bar.messageText();
            }).get());
        }
    }

    @Test
    void anErrorAndAnInfoEachShowInTheirOwnStyleOnly() throws Exception {
        StatusBar bar = WaitForAsyncUtils.asyncFx(StatusBar::new).get();
        assertEquals(List.of("error"), WaitForAsyncUtils.asyncFx(() -> {
            bar.showInfo("stopped: loss 0.001");
            bar.showError("field flow.step = -1");
            return kinds(bar);
        }).get());
        assertEquals(List.of("info"), WaitForAsyncUtils.asyncFx(() -> {
            bar.showInfo("stopped: loss 0.001");
            return kinds(bar);
        }).get());
        assertEquals("stopped: loss 0.001", WaitForAsyncUtils.asyncFx(bar::messageText).get());
    }

    /** The message kinds styled anywhere in the bar: "error", "info". */
    private static List<String> kinds(StatusBar bar) {
        return Stream.of("error", "info").filter(kind -> !bar.lookupAll("." + kind).isEmpty()).toList();
    }
}
