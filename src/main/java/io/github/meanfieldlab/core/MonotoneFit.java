package io.github.meanfieldlab.core;

import java.util.Arrays;

/**
 * The best monotone fit to one-dimensional data (isotonic regression by pool adjacent violators) and its loss.
 * With d = D = 1 the depth limit is the flow of an ODE on the line, which keeps the order of the inputs, so
 * g(z_L(x)) = a·z_L(x) is monotone in x (increasing for a &gt; 0, decreasing for a &lt; 0) and its loss cannot go
 * below this floor. A finite-depth network can, by folding the line ({@link LayerJacobians}).
 */
public final class MonotoneFit {
    private MonotoneFit() {
    }

    /**
     * The least E = 1/(2N) Σ (h(x_i) − y_i)² over functions h increasing (or decreasing) in x, for data with d = 1.
     * Samples with equal x get one value, as any function gives them.
     */
    public static double floor(Dataset data, boolean increasing) {
        if (data.dimension() != 1) {
            throw new IllegalArgumentException("the monotone floor needs d = 1, not d = " + data.dimension());
        }
        int n = data.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(data.x(p, 0), data.x(q, 0)));
        // Blocks of the pool-adjacent-violators algorithm: sum, count; equal x start pooled.
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            double y = increasing ? data.y(i) : -data.y(i);
            if (blocks > 0 && r > 0 && data.x(order[r - 1], 0) == data.x(i, 0)) {
                sum[blocks - 1] += y;
                count[blocks - 1]++;
            } else {
                sum[blocks] = y;
                count[blocks] = 1;
                blocks++;
            }
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] fit = new double[n];
        for (int b = 0, r = 0; b < blocks; b++) {
            double mean = sum[b] / count[b];
            for (int c = 0; c < count[b]; c++, r++) {
                fit[r] = mean;
            }
        }
        double loss = 0;
        for (int r = 0; r < n; r++) {
            double y = increasing ? data.y(order[r]) : -data.y(order[r]);
            loss += (fit[r] - y) * (fit[r] - y);
        }
        return loss / (2.0 * n);
    }

    /** The floor for a d = D = 1 network with readout a: increasing fits for a &gt; 0, decreasing for a &lt; 0. */
    public static double floor(ModelSpec spec, Dataset data) {
        if (spec.dataDimension() != 1 || spec.stateDimension() != 1) {
            throw new IllegalArgumentException("the monotone floor applies to d = D = 1, not " + spec);
        }
        return floor(data, spec.readout(0) > 0);
    }
}
