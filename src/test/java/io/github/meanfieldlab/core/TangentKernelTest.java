package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tangent kernel against one built from central finite differences of the solver's own predictions, and the
 * flow identity it is defined by: dg(x_i)/ds = −(1/N) Σ_j H_ij (g(x_j) − y_j).
 */
class TangentKernelTest {
    private static final double H = 1e-6;

    private static double[] outputs(RandomProblem p, double[] theta) {
        double[] out = new double[p.data.size()];
        FlowEvaluator.predict(p.spec, theta, p.data.inputs(), out);
        return out;
    }

    private static double[] states(RandomProblem p) {
        try (FlowEvaluator e = new FlowEvaluator(p.spec, p.data, 1)) {
            e.evaluate(p.theta, new double[p.theta.length]);
            return e.copyStates();
        }
    }

    /** H_ij = L·M Σ_q ∂g_i/∂θ_q ∂g_j/∂θ_q with the derivatives from central differences. */
    private static double[] finiteDifferenceKernel(RandomProblem p) {
        int n = p.data.size();
        double[][] gradient = new double[n][p.theta.length];
        for (int q = 0; q < p.theta.length; q++) {
            double[] up = p.theta.clone();
            double[] down = p.theta.clone();
            up[q] += H;
            down[q] -= H;
            double[] gu = outputs(p, up);
            double[] gd = outputs(p, down);
            for (int i = 0; i < n; i++) {
                gradient[i][q] = (gu[i] - gd[i]) / (2 * H);
            }
        }
        double lm = (double) p.spec.depth() * p.spec.width();
        double[] kernel = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int q = 0; q < p.theta.length; q++) {
                    dot += gradient[i][q] * gradient[j][q];
                }
                kernel[i * n + j] = lm * dot;
            }
        }
        return kernel;
    }

    @ParameterizedTest
    @EnumSource(value = Block.class, names = {"RELU", "REGULARIZED_RELU", "TANH"})
    void leastEigenvalueMatchesTheOneFromFiniteDifferences(Block block) {
        RandomProblem p = RandomProblem.of(block, 2, 2, 2, 3, 5, 1, 17);
        int n = p.data.size();
        double expected = TangentKernel.smallestEigenvalue(finiteDifferenceKernel(p), n);
        double measured = TangentKernel.lambdaMin(p.spec, p.theta, states(p), n);
        assertTrue(expected > 1e-4, "a kernel with a clear least eigenvalue: " + expected);
        assertEquals(expected, measured, 1e-6 * expected + 1e-9, block.id());
    }

    @ParameterizedTest
    @EnumSource(value = Block.class, names = {"RELU", "REGULARIZED_RELU"})
    void theKernelDrivesTheOutputsAlongTheFlow(Block block) {
        RandomProblem p = RandomProblem.of(block, 2, 2, 2, 3, 5, 1, 17);
        int n = p.data.size();
        int[] all = TangentKernel.samples(n);
        double[] kernel = TangentKernel.matrix(p.spec, p.theta, states(p), all);
        double[] g = outputs(p, p.theta);
        double[] v = p.velocity(p.theta, 1);
        double step = 1e-6;
        double[] ahead = p.theta.clone();
        double[] behind = p.theta.clone();
        for (int q = 0; q < v.length; q++) {
            ahead[q] += step * v[q];
            behind[q] -= step * v[q];
        }
        double[] ga = outputs(p, ahead);
        double[] gb = outputs(p, behind);
        for (int i = 0; i < n; i++) {
            double predicted = 0;
            for (int j = 0; j < n; j++) {
                predicted -= kernel[i * n + j] * (g[j] - p.data.y(j)) / n;
            }
            double observed = (ga[i] - gb[i]) / (2 * step);
            assertEquals(observed, predicted, 1e-6 * (1 + Math.abs(observed)), "sample " + i);
        }
    }

    @org.junit.jupiter.api.Test
    void aLargeDataSetIsSubsampledEvenly() {
        int[] rows = TangentKernel.samples(5000);
        assertEquals(TangentKernel.MAX_SAMPLES, rows.length);
        // i = ⌊j·N/n⌋ = ⌊2.5 j⌋: 0, 2, 5, 7, …, 4997.
        assertEquals(0, rows[0]);
        assertEquals(2, rows[1]);
        assertEquals(5, rows[2]);
        assertEquals(4997, rows[rows.length - 1]);
        assertEquals(7, TangentKernel.samples(7).length);
    }
}
