package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void restartLatencyIsFromRequestToFirstFrame() {
        PerformanceMeter meter = new PerformanceMeter();
        assertEquals(-1, meter.lastRestartMillis());
        meter.restartShown(100 * MS, 145 * MS);
        meter.restartShown(200 * MS, 230 * MS);
        assertEquals(30, meter.lastRestartMillis(), 1e-9);
        assertEquals(2, meter.restarts());
        meter.reset();
        assertEquals(0, meter.longestGapMillis());
        assertEquals(2, meter.restarts(), "a reset keeps the count, which tells a new restart from an old one");
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
