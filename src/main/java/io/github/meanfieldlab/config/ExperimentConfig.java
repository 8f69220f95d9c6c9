package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.StopRule;

/**
 * Every setting of a run, as one JSON document: the network, the initial distribution, the data and the
 * flow. Immutable; {@link ConfigIO} reads, validates and writes it, and {@link Experiment#build} turns it
 * into the objects the solver runs.
 */
public record ExperimentConfig(Model model, Init init, Data data, Flow flow) {

    /** The network of MODEL.md. {@code readout} null means e_D. */
    public record Model(String block, int stateDimension, int depth, int width, java.util.List<Double> readout, double eta,
                        double bound) {
        public Model withSize(int newDepth, int newWidth) {
            return new Model(block, stateDimension, newDepth, newWidth, readout, eta, bound);
        }

        /** A new D; the readout a, which has D entries, goes back to e_D (unchanged D keeps it). */
        public Model withStateDimension(int dimension) {
            return dimension == stateDimension ? this : new Model(block, dimension, depth, width, null, eta, bound);
        }
    }

    /**
     * ρ_ini. {@code amplitudeScale} and {@code innerScale} null mean {@code scale}; {@code kappa} is used by
     * depth-continuous only.
     */
    public record Init(String kind, double scale, Double amplitudeScale, Double innerScale, double kappa, long seed) {
    }

    /** The training data: a built-in generator, or a CSV file when {@code file} is set. */
    public record Data(String generator, String file, int samples, double noise, long seed, boolean standardize,
                       int teacherWidth) {
    }

    /**
     * Explicit Euler in pseudo-time: step Δs; the run stops at s = maxTime or once E ≤ lossTarget (0: never).
     * {@code adaptive}: the step-size guard halves Δs when the flow-fidelity ratio leaves [0.9, 1.1] (other than
     * relu's chatter at kinks) and doubles it back, never above {@code step}.
     */
    public record Flow(double step, double maxTime, double lossTarget, boolean adaptive) {
        /** Fixed steps Δs. */
        public Flow(double step, double maxTime, double lossTarget) {
            this(step, maxTime, lossTarget, false);
        }

        /** The stopping rule these settings make. */
        public StopRule stopRule() {
            return new StopRule(maxTime, lossTarget);
        }
    }

    public ExperimentConfig withModel(Model m) {
        return new ExperimentConfig(m, init, data, flow);
    }

    public ExperimentConfig withData(Data d) {
        return new ExperimentConfig(model, init, d, flow);
    }

    public ExperimentConfig withFlow(Flow f) {
        return new ExperimentConfig(model, init, data, f);
    }
}
