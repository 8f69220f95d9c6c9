package io.github.meanfieldlab.core;

/**
 * One particle's block f(z; θ) and its Jacobians J_z f and J_θ f, written out as the formulas of MODEL.md:
 * slow and plain, for the diagnostics that need a Jacobian (the tangent kernel, the layer determinants) and for
 * the tests that check the solver's kernels against it. It shares no code with those kernels.
 */
public final class PlainBlock {
    private final ModelSpec spec;
    private final int D;
    private final int k;

    public PlainBlock(ModelSpec spec) {
        this.spec = spec;
        this.D = spec.stateDimension();
        this.k = spec.parameterCount();
    }

    private double sigma(double s) {
        return switch (spec.block()) {
            case RELU -> Math.max(s, 0);
            case TANH -> Math.tanh(s);
            case SIGMOID -> 1 / (1 + Math.exp(-s));
            case SOFTPLUS -> Math.log(1 + Math.exp(s));
            case REGULARIZED_RELU -> {
                double eta = spec.eta();
                yield s <= -eta ? 0 : s >= eta ? s : (s + eta) * (s + eta) / (4 * eta);
            }
        };
    }

    private double sigmaPrime(double s) {
        return switch (spec.block()) {
            case RELU -> s > 0 ? 1 : 0;
            case TANH -> 1 / (Math.cosh(s) * Math.cosh(s));
            case SIGMOID -> Math.exp(-s) / ((1 + Math.exp(-s)) * (1 + Math.exp(-s)));
            case SOFTPLUS -> 1 / (1 + Math.exp(-s));
            case REGULARIZED_RELU -> {
                double eta = spec.eta();
                yield s <= -eta ? 0 : s >= eta ? 1 : (s + eta) / (2 * eta);
            }
        };
    }

    /** ψ(r)/r with ψ(r) = R tanh(r/R). */
    private double squashFactor(double r) {
        return r == 0 ? 1 : spec.bound() * Math.tanh(r / spec.bound()) / r;
    }

    /** Ŵ (D×D row-major) then β̂ (D) of the particle at θ[off]. */
    private double[] boundedWeights(double[] theta, int off) {
        double[] out = new double[D * D + D];
        double rw = 0;
        for (int q = 0; q < D * D; q++) {
            rw += theta[off + 1 + q] * theta[off + 1 + q];
        }
        double rb = 0;
        for (int q = 0; q < D; q++) {
            rb += theta[off + 1 + D * D + q] * theta[off + 1 + D * D + q];
        }
        double fw = squashFactor(Math.sqrt(rw));
        double fb = squashFactor(Math.sqrt(rb));
        for (int q = 0; q < D * D; q++) {
            out[q] = fw * theta[off + 1 + q];
        }
        for (int q = 0; q < D; q++) {
            out[D * D + q] = fb * theta[off + 1 + D * D + q];
        }
        return out;
    }

    /** w·z + b of the neuron at θ[off] = (u, w, b). */
    private double neuronPreActivation(double[] z, double[] theta, int off) {
        double s = theta[off + 2 * D];
        for (int j = 0; j < D; j++) {
            s += theta[off + D + j] * z[j];
        }
        return s;
    }

    /** Ŵ_r·z + β̂_r, row r of a regularized-relu particle whose bounded weights are h. */
    private double rowPreActivation(double[] z, double[] h, int r) {
        double s = h[D * D + r];
        for (int c = 0; c < D; c++) {
            s += h[r * D + c] * z[c];
        }
        return s;
    }

