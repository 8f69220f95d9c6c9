package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The step loop allocates nothing: after a warm-up, hundreds of Euler steps (evaluation, reduction, update and
 * history row, on one thread or two) leave the stepping thread's allocated-bytes counter where it was.
 */
class StepAllocationTest {
    /** Until the compiler has compiled the kernels every vector operation allocates, so the warm-up is long. */
    private static final int WARM_UP_STEPS = 3000;
    private static final int WINDOW_STEPS = 250;
    /**
     * Windows measured, of which one must allocate nothing. A late recompilation can drop a running loop back to
     * the interpreter for a moment, which allocates a few vectors (128 bytes, once in a few runs); an allocation
     * in the step loop itself would show in every window. The history's capacity (4096 rows after the warm-up)
     * covers all windows, so its growth is not measured.
     */
    private static final int WINDOWS = 3;

    @ParameterizedTest
    @CsvSource({"RELU, 1, false", "RELU, 2, false", "REGULARIZED_RELU, 1, false", "REGULARIZED_RELU, 2, false",
        "TANH, 2, false", "RELU, 2, true", "REGULARIZED_RELU, 1, true"})
    void eulerStepsAllocateNothingAfterWarmUp(Block block, int threads, boolean guarded) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        // N = 150: two sample blocks whose last groups are padded.
        RandomProblem p = RandomProblem.of(block, 2, 3, 4, 8, 150, 0.5, 21);
        // Guarded: adaptive steps, sign changes counted and the imbalance drift recorded in every row; the costly
        // diagnostics only in row 0.
        GradientFlow.Options options = guarded ? new GradientFlow.Options(0.01, true, true, Integer.MAX_VALUE)
                : GradientFlow.Options.fixed(0.01);
        try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, options, threads)) {
            for (int n = 0; n < WARM_UP_STEPS; n++) {
                flow.step();
            }
            long[] allocated = new long[WINDOWS];
            for (int w = 0; w < WINDOWS; w++) {
                long before = bean.getCurrentThreadAllocatedBytes();
                for (int n = 0; n < WINDOW_STEPS; n++) {
                    flow.step();
                }
                allocated[w] = bean.getCurrentThreadAllocatedBytes() - before;
            }
            assertEquals(0, Arrays.stream(allocated).min().getAsLong(), block + " on " + threads
                    + " thread(s): bytes allocated in windows of " + WINDOW_STEPS + " steps " + Arrays.toString(allocated));
        }
    }
}
