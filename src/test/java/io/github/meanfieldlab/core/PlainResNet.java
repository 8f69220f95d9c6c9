package io.github.meanfieldlab.core;

/**
 * A plain, obviously correct evaluation of MODEL.md for tests: the per-particle formulas of {@link PlainBlock},
 * a forward pass that sums them, and the adjoint recursion of MODEL.md applied with explicit matrices. Slow on
 * purpose and shares no code with the solver's kernels.
 */
final class PlainResNet {
    private final ModelSpec spec;
    private final int D;
    private final int k;
    private final PlainBlock block;

    PlainResNet(ModelSpec spec) {
        this.spec = spec;
        this.block = new PlainBlock(spec);
        this.D = spec.stateDimension();
        this.k = spec.parameterCount();
    }

    /** z_0 … z_L of one input. */
    double[][] states(double[] x, double[] theta) {
        int L = spec.depth();
        int M = spec.width();
        double[][] z = new double[L + 1][D];
        System.arraycopy(x, 0, z[0], 0, x.length);
        for (int l = 0; l < L; l++) {
            z[l + 1] = z[l].clone();
            for (int m = 0; m < M; m++) {
                double[] fz = block.f(z[l], theta, (l * M + m) * k);
                for (int j = 0; j < D; j++) {
                    z[l + 1][j] += fz[j] / (L * M);
                }
            }
        }
        return z;
    }

    private double output(double[] zL) {
        double g = 0;
        for (int j = 0; j < D; j++) {
            g += spec.readout(j) * zL[j];
        }
        return g;
    }

    /** E = 1/(2N) Σ (g(z_L(x_i)) − y_i)². */
    double loss(Dataset data, double[] theta) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = output(states(input(data, i), theta)[spec.depth()]) - data.y(i);
            sum += r * r;
        }
        return sum / (2 * data.size());
    }

    private double[] input(Dataset data, int i) {
        double[] x = new double[data.dimension()];
        for (int j = 0; j < x.length; j++) {
            x[j] = data.x(i, j);
        }
        return x;
    }

    /** v_{l,m} = −1/N Σ_i J_θ f(z_l(x_i); θ_{l,m})ᵀ p_{l+1}(x_i), with the adjoint recursion of MODEL.md. */
    double[] velocity(Dataset data, double[] theta) {
        int L = spec.depth();
        int M = spec.width();
        double[] v = new double[theta.length];
        for (int i = 0; i < data.size(); i++) {
            double[][] z = states(input(data, i), theta);
            double residual = output(z[L]) - data.y(i);
            double[] p = new double[D];
            for (int j = 0; j < D; j++) {
                p[j] = residual * spec.readout(j);
            }
            for (int l = L - 1; l >= 0; l--) {
                double[] next = p.clone();
                for (int m = 0; m < M; m++) {
                    int off = (l * M + m) * k;
                    double[][] jt = block.jacobianTheta(z[l], theta, off);
                    double[][] jz = block.jacobianZ(z[l], theta, off);
                    for (int q = 0; q < k; q++) {
                        for (int r = 0; r < D; r++) {
                            v[off + q] -= jt[r][q] * p[r] / data.size();
                        }
                    }
                    for (int c = 0; c < D; c++) {
                        for (int r = 0; r < D; r++) {
                            next[c] += jz[r][c] * p[r] / (L * M);
                        }
                    }
                }
                p = next;
            }
        }
        return v;
    }
}
