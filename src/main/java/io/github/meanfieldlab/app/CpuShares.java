package io.github.meanfieldlab.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU went during a measurement: the FX thread (handing snapshots to the figures and showing finished
 * images), the painter (drawing the figures through Java2D), the renderer thread (putting the window on screen),
 * the whole process, the garbage collector's pauses (which stop every thread), and the machine's load, which says
 * whether other programs competed for the cores. Frame rates mean little without it.
 */
final class CpuShares {
    private static final String FX = "JavaFX Application Thread";
    private static final String PAINTER = "meanfield-painter";
    private static final String RENDERER = "QuantumRenderer";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, Long> startCpu = new HashMap<>();
    private long startProcessCpu;
    private long startWall;
    private long startCollections;
    private long startGcMillis;

    void start() {
        startWall = System.nanoTime();
        startProcessCpu = os.getProcessCpuTime();
        startCollections = collections();
        startGcMillis = PerformanceMeter.gcMillis();
        startCpu.put(FX, cpuOf(FX));
        startCpu.put(PAINTER, cpuOf(PAINTER));
        startCpu.put(RENDERER, cpuOf(RENDERER));
    }

    private long cpuOf(String namePrefix) {
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(namePrefix)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, c.getCollectionCount());
        }
        return total;
    }

    /**
     * Two lines: each share in percent of one core, and the load average against the core count; the garbage
     * collections and their time.
     */
    String report() {
        double wall = System.nanoTime() - startWall;
        return String.format(Locale.ROOT,
                "CPU, %% of one core: FX thread %.0f, painter %.0f, renderer %.0f, whole process %.0f; "
                        + "machine load average %.1f on %d cores%ngarbage collections: %d, %d ms in all",
                100 * (cpuOf(FX) - startCpu.get(FX)) / wall, 100 * (cpuOf(PAINTER) - startCpu.get(PAINTER)) / wall,
                100 * (cpuOf(RENDERER) - startCpu.get(RENDERER)) / wall,
                100 * (os.getProcessCpuTime() - startProcessCpu) / wall, os.getSystemLoadAverage(),
                os.getAvailableProcessors(), collections() - startCollections, PerformanceMeter.gcMillis() - startGcMillis);
    }
}
