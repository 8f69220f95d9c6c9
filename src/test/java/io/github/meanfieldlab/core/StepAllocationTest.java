package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The step loop allocates nothing: after a warm-up, hundreds of Euler steps (evaluation, reduction, update and
 * history row, on one thread or two) leave the stepping thread's allocated-bytes counter where it was.
 */
class StepAllocationTest {

    @ParameterizedTest
    @CsvSource({"RELU, 1", "RELU, 2", "REGULARIZED_RELU, 1", "REGULARIZED_RELU, 2", "TANH, 2"})
    void eulerStepsAllocateNothingAfterWarmUp(Block block, int threads) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        // N = 150: three sample blocks whose last groups are padded; the history's first 1024 rows are preallocated.
        RandomProblem p = RandomProblem.of(block, 2, 3, 4, 8, 150, 0.5, 21);
        try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, 0.01, threads)) {
            for (int n = 0; n < 200; n++) {
                flow.step();
            }
            long before = bean.getCurrentThreadAllocatedBytes();
            for (int n = 0; n < 800; n++) {
                flow.step();
            }
            long allocated = bean.getCurrentThreadAllocatedBytes() - before;
            assertEquals(0, allocated, block + " on " + threads + " thread(s): bytes allocated over 800 steps");
        }
    }
}
