package io.github.meanfieldlab.core;

import java.util.SplittableRandom;

/**
 * ρ_ini of MODEL.md: how the particles are drawn. Every particle (l, m) comes from its own random stream
 * keyed by (seed, l, m), so results never depend on thread count or draw order, and particle (l, m) of a
 * width-M run equals particle (l, m) of any wider run with the same seed (widths nest).
 */
public final class InitialDistribution {
    /** The kinds of initial distribution. */
    public enum Kind implements NamedChoice {
        /** Each coordinate N(0, τ²). */
        GAUSSIAN("gaussian"),
        /** θ_{l,m} = ξ_m + κ(η_m cos 2πt_l + ζ_m sin 2πt_l): continuous in depth t. */
        DEPTH_CONTINUOUS("depth-continuous"),
        /** As gaussian, with a non-negative amplitude (|u| componentwise, or |c|). */
        ONE_SIDED("one-sided");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            return NamedChoice.byId(Kind.class, id, "initialisation");
        }
    }

    private final Kind kind;
    private final double amplitudeScale;
    private final double innerScale;
    private final double kappa;
    private final long seed;

    /**
     * @param amplitudeScale standard deviation of u (or c)
     * @param innerScale standard deviation of w, b (or W, β)
     * @param kappa κ of depth-continuous; ignored by the other kinds
     */
    public InitialDistribution(Kind kind, double amplitudeScale, double innerScale, double kappa, long seed) {
        if (kind == null) {
            throw new IllegalArgumentException("initialisation kind must be given");
        }
        if (!(amplitudeScale >= 0 && Double.isFinite(amplitudeScale))) {
            throw new IllegalArgumentException("amplitude scale = " + amplitudeScale + "; allowed: finite and >= 0");
        }
        if (!(innerScale >= 0 && Double.isFinite(innerScale))) {
            throw new IllegalArgumentException("inner scale = " + innerScale + "; allowed: finite and >= 0");
        }
        if (!Double.isFinite(kappa)) {
            throw new IllegalArgumentException("kappa = " + kappa + "; allowed: finite");
        }
        this.kind = kind;
        this.amplitudeScale = amplitudeScale;
        this.innerScale = innerScale;
        this.kappa = kappa;
        this.seed = seed;
    }

    /** A gaussian with one scale τ for every coordinate. */
    public static InitialDistribution gaussian(double tau, long seed) {
        return new InitialDistribution(Kind.GAUSSIAN, tau, tau, 0, seed);
    }

    /** The same distribution drawn with another seed: the seeds of a ladder or a sweep. */
    public InitialDistribution withSeed(long newSeed) {
        return new InitialDistribution(kind, amplitudeScale, innerScale, kappa, newSeed);
    }

    public Kind kind() {
        return kind;
    }

    public long seed() {
        return seed;
    }

    /** Standard deviation of the amplitude, u or c. */
    public double amplitudeScale() {
        return amplitudeScale;
    }

    /** Standard deviation of the inner part, (w, b) or (W, β). */
    public double innerScale() {
        return innerScale;
    }

    /** Draws L·M·k parameters for {@code spec}, particle (l, m) at (l·M + m)·k. */
    public double[] sample(ModelSpec spec) {
        int L = spec.depth();
        int M = spec.width();
        int k = spec.parameterCount();
        int amplitude = spec.block().amplitudeCount(spec.stateDimension());
        double[] theta = new double[L * M * k];
        double[] xi = new double[k];
        double[] eta = new double[k];
        double[] zeta = new double[k];
        for (int m = 0; m < M; m++) {
            if (kind == Kind.DEPTH_CONTINUOUS) {
                // ξ, η, ζ belong to m alone, so layer −1 keys their stream.
                SplittableRandom r = stream(seed, -1, m);
                fill(r, xi, amplitude);
                fill(r, eta, amplitude);
                fill(r, zeta, amplitude);
            }
            for (int l = 0; l < L; l++) {
                int off = (l * M + m) * k;
                if (kind == Kind.DEPTH_CONTINUOUS) {
                    double angle = 2 * Math.PI * spec.layerDepth(l);
                    double cos = StrictMath.cos(angle);
                    double sin = StrictMath.sin(angle);
                    for (int j = 0; j < k; j++) {
                        theta[off + j] = xi[j] + kappa * (eta[j] * cos + zeta[j] * sin);
                    }
                } else {
                    SplittableRandom r = stream(seed, l, m);
                    for (int j = 0; j < k; j++) {
                        theta[off + j] = scale(j, amplitude) * StandardNormal.draw(r);
                        if (kind == Kind.ONE_SIDED && j < amplitude) {
                            theta[off + j] = Math.abs(theta[off + j]);
                        }
                    }
                }
            }
        }
        return theta;
    }

    private void fill(SplittableRandom r, double[] out, int amplitude) {
        for (int j = 0; j < out.length; j++) {
            out[j] = scale(j, amplitude) * StandardNormal.draw(r);
        }
    }

    private double scale(int coordinate, int amplitude) {
        return coordinate < amplitude ? amplitudeScale : innerScale;
    }

    /** The stream of particle (l, m): a SplitMix64-mixed key, so neighbouring keys give unrelated streams. */
    static SplittableRandom stream(long seed, int layer, int index) {
        long key = mix(mix(mix(seed) + layer) + index);
        return new SplittableRandom(key);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return kind.id() + " amplitude τ=" + amplitudeScale + " inner τ=" + innerScale
                + (kind == Kind.DEPTH_CONTINUOUS ? " κ=" + kappa : "") + " seed=" + seed;
    }
}
