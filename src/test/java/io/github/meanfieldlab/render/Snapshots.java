package io.github.meanfieldlab.render;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;

/** Small real experiments and their snapshots, for figure tests. */
final class Snapshots {
    /** The three cases every figure is checked on. */
    enum Case {
        RELU_D3("relu", 3, "spirals"),
        REGULARIZED_RELU_D2("regularized-relu", 2, "circles"),
        SINE_D1("relu", 2, "sine");

        final String block;
        final int stateDimension;
        final String generator;

        Case(String block, int stateDimension, String generator) {
            this.block = block;
            this.stateDimension = stateDimension;
            this.generator = generator;
        }

        Experiment experiment() {
            return Snapshots.experiment(block, stateDimension, generator, 8, 24);
        }
    }

    static final double STEP = 0.2;

    private Snapshots() {
    }

    static Experiment experiment(String block, int stateDimension, String generator, int depth, int width) {
        ExperimentConfig c = ConfigIO.defaults();
        ExperimentConfig.Model m = c.model();
        c = c.withModel(new ExperimentConfig.Model(block, stateDimension, depth, width, null, m.eta(), m.bound()));
        ExperimentConfig.Data d = c.data();
        c = c.withData(new ExperimentConfig.Data(generator, null, 64, d.noise(), d.seed(), d.standardize(),
                d.teacherWidth()));
        // A step of its own, so that "the picture moves between step 10 and 80" does not hang on the default Δs.
        c = c.withFlow(new ExperimentConfig.Flow(STEP, c.flow().maxTime(), c.flow().lossTarget()));
        return Experiment.build(c);
    }

    /**
     * Snapshots of {@code exp} (run id {@code runId}) after each of the cumulative step counts {@code steps},
     * with the fit evaluated on a probe grid.
     */
    static FlowSnapshot[] run(Experiment exp, long runId, int... steps) {
        double[] probes = ProbeGrid.forData(exp.data(), 41);
        FlowSnapshot[] out = new FlowSnapshot[steps.length];
        try (GradientFlow flow = new GradientFlow(exp.spec(), exp.data(), exp.initialParticles(), exp.stepSize(), 1)) {
            for (int i = 0; i < steps.length; i++) {
                while (flow.steps() < steps[i]) {
                    flow.step();
                }
                out[i] = flow.snapshot(runId, probes);
            }
        }
        return out;
    }
}
