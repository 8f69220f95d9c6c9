package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceMeterTest {
    private static final long MS = 1_000_000L;

    @Test
    void sixtyEvenFramesASecondWithOneStall() {
        PerformanceMeter meter = new PerformanceMeter();
        long t = 0;
        for (int i = 0; i <= 120; i++) {
            meter.frame(t, i % 2 == 0, 0, 0);
            t += i == 30 ? 70 * MS : 16_666_667L;
        }
        assertEquals(70, meter.longestGapMillis(), 1e-9);
        assertEquals(120 / ((120 * 16_666_667L + 70 * MS - 16_666_667L) / 1e9), meter.averageFramesPerSecond(), 1e-6);
        assertEquals(61.0 / 121, meter.freshFraction(), 1e-12);
    }

    /**
     * {@code app --measure}'s restart latency and its stages are one set of numbers, the traces of the restarts shown
     * since the last reset: the latency's median and longest are the last stage's.
     */
    @Test
    void restartLatencyAndItsStagesComeFromTheSameRestarts() {
        PerformanceMeter meter = new PerformanceMeter();
        assertEquals(String.format("restart latency: no restart was shown%nrestart stages: no restart was shown"),
                meter.restartReport());
        meter.restartShown(RestartTraceTest.restart(1, 1000 * MS, 10));
        meter.reset();
        for (RestartTrace t : List.of(RestartTraceTest.restart(2, 2000 * MS, 10), RestartTraceTest.restart(3, 5000 * MS, 30),
                RestartTraceTest.restart(4, 9000 * MS, 20))) {
            meter.restartShown(t);
        }
        String[] lines = meter.restartReport().split("\\R");
        assertEquals("restart latency, slider release until every pane shows the new run: median 140 ms, longest 210 ms "
                + "over 3 restarts (target <= 200)", lines[0], "the restart before the reset is not counted");
        assertEquals("restart stages, ms after the slider's release (median, longest over 3 restarts):", lines[1]);
        assertTrue(lines[8].matches(" *every pane shows it[^\\n]* 140 +210"), lines[8]);
        assertTrue(meter.firstRunShownAtMillis() > 0, "the first run shown is remembered through a reset");
    }

    @Test
    void theLongestGapSaysWhatFilledIt() {
        PerformanceMeter meter = new PerformanceMeter();
        long t = 0;
        long fxCpu = 0;
        long gc = 0;
        for (int i = 0; i <= 60; i++) {
            // Frame 20 comes after a 45 ms collector pause, frame 40 after 60 ms of which the FX thread worked 30.
            long gap = i == 20 ? 61 * MS : i == 40 ? 60 * MS : 16 * MS;
            t += gap;
            gc += i == 20 ? 45 : 0;
            fxCpu += i == 40 ? 30 * MS : MS;
            meter.frame(t, true, fxCpu, gc);
            meter.frameWork(i == 40 ? 12 * MS : MS / 2);
        }
        assertEquals(61, meter.longestGapMillis(), 1e-9);
        assertEquals(45, meter.longestGapGcMillis(), 1e-9);
        assertEquals(1, meter.longestGapFxCpuMillis(), 1e-9);
        assertEquals(12, meter.longestFrameWorkMillis(), 1e-9);
        assertEquals((60 * 0.5 + 12) / 61, meter.meanFrameWorkMillis(), 1e-9);
        meter.reset();
        assertEquals(0, meter.longestGapGcMillis());
        assertEquals(0, meter.longestFrameWorkMillis());
    }
}
