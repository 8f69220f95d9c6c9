package io.github.meanfieldlab.session;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowRunner;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import java.util.List;

/**
 * An experiment saved mid-flight: its configuration, the data it trains on, the particles at s = 0 and now (θ_n),
 * how its flow steps (options and stepping), the history of rows 0..n and the earlier runs shown beside it on the
 * loss chart. {@link SessionFile} reads and writes it; {@link #resume} continues it exactly where it stopped.
 */
public record Session(ExperimentConfig config, Dataset data, double[] start, double[] particles,
                      GradientFlow.Options options, GradientFlow.Stepping stepping, FlowHistory history,
                      List<EarlierRun> earlierRuns) {

    /** A finished run kept on the loss chart for comparison: its label there, its configuration and history. */
    public record EarlierRun(String label, ExperimentConfig config, FlowHistory history) {
    }

    public Session {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least the history row of its current state");
        }
        start = start.clone();
        particles = particles.clone();
        earlierRuns = List.copyOf(earlierRuns);
    }

    /**
     * The current state of {@code flow}, a run of {@code experiment} (whose initial particles are those at s = 0),
     * with the earlier runs shown beside it.
     */
    public static Session of(Experiment experiment, GradientFlow flow, List<EarlierRun> earlierRuns) {
        return new Session(experiment.config(), experiment.data(), experiment.initialParticles(), flow.particles(),
                flow.options(), flow.stepping(), flow.history(), earlierRuns);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double[] particles() {
        return particles.clone();
    }

    /** Steps taken, n. */
    public long steps() {
        return history.step(history.size() - 1);
    }

    /** The experiment this session continues; its initial particles are those at s = 0. */
    public Experiment experiment() {
        return Experiment.restore(config, "the session's config.json", data, "the session's data.csv", start);
    }

    /**
     * A solver thread (not yet started) that continues this session, for the app: its snapshots carry the whole
     * history from step 0, and its steps equal {@link #resume}'s.
     */
    public FlowRunner runner(long runId, int threads, boolean startPlaying) {
        Experiment e = experiment();
        return new FlowRunner(runId, e.spec(), e.data(), particles, options, e.stopRule(), threads, startPlaying, start,
                stepping, history);
    }

    /**
     * A flow that continues this session: its next step equals the step the saved run would have taken next,
     * on any number of threads.
     *
     * @throws InputException if the parts do not belong together: options or stepping that the configuration
     *     or the history contradict, or particles that do not give the loss of the history's last row
     */
    public GradientFlow resume(int threads) {
        Experiment e = experiment();
        ExperimentConfig.Flow f = config.flow();
        if (options.stepSize() != f.step() || options.adaptive() != f.adaptive()) {
            throw new InputException("the flow steps with Δs = " + options.stepSize() + (options.adaptive() ? ", adaptive"
                    : "") + ", but config.json says flow.step = " + f.step() + ", flow.adaptive = " + f.adaptive());
        }
        GradientFlow flow;
        try {
            flow = GradientFlow.resume(e.spec(), e.data(), start, particles, options, stepping, threads, history);
        } catch (IllegalArgumentException x) {
            throw new InputException(x.getMessage(), x);
        }
        double saved = history.lastLoss();
        // Recomputing E from θ_n is bit-identical on any thread count; the tolerance only forgives a later
        // version's reordered sums, and still catches particles and a history that come from different runs.
        if (!(Math.abs(flow.loss() - saved) <= 1e-9 * Math.abs(saved))) {
            flow.close();
            throw new InputException("the particles give E = " + flow.loss() + " but the history's last row (step "
                    + steps() + ") says E = " + saved + ": particles.csv and history.csv are not from the same run");
        }
        if (flow.time() != history.time(history.size() - 1)) {
            flow.close();
            throw new InputException("the stepping gives s = " + flow.time() + " at step " + steps()
                    + " but the history's last row says s = " + history.time(history.size() - 1));
        }
        return flow;
    }
}
