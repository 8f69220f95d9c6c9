package io.github.meanfieldlab.core;

import java.util.Locale;

/**
 * The homogeneity of a block, measured on the solver: f(z; λθ) for λ over [1/4, 4] at a few particles and
 * points, with the degree fitted to log|f| against log λ and the residual of that fit. relu comes out
 * 2-homogeneous in all of θ; regularized-relu 1-homogeneous in c alone (odd in c as well), and its inner weights
 * are squashed, so f stays within |c|·(R(|z|₂ + 1) + η) however large W and β grow; tanh, sigmoid and softplus
 * fit no degree.
 *
 * @param degree the fitted degree
 * @param residual the root mean square residual of the fit in log|f| (and for regularized-relu, the largest
 *     relative error of f(z; (−c, W, β)) = −f(z; (c, W, β)))
 * @param innerBoundRatio regularized-relu: the largest |f|/(|c|·(R(|z|₂ + 1) + η)) with W, β scaled up to
 *     {@value #INNER_SCALE}; at most 1 when the inner weights are bounded. NaN for the other blocks.
 */
public record Homogeneity(Block block, double degree, double residual, double innerBoundRatio) {
    /** A fit this good, in log|f|, is homogeneity up to rounding. */
    public static final double TOLERANCE = 1e-9;
    /** How far the inner weights of regularized-relu are scaled to test their bound. */
    public static final double INNER_SCALE = 1e6;
    /**
     * Outputs smaller than this are left out of the fit: f is read off z_1 − z_0, which carries a rounding error of
     * about 10⁻¹⁶·|z|, so a tiny f (a relu just off) would fit its rounding instead of its degree.
     */
    private static final double SMALLEST_OUTPUT = 1e-3;
    private static final int PARTICLES = 8;
    private static final int POINTS = 8;
    /** λ = 2^(j/2), j = −4..4: the range [1/4, 4]. */
    private static final int HALF_OCTAVES = 4;

    /** Whether f scales with a whole degree (in θ, or in c for regularized-relu). */
    public boolean isHomogeneous() {
        return residual < TOLERANCE && Math.abs(degree - Math.rint(degree)) < TOLERANCE;
    }

    /** One line: {@code homogeneity: …}. */
    public String verdict() {
        String scaled = block == Block.REGULARIZED_RELU ? "c" : "θ";
        if (!isHomogeneous()) {
            return String.format(Locale.ROOT, "homogeneity: not homogeneous (best degree %.3f in %s, residual %.2g in "
                    + "log|f| over λ in [1/4, 4])", degree, scaled, residual);
        }
        String line = String.format(Locale.ROOT, "homogeneity: degree %d in %s (fitted %.6f, residual %.1e over λ in "
                + "[1/4, 4])", Math.round(degree), block == Block.REGULARIZED_RELU ? "c, odd in c" : "θ = (u, w, b)",
                degree, residual);
        if (block == Block.REGULARIZED_RELU) {
            line += String.format(Locale.ROOT, "; inner (W, β) %s: |f| ≤ %.3g·|c|·(R(|z| + 1) + η) with W, β scaled "
                    + "up to %.0e", innerBoundRatio <= 1 ? "bounded" : "NOT bounded", innerBoundRatio, INNER_SCALE);
        }
        return line;
    }

