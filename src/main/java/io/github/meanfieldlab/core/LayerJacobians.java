package io.github.meanfieldlab.core;

/**
 * Finite depth against the ODE: layer l maps z ↦ z + 1/(L·M) Σ_m f(z; θ_{l,m}), with Jacobian
 * I + 1/(L·M) Σ_m J_z f(z; θ_{l,m}). The flow of an ODE keeps every such determinant positive (it is a
 * diffeomorphism); a layer whose determinant is negative at some sample folds the data, which the depth limit
 * cannot do. With D = 1 that is how a finite network can fit a non-monotone target below the best monotone fit
 * ({@link MonotoneFit}).
 */
public final class LayerJacobians {
    private LayerJacobians() {
    }

    /**
     * The least det(I + 1/(L·M) Σ_m J_z f(z_l(x_i); θ_{l,m})) over every sample i and layer l.
     *
     * @param states the layer states of every sample, (i·(L+1) + l)·D + j, as {@link FlowEvaluator#copyStates()}
     */
    public static double minDeterminant(ModelSpec spec, double[] theta, double[] states, int samples) {
        int L = spec.depth();
        int M = spec.width();
        int D = spec.stateDimension();
        int k = spec.parameterCount();
        double scale = 1.0 / ((double) L * M);
        PlainBlock block = new PlainBlock(spec);
        double[][] a = new double[D][D];
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            for (int l = 0; l < L; l++) {
                double[] z = TangentKernel.state(states, i, l, L, D);
                for (int r = 0; r < D; r++) {
                    java.util.Arrays.fill(a[r], 0.0);
                    a[r][r] = 1;
                }
                for (int m = 0; m < M; m++) {
                    block.addJacobianZ(z, theta, (l * M + m) * k, scale, a);
                }
                least = Math.min(least, determinant(a));
            }
        }
        return least;
    }

    /** det(a) by Gaussian elimination with partial pivoting; {@code a} is overwritten. */
    static double determinant(double[][] a) {
        int n = a.length;
        double det = 1;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (a[pivot][c] == 0) {
                return 0;
            }
            if (pivot != c) {
                double[] t = a[pivot];
                a[pivot] = a[c];
                a[c] = t;
                det = -det;
            }
            det *= a[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int q = c; q < n; q++) {
                    a[r][q] -= f * a[c][q];
                }
            }
        }
        return det;
    }
}