    /** f(z; θ) for the particle at θ[off]. */
    public double[] f(double[] z, double[] theta, int off) {
        double[] out = new double[D];
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[] h = boundedWeights(theta, off);
            for (int r = 0; r < D; r++) {
                double s = rowPreActivation(z, h, r);
                out[r] = theta[off] * sigma(s);
            }
        } else {
            double s = neuronPreActivation(z, theta, off);
            for (int j = 0; j < D; j++) {
                out[j] = theta[off + j] * sigma(s);
            }
        }
        return out;
    }

    /** J_z f, D×D: entry [r][c] = ∂f_r/∂z_c. */
    public double[][] jacobianZ(double[] z, double[] theta, int off) {
        double[][] J = new double[D][D];
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[] h = boundedWeights(theta, off);
            for (int r = 0; r < D; r++) {
                double s = rowPreActivation(z, h, r);
                for (int c = 0; c < D; c++) {
                    J[r][c] = theta[off] * sigmaPrime(s) * h[r * D + c];
                }
            }
        } else {
            double s = neuronPreActivation(z, theta, off);
            for (int r = 0; r < D; r++) {
                for (int c = 0; c < D; c++) {
                    J[r][c] = theta[off + r] * sigmaPrime(s) * theta[off + D + c];
                }
            }
        }
        return J;
    }

    /**
     * {@code a[r][c] += scale·(J_z f)_rc}. For the neuron blocks J_z f = σ'(w·z + b) u wᵀ is summed without a
     * matrix per particle, which is what makes the diagnostics over every sample and particle affordable.
     */
    public void addJacobianZ(double[] z, double[] theta, int off, double scale, double[][] a) {
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[][] j = jacobianZ(z, theta, off);
            for (int r = 0; r < D; r++) {
                for (int c = 0; c < D; c++) {
                    a[r][c] += scale * j[r][c];
                }
            }
            return;
        }
        double g = scale * sigmaPrime(neuronPreActivation(z, theta, off));
        for (int r = 0; r < D; r++) {
            for (int c = 0; c < D; c++) {
                a[r][c] += g * theta[off + r] * theta[off + D + c];
            }
        }
    }

    /** {@code out[outOff + c] += scale·(J_z fᵀ q)_c} with q at {@code q[qOff .. qOff + D)}. */
    public void addJacobianZTransposeTimes(double[] z, double[] theta, int off, double[] q, int qOff, double scale,
                                           double[] out, int outOff) {
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[][] j = jacobianZ(z, theta, off);
            for (int c = 0; c < D; c++) {
                double acc = 0;
                for (int r = 0; r < D; r++) {
                    acc += j[r][c] * q[qOff + r];
                }
                out[outOff + c] += scale * acc;
            }
            return;
        }
        double uq = 0;
        for (int r = 0; r < D; r++) {
            uq += theta[off + r] * q[qOff + r];
        }
        double g = scale * sigmaPrime(neuronPreActivation(z, theta, off)) * uq;
        for (int c = 0; c < D; c++) {
            out[outOff + c] += g * theta[off + D + c];
        }
    }

    /** {@code out[outOff .. outOff + k) = J_θ fᵀ q} with q at {@code q[qOff .. qOff + D)}. */
    public void jacobianThetaTransposeTimes(double[] z, double[] theta, int off, double[] q, int qOff,
                                            double[] out, int outOff) {
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[][] j = jacobianTheta(z, theta, off);
            for (int c = 0; c < k; c++) {
                double acc = 0;
                for (int r = 0; r < D; r++) {
                    acc += j[r][c] * q[qOff + r];
                }
                out[outOff + c] = acc;
            }
            return;
        }
        double s = neuronPreActivation(z, theta, off);
        double value = sigma(s);
        double uq = 0;
        for (int r = 0; r < D; r++) {
            uq += theta[off + r] * q[qOff + r];
            out[outOff + r] = value * q[qOff + r];
        }
        double g = uq * sigmaPrime(s);
        for (int c = 0; c < D; c++) {
            out[outOff + D + c] = g * z[c];
        }
        out[outOff + 2 * D] = g;
    }

    /** J_θ f, D×k: entry [r][q] = ∂f_r/∂θ_q, the squashing differentiated as a matrix. */
    public double[][] jacobianTheta(double[] z, double[] theta, int off) {
        double[][] J = new double[D][k];
        if (spec.block() == Block.REGULARIZED_RELU) {
            double[] h = boundedWeights(theta, off);
            double c0 = theta[off];
            double[][] dWhat = squashJacobian(theta, off + 1, D * D);   // ∂Ŵ_p/∂W_q
            double[][] dBhat = squashJacobian(theta, off + 1 + D * D, D);
            for (int r = 0; r < D; r++) {
                double s = rowPreActivation(z, h, r);
                J[r][0] = sigma(s);
                double g = c0 * sigmaPrime(s);
                for (int q = 0; q < D * D; q++) {
                    double ds = 0;                                       // ∂s_r/∂W_q = Σ_c ∂Ŵ_rc/∂W_q z_c
                    for (int c = 0; c < D; c++) {
                        ds += dWhat[r * D + c][q] * z[c];
                    }
                    J[r][1 + q] = g * ds;
                }
                for (int q = 0; q < D; q++) {
                    J[r][1 + D * D + q] = g * dBhat[r][q];
                }
            }
        } else {
            double s = neuronPreActivation(z, theta, off);
            for (int r = 0; r < D; r++) {
                J[r][r] = sigma(s);
                for (int c = 0; c < D; c++) {
                    J[r][D + c] = theta[off + r] * sigmaPrime(s) * z[c];
                }
                J[r][2 * D] = theta[off + r] * sigmaPrime(s);
            }
        }
        return J;
    }

    /** ∂v̂_p/∂v_q of v̂ = v ψ(|v|)/|v|, with d(ψ(r)/r)/dr = (ψ'(r) r − ψ(r))/r². */
    private double[][] squashJacobian(double[] theta, int from, int n) {
        double r2 = 0;
        for (int q = 0; q < n; q++) {
            r2 += theta[from + q] * theta[from + q];
        }
        double r = Math.sqrt(r2);
        double R = spec.bound();
        double phi = squashFactor(r);
        double slopeOverR = 0;
        if (r > 0) {
            double t = Math.tanh(r / R);
            slopeOverR = ((1 - t * t) * r - R * t) / (r * r * r);
        }
        double[][] J = new double[n][n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                J[p][q] = (p == q ? phi : 0) + slopeOverR * theta[from + p] * theta[from + q];
            }
        }
        return J;
    }
}