    /** Measures the block of {@code spec} at its state dimension, η and R. */
    public static Homogeneity measure(ModelSpec spec) {
        int D = spec.stateDimension();
        ModelSpec one = new ModelSpec(spec.block(), D, D, 1, 1, spec.readout(), spec.eta(), spec.bound());
        double[] z = new double[POINTS * D];
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        for (int q = 0; q < z.length; q++) {
            z[q] = StandardNormal.draw(random);
        }
        Dataset points = new Dataset("homogeneity probes", D, z, new double[POINTS]);
        boolean amplitudeOnly = spec.block() == Block.REGULARIZED_RELU;
        int scaledCount = amplitudeOnly ? 1 : one.parameterCount();
        double sxy = 0;
        double sxx = 0;
        int series = 0;
        double[][] logs = new double[PARTICLES * POINTS * D][];
        double oddError = 0;
        double boundRatio = Double.NaN;
        try (FlowEvaluator evaluator = new FlowEvaluator(one, points, 1)) {
            for (int p = 0; p < PARTICLES; p++) {
                double[] theta = InitialDistribution.gaussian(1, 100 + p).sample(one);
                double[] base = output(evaluator, theta, D);
                double[][] scaled = new double[2 * HALF_OCTAVES + 1][];
                for (int j = -HALF_OCTAVES; j <= HALF_OCTAVES; j++) {
                    scaled[j + HALF_OCTAVES] = output(evaluator, scale(theta, 0, scaledCount, Math.pow(2, j / 2.0)), D);
                }
                for (int q = 0; q < base.length; q++) {
                    if (Math.abs(base[q]) < SMALLEST_OUTPUT) {
                        continue;                        // f = 0 (a relu off at this point) has no degree to show
                    }
                    double[] y = new double[scaled.length];
                    for (int j = 0; j < scaled.length; j++) {
                        y[j] = Math.log(Math.abs(scaled[j][q]));
                    }
                    logs[series++] = y;
                }
                if (amplitudeOnly) {
                    double[] flipped = output(evaluator, scale(theta, 0, 1, -1), D);
                    for (int q = 0; q < base.length; q++) {
                        if (Math.abs(base[q]) >= SMALLEST_OUTPUT) {
                            oddError = Math.max(oddError, Math.abs(flipped[q] + base[q]) / Math.abs(base[q]));
                        }
                    }
                    double c = Math.abs(theta[0]);
                    double[] huge = output(evaluator, scale(theta, 1, theta.length, INNER_SCALE), D);
                    for (int q = 0; q < huge.length; q++) {
                        double zNorm = BoundedWeights.norm(z, (q / D) * D, D);
                        double limit = c * (spec.bound() * (zNorm + 1) + spec.eta());
                        boundRatio = Double.isNaN(boundRatio) ? 0 : boundRatio;
                        boundRatio = Math.max(boundRatio, Math.abs(huge[q]) / limit);
                    }
                }
            }
        }
        // One slope for all series, an intercept each: centre every series, then least squares through 0.
        double[] x = new double[2 * HALF_OCTAVES + 1];
        for (int j = 0; j < x.length; j++) {
            x[j] = (j - HALF_OCTAVES) / 2.0 * Math.log(2);          // centred already: the j are symmetric
        }
        for (int s = 0; s < series; s++) {
            double mean = mean(logs[s]);
            for (int j = 0; j < x.length; j++) {
                sxy += x[j] * (logs[s][j] - mean);
                sxx += x[j] * x[j];
            }
        }
        double degree = series == 0 ? Double.NaN : sxy / sxx;
        double squares = 0;
        for (int s = 0; s < series; s++) {
            double mean = mean(logs[s]);
            for (int j = 0; j < x.length; j++) {
                double r = logs[s][j] - mean - degree * x[j];
                squares += r * r;
            }
        }
        double residual = series == 0 ? Double.NaN : Math.sqrt(squares / (series * x.length));
        return new Homogeneity(spec.block(), degree, Math.max(residual, oddError), boundRatio);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double[] scale(double[] theta, int from, int to, double lambda) {
        double[] t = theta.clone();
        for (int q = from; q < to; q++) {
            t[q] *= lambda;
        }
        return t;
    }

    /** f(z; θ) at every probe point as the solver computes it: with L = M = 1, z_1 = z_0 + f(z_0; θ). */
    private static double[] output(FlowEvaluator evaluator, double[] theta, int D) {
        evaluator.evaluate(theta, new double[theta.length]);
        double[] states = evaluator.copyStates();
        int n = states.length / (2 * D);
        double[] f = new double[n * D];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < D; j++) {
                f[i * D + j] = states[(2 * i + 1) * D + j] - states[2 * i * D + j];
            }
        }
        return f;
    }
}
