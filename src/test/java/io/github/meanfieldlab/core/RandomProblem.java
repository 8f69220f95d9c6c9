package io.github.meanfieldlab.core;

import java.util.SplittableRandom;

/** Small random networks, data and parameters for the numerical tests. */
final class RandomProblem {
    final ModelSpec spec;
    final Dataset data;
    final double[] theta;

    RandomProblem(ModelSpec spec, Dataset data, double[] theta) {
        this.spec = spec;
        this.data = data;
        this.theta = theta;
    }

    /** A random problem: Gaussian inputs and targets, Gaussian parameters of scale {@code tau}, a random readout. */
    static RandomProblem of(Block block, int d, int D, int L, int M, int N, double tau, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] readout = new double[D];
        for (int j = 0; j < D; j++) {
            readout[j] = StandardNormal.draw(r);
        }
        ModelSpec spec = new ModelSpec(block, d, D, L, M, readout, 0.1, 5.0);
        double[] x = new double[N * d];
        double[] y = new double[N];
        for (int q = 0; q < x.length; q++) {
            x[q] = StandardNormal.draw(r);
        }
        for (int i = 0; i < N; i++) {
            y[i] = StandardNormal.draw(r);
        }
        double[] theta = InitialDistribution.gaussian(tau, seed).sample(spec);
        return new RandomProblem(spec, new Dataset("random", d, x, y), theta);
    }

    double loss(double[] at) {
        try (FlowEvaluator e = new FlowEvaluator(spec, data, 1)) {
            e.evaluate(at, new double[at.length]);
            return e.loss();
        }
    }

    double[] velocity(double[] at, int threads) {
        double[] v = new double[at.length];
        try (FlowEvaluator e = new FlowEvaluator(spec, data, threads)) {
            e.evaluate(at, v);
        }
        return v;
    }

    /** max_q |a_q − b_q| / max_q |b_q|. */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double scale = 0;
        for (int q = 0; q < a.length; q++) {
            diff = Math.max(diff, Math.abs(a[q] - b[q]));
            scale = Math.max(scale, Math.abs(b[q]));
        }
        return diff / scale;
    }
}
