package io.github.meanfieldlab.core;

/** Activations σ with their derivatives, as MODEL.md defines them (relu'(0) = 0). */
public abstract class Activation {
    /** σ(s). */
    public abstract double value(double s);

    /** σ'(s). */
    public abstract double derivative(double s);

    /** relu(s) = max(s, 0), with relu'(0) = 0 as in MODEL.md and in PyTorch's autograd. */
    public static final Activation RELU = new Activation() {
        @Override
        public double value(double s) {
            return Math.max(s, 0.0);
        }

        @Override
        public double derivative(double s) {
            return s > 0 ? 1.0 : 0.0;
        }
    };

    /** max(x, 0) as (x + |x|)/2, without a branch: exact for |x| &lt; 2^1023 (+0.0 for −0.0, NaN for NaN). */
    private static double positivePart(double x) {
        return 0.5 * (x + Math.abs(x));
    }

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
     * The paper's regularized ReLU σ_η (Remark H.2): 0 for s ≤ −η, (s+η)²/(4η) for |s| &lt; η, s for s ≥ η.
     * It is C¹, which the convergence theorem for partially 1-homogeneous blocks needs.
     */
    public static Activation regularizedRelu(double eta) {
        if (!(eta > 0)) {
            throw new IllegalArgumentException("eta must be > 0, got " + eta);
        }
        return new Activation() {
            @Override
            public double value(double s) {
                return regularizedRelu(s, eta);
            }

            @Override
            public double derivative(double s) {
                return regularizedReluSlope(s, eta);
            }
        };
    }

    /**
     * σ_η(s) without branches, the form the solver's kernel computes on every lane of a vector. With u = max(s + η, 0) and d = σ_η'(s) = min(u/(2η), 1),
     * σ_η(s) = d·(u − η·d): below −η, u = d = 0; in between, u = s + η and d = u/(2η), so d(u − ηd) = u²/(4η);
     * above η, d = 1 and u − η = s. It agrees with the piecewise formula to a few units in the last place.
     */
    static double regularizedRelu(double s, double eta) {
        double u = positivePart(s + eta);
        double d = Math.min(u * (0.5 / eta), 1.0);
        return d * (u - eta * d);
    }

    /** σ_η'(s) = min(max(s + η, 0)/(2η), 1): 0 below −η, 1 above η, (s+η)/(2η) in between. */
    static double regularizedReluSlope(double s, double eta) {
        return Math.min(positivePart(s + eta) * (0.5 / eta), 1.0);
    }
}
