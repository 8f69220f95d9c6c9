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
 * An experiment saved mid-flight: its configuration, the data it trains on, the current particles θ_n, the
 * history of rows 0..n and the earlier runs shown beside it on the loss chart. {@link SessionFile} reads and
 * writes it; {@link #resume} continues it exactly where it stopped.
 */
public record Session(ExperimentConfig config, Dataset data, double[] particles, FlowHistory history,
                      List<EarlierRun> earlierRuns) {

    /** A finished run kept on the loss chart for comparison: its label there, its configuration and history. */
    public record EarlierRun(String label, ExperimentConfig config, FlowHistory history) {
    }

    public Session {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least the history row of its current state");
        }
        particles = particles.clone();
        earlierRuns = List.copyOf(earlierRuns);
    }

    /**
     * The current state of {@code flow}, a run of {@code experiment}, with the earlier runs shown beside it.
     *
     * @throws IllegalArgumentException for a flow with adaptive steps: its next step also depends on its current Δs
     *     and its steps in the fidelity band, which this version of the format does not hold (see
     *     docs/SESSION-FORMAT.md), so it could not be resumed exactly
     */
    public static Session of(Experiment experiment, GradientFlow flow, List<EarlierRun> earlierRuns) {
        if (flow.options().adaptive()) {
            throw new IllegalArgumentException("a flow with adaptive steps cannot be saved as a session yet");
        }
        return new Session(experiment.config(), experiment.data(), flow.particles(), flow.history(), earlierRuns);
    }

    @Override
    public double[] particles() {
        return particles.clone();
    }

    /** Steps taken, n. */
    public long steps() {
        return history.step(history.size() - 1);
    }

    /** The experiment this session continues, with the current particles as its starting point. */
    public Experiment experiment() {
        return Experiment.restore(config, "the session's config.json", data, "the session's data.csv", particles);
    }

    /**
     * A solver thread (not yet started) that continues this session, for the app: its snapshots carry the whole
     * history from step 0, and its steps equal {@link #resume}'s.
     */
    public FlowRunner runner(long runId, int threads, boolean startPlaying) {
        Experiment e = experiment();
        return new FlowRunner(runId, e.spec(), e.data(), particles, e.stepSize(), e.stopRule(), threads, startPlaying,
                history);
    }

    /**
     * A flow that continues this session: its next step equals the step the saved run would have taken next,
     * on any number of threads.
     *
     * @throws InputException if the particles do not give the loss of the history's last row (the entries of
     *     a session file that do not belong together)
     */
    public GradientFlow resume(int threads) {
        Experiment e = experiment();
        GradientFlow flow = GradientFlow.resume(e.spec(), e.data(), particles, e.stepSize(), threads, history);
        double saved = history.lastLoss();
        // Recomputing E from θ_n is bit-identical on any thread count; the tolerance only forgives a later
        // version's reordered sums, and still catches particles and a history that come from different runs.
        if (!(Math.abs(flow.loss() - saved) <= 1e-9 * Math.abs(saved))) {
            flow.close();
            throw new InputException("the particles give E = " + flow.loss() + " but the history's last row (step "
                    + steps() + ") says E = " + saved + ": particles.csv and history.csv are not from the same run");
        }
        return flow;
    }
}
