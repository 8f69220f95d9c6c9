package io.github.meanfieldlab.core;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A power law G(v) = exp(intercept)·v^slope fitted by least squares to log G against log v, where G is the
 * root mean square over seeds of a quantity measured at each value v, with a 90 % interval for the slope
 * from a bootstrap over the seeds (the same resampled seeds at every value, which keeps their coupling).
 */
public record RateFit(double slope, double intercept, double low, double high) {
    /** Enough resamples for stable 5 % and 95 % quantiles (their spread between bootstrap seeds is ~0.01). */
    private static final int RESAMPLES = 2000;
    /** The bootstrap's own seed: fixed, so the same measurement gives the same interval. */
    private static final long BOOTSTRAP_SEED = 90;
    private static final RateFit NONE = new RateFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * @param values the values v, at least two
     * @param samples samples[i][j]: the quantity at value i for seed j (non-negative)
     * @return the fit, or NaN throughout when some value's root mean square is 0 or not finite (no power law)
     */
    public static RateFit of(double[] values, double[][] samples) {
        int seeds = samples[0].length;
        int[] all = new int[seeds];
        Arrays.setAll(all, j -> j);
        double[] line = line(values, samples, all);
        if (line == null) {
            return NONE;
        }
        double[] slopes = new double[RESAMPLES];
        SplittableRandom random = new SplittableRandom(BOOTSTRAP_SEED);
        int[] pick = new int[seeds];
        int kept = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            for (int j = 0; j < seeds; j++) {
                pick[j] = random.nextInt(seeds);
            }
            double[] resampled = line(values, samples, pick);
            if (resampled != null) {
                slopes[kept++] = resampled[0];
            }
        }
        double[] sorted = Arrays.copyOf(slopes, kept);
        Arrays.sort(sorted);
        return new RateFit(line[0], line[1], quantile(sorted, 0.05), quantile(sorted, 0.95));
    }

    /** The fitted G at {@code v}. */
    public double at(double v) {
        return Math.exp(intercept + slope * Math.log(v));
    }

    /** Whether a slope was fitted (not NaN). */
    public boolean isFitted() {
        return !Double.isNaN(slope);
    }

    /** Whether the 90 % interval holds {@code slope}. */
    public boolean contains(double candidate) {
        return candidate >= low && candidate <= high;
    }

    /** Root mean square of row i over the seeds {@code pick}. */
    static double rms(double[] row, int[] pick) {
        double sum = 0;
        for (int j : pick) {
            sum += row[j] * row[j];
        }
        return Math.sqrt(sum / pick.length);
    }

    /** {slope, intercept} of log rms against log v, or null if some rms is 0 or not finite. */
    private static double[] line(double[] values, double[][] samples, int[] pick) {
        int n = values.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double g = rms(samples[i], pick);
            if (!(g > 0 && Double.isFinite(g))) {
                return null;
            }
            x[i] = Math.log(values[i]);
            y[i] = Math.log(g);
        }
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    /** The q-quantile of sorted values, interpolated linearly; NaN if there are none. */
    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
