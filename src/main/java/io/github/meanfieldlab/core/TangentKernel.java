package io.github.meanfieldlab.core;

import java.util.Optional;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.R064Store;

/**
 * The tangent kernel of the network at the current particles,
 * H_ij = L·M Σ_{l,m} ∂g(z_L(x_i))/∂θ_{l,m} · ∂g(z_L(x_j))/∂θ_{l,m}: the kernel for which the flow gives
 * dg(x_i)/ds = −(1/N) Σ_j H_ij (g(x_j) − y_j). While its least eigenvalue λ_min stays away from 0 the loss
 * decays at least like exp(−2 λ_min s / N); in the lazy regime H barely moves.
 *
 * <p>∂g/∂θ_{l,m} = 1/(L·M) J_θ f(z_l(x); θ_{l,m})ᵀ q_{l+1}(x), with the adjoint of g: q_L = a,
 * q_l = q_{l+1} + 1/(L·M) Σ_m J_z fᵀ q_{l+1}. H is summed layer by layer, so memory is n·M·k + n², not n·L·M·k.
 * Beyond {@value #MAX_SAMPLES} samples it uses that many, evenly spaced: i = ⌊j·N/n⌋.
 */
public final class TangentKernel {
    /** Largest number of samples H is built over: its n²·L·M·k work and n² memory stay bounded. */
    public static final int MAX_SAMPLES = 2000;

    private TangentKernel() {
    }

    /** The samples H is built over: all of them up to {@value #MAX_SAMPLES}, else that many evenly spaced. */
    public static int[] samples(int N) {
        int n = Math.min(N, MAX_SAMPLES);
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = (int) ((long) j * N / n);
        }
        return rows;
    }

    /**
     * H over {@code rows}, n×n row-major.
     *
     * @param states the layer states of every sample, (i·(L+1) + l)·D + j, as {@link FlowEvaluator#copyStates()}
     */
    public static double[] matrix(ModelSpec spec, double[] theta, double[] states, int[] rows) {
        int L = spec.depth();
        int M = spec.width();
        int D = spec.stateDimension();
        int k = spec.parameterCount();
        int n = rows.length;
        double scale = 1.0 / ((double) L * M);
        PlainBlock block = new PlainBlock(spec);
        // The adjoints q_l(x_i) of g for every chosen sample and layer.
        double[][] q = new double[n][(L + 1) * D];
        for (int s = 0; s < n; s++) {
            double[] qs = q[s];
            for (int j = 0; j < D; j++) {
                qs[L * D + j] = spec.readout(j);
            }
            for (int l = L - 1; l >= 0; l--) {
                double[] z = state(states, rows[s], l, L, D);
                System.arraycopy(qs, (l + 1) * D, qs, l * D, D);
                for (int m = 0; m < M; m++) {
                    block.addJacobianZTransposeTimes(z, theta, (l * M + m) * k, qs, (l + 1) * D, scale, qs, l * D);
                }
            }
        }
        double[] h = new double[n * n];
        double[][] gradient = new double[n][M * k];        // (J_θ fᵀ q_{l+1}) of layer l, per sample
        for (int l = 0; l < L; l++) {
            for (int s = 0; s < n; s++) {
                double[] z = state(states, rows[s], l, L, D);
                for (int m = 0; m < M; m++) {
                    block.jacobianThetaTransposeTimes(z, theta, (l * M + m) * k, q[s], (l + 1) * D, gradient[s], m * k);
                }
            }
            // L·M Σ (1/(L·M))² (J_θᵀq)_i·(J_θᵀq)_j = (1/(L·M)) Σ (J_θᵀq)_i·(J_θᵀq)_j.
            for (int a = 0; a < n; a++) {
                for (int b = 0; b <= a; b++) {
                    double dot = 0;
                    double[] ga = gradient[a];
                    double[] gb = gradient[b];
                    for (int c = 0; c < ga.length; c++) {
                        dot += ga[c] * gb[c];
                    }
                    h[a * n + b] += scale * dot;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                h[a * n + b] = h[b * n + a];
            }
        }
        return h;
    }

    /** λ_min of H over {@link #samples(int)} of the N samples whose layer states are given. */
    public static double lambdaMin(ModelSpec spec, double[] theta, double[] states, int N) {
        int[] rows = samples(N);
        return smallestEigenvalue(matrix(spec, theta, states, rows), rows.length);
    }

    /** The least eigenvalue of a symmetric n×n row-major matrix (ojAlgo's symmetric eigensolver). */
    public static double smallestEigenvalue(double[] symmetric, int n) {
        R064Store h = R064Store.FACTORY.make(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                h.set(a, b, symmetric[a * n + b]);
            }
        }
        Eigenvalue<Double> evd = Eigenvalue.R064.make(h, true);
        if (!evd.decompose(h)) {
            return Double.NaN;
        }
        double[] values = new double[n];
        evd.getEigenvalues(values, Optional.empty());
        double least = Double.POSITIVE_INFINITY;
        for (double v : values) {
            least = Math.min(least, v);
        }
        return least;
    }

    /** z_l(x_i) out of the states of every sample. */
    static double[] state(double[] states, int i, int l, int L, int D) {
        double[] z = new double[D];
        System.arraycopy(states, (i * (L + 1) + l) * D, z, 0, D);
        return z;
    }
}
