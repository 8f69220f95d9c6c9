package io.github.meanfieldlab.core;

/**
 * The squashing v ↦ v·ψ(|v|)/|v| with ψ(r) = R·tanh(r/R) (MODEL.md, the paper's Remark H.2) that keeps
 * the inner weights of regularized-relu bounded by R, and the transpose of its Jacobian for the chain rule.
 */
public final class BoundedWeights {
    /** Below this r/R the factors use their Taylor series, where the closed forms lose digits to cancellation. */
    private static final double SERIES_BELOW = 1e-2;

    private BoundedWeights() {
    }

    /**
     * The regularized-relu particle (c, W, β) at {@code theta[offset ..]} as the network sees it, (c, Ŵ, β̂), into
     * {@code out[0 .. 1 + D² + D)}.
     */
    public static void squashParticle(double[] theta, int offset, int D, double bound, double[] out) {
        out[0] = theta[offset];
        squash(theta, offset + 1, D * D, bound, out, 1);
        squash(theta, offset + 1 + D * D, D, bound, out, 1 + D * D);
    }

    /** φ(r) = ψ(r)/r, with φ(0) = 1. */
    static double factor(double r, double bound) {
        return r == 0 ? 1 : bound * Math.tanh(r / bound) / r;
    }

    /** φ'(r)/r, which the Jacobian needs; −2/(3R²) at r = 0. */
    static double factorSlopeOverR(double r, double bound) {
        double x = r / bound;
        if (x < SERIES_BELOW) {
            double x2 = x * x;
            return (-2.0 / 3 + x2 * (8.0 / 15 - x2 * 102.0 / 315)) / (bound * bound);
        }
        double t = Math.tanh(x);
        double psi = bound * t;
        double psiPrime = 1 - t * t;
        return (psiPrime * r - psi) / (r * r * r);
    }

    /** |v| over {@code v[from .. from+n)}. */
    static double norm(double[] v, int from, int n) {
        double s = 0;
        for (int j = from; j < from + n; j++) {
            s += v[j] * v[j];
        }
        return Math.sqrt(s);
    }

    /** Writes v̂ = v φ(|v|) for {@code v[from .. from+n)} into {@code out[to .. to+n)}. */
    static void squash(double[] v, int from, int n, double bound, double[] out, int to) {
        double f = factor(norm(v, from, n), bound);
        for (int j = 0; j < n; j++) {
            out[to + j] = v[from + j] * f;
        }
    }

    /**
     * Replaces the gradient G = ∂E/∂v̂ held in {@code g[from .. from+n)} by ∂E/∂v = φ G + (φ'(r)/r)(v·G) v,
     * with v at {@code v[from .. from+n)} and r = |v|.
     */
    static void pullBack(double[] v, double[] g, int from, int n, double bound) {
        double r = norm(v, from, n);
        double f = factor(r, bound);
        double c = factorSlopeOverR(r, bound);
        double vg = 0;
        for (int j = from; j < from + n; j++) {
            vg += v[j] * g[j];
        }
        for (int j = from; j < from + n; j++) {
            g[j] = f * g[j] + c * vg * v[j];
        }
    }
}
