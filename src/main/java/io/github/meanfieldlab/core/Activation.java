package io.github.meanfieldlab.core;

/** Scalar activations σ with their derivatives, as MODEL.md defines them (relu'(0) = 0). */
public abstract class Activation {
    /** σ(s). */
    public abstract double value(double s);

    /** σ'(s). */
    public abstract double derivative(double s);

    /** relu(s) = max(s, 0), with relu'(0) = 0 as in MODEL.md and in PyTorch's autograd. */
    public static final Activation RELU = new Activation() {
        @Override
        public double value(double s) {
            return s > 0 ? s : 0;
        }

        @Override
        public double derivative(double s) {
            return s > 0 ? 1 : 0;
        }
    };

    /** tanh. */
    public static final Activation TANH = new Activation() {
        @Override
        public double value(double s) {
            return Math.tanh(s);
        }

        @Override
        public double derivative(double s) {
            double t = Math.tanh(s);
            return 1 - t * t;
        }
    };

    /** The logistic function 1/(1+e^{−s}), evaluated without overflow for either sign of s. */
    public static final Activation SIGMOID = new Activation() {
        @Override
        public double value(double s) {
            if (s >= 0) {
                return 1 / (1 + Math.exp(-s));
            }
            double e = Math.exp(s);
            return e / (1 + e);
        }

        @Override
        public double derivative(double s) {
            double g = value(s);
            return g * (1 - g);
        }
    };

    /**
     * softplus(s) = log(1 + e^s). Like PyTorch's default it returns s itself above s = 20, where the two
     * agree to double precision; its derivative is the logistic function there too.
     */
    public static final Activation SOFTPLUS = new Activation() {
        @Override
        public double value(double s) {
            return s > 20 ? s : Math.log1p(Math.exp(s));
        }

        @Override
        public double derivative(double s) {
            return s > 20 ? 1 : SIGMOID.value(s);
        }
    };

    /**
     * The paper's regularized ReLU σ_η (Remark H.2): 0 for s ≤ −η, (s+η)²/(4η) for |s| < η, s for s ≥ η.
     * It is C¹, which the convergence theorem for partially 1-homogeneous blocks needs.
     */
    public static Activation regularizedRelu(double eta) {
        if (!(eta > 0)) {
            throw new IllegalArgumentException("eta must be > 0, got " + eta);
        }
        return new Activation() {
            @Override
            public double value(double s) {
                if (s <= -eta) {
                    return 0;
                }
                if (s >= eta) {
                    return s;
                }
                double t = s + eta;
                return t * t / (4 * eta);
            }

            @Override
            public double derivative(double s) {
                if (s <= -eta) {
                    return 0;
                }
                if (s >= eta) {
                    return 1;
                }
                return (s + eta) / (2 * eta);
            }
        };
    }
}
