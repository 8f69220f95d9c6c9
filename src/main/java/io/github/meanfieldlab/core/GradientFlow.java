package io.github.meanfieldlab.core;

/**
 * The particle discretisation of the Wasserstein gradient flow: explicit Euler θ ← θ + Δs·v in
 * pseudo-time s, with the diagnostics of every evaluated state recorded in a {@link FlowHistory}.
 *
 * <p>The state is always evaluated: after construction and after each {@link #step()}, the loss, the
 * velocities and the layer states describe the current particles. Not thread-safe: one thread steps it,
 * and what leaves it ({@link #particles()}, {@link #history()}, …) is a copy or an immutable view.
 */
public final class GradientFlow implements AutoCloseable {
    private final ModelSpec spec;
    private final double stepSize;
    private final Dataset data;
    private final FlowEvaluator evaluator;
    private final FlowHistory.Recorder recorder;
    private final double[] theta;
    private final double[] previous;
    private final double[] velocity;
    private long steps;

    /**
     * @param initial L·M·k initial parameters (copied)
     * @param stepSize Δs &gt; 0
     * @param threads threads for the evaluation; results are bit-identical for any value
     * @throws NonFiniteStateException if the initial state already has a non-finite loss or velocity
     */
    public GradientFlow(ModelSpec spec, Dataset data, double[] initial, double stepSize, int threads) {
        this(spec, data, initial, stepSize, threads, null);
    }

    /**
     * Continues a saved flow: {@code particles} are θ_n, n is the step of the last row of {@code past}, and the
     * rows of {@code past} are kept as they are. Everything the next step uses (θ, n, Δs and the previous row for
     * the fidelity) is then what it was, so the steps that follow equal those of the run that was saved; the
     * velocities are evaluated again from θ, as the saved run had them.
     *
     * @param past the rows 0..n of the saved run, at least one
     */
    public static GradientFlow resume(ModelSpec spec, Dataset data, double[] particles, double stepSize, int threads,
                                      FlowHistory past) {
        if (past.isEmpty()) {
            throw new IllegalArgumentException("a resumed flow needs the history of the saved run; it is empty");
        }
        return new GradientFlow(spec, data, particles, stepSize, threads, past);
    }

    private GradientFlow(ModelSpec spec, Dataset data, double[] initial, double stepSize, int threads,
                         FlowHistory past) {
        if (!(stepSize > 0 && Double.isFinite(stepSize))) {
            throw new IllegalArgumentException("step Δs = " + stepSize + " is out of range; allowed: finite and > 0");
        }
        if (initial.length != spec.totalParameters()) {
            throw new IllegalArgumentException("initial particles hold " + initial.length + " values; " + spec
                    + " needs L·M·k = " + spec.totalParameters());
        }
        for (int q = 0; q < initial.length; q++) {
            if (!Double.isFinite(initial[q])) {
                int k = spec.parameterCount();
                throw new IllegalArgumentException("initial particle (layer " + q / k / spec.width() + ", index "
                        + q / k % spec.width() + ") coordinate " + spec.block().coordinateNames(spec.stateDimension())
                        .get(q % k) + " is not finite: " + initial[q]);
            }
        }
        this.spec = spec;
        this.stepSize = stepSize;
        this.data = data;
        this.theta = initial.clone();
        this.previous = new double[theta.length];
        this.velocity = new double[theta.length];
        this.evaluator = new FlowEvaluator(spec, data, threads);
        evaluator.evaluate(theta, velocity);
        if (!isFinite()) {
            evaluator.close();
            throw new NonFiniteStateException("the initial state has a non-finite loss or velocity (loss "
                    + evaluator.loss() + "); use smaller initial scales");
        }
        if (past == null) {
            recorder = new FlowHistory.Recorder();
            record();
        } else {
            recorder = FlowHistory.Recorder.continuing(past);
            steps = past.step(past.size() - 1);
        }
    }

    /**
     * One Euler step θ ← θ + Δs·v, then an evaluation of the new state. Allocates nothing (except when the
     * history doubles its capacity).
     *
     * @throws NonFiniteStateException if the new state's loss or velocities are not finite; the flow is then
     *     restored to the last finite state, which stays usable
     */
    public void step() {
        System.arraycopy(theta, 0, previous, 0, theta.length);
        for (int q = 0; q < theta.length; q++) {
            theta[q] += stepSize * velocity[q];
        }
        evaluator.evaluate(theta, velocity);
        if (!isFinite()) {
            System.arraycopy(previous, 0, theta, 0, theta.length);
            evaluator.evaluate(theta, velocity);
            throw new NonFiniteStateException("step " + (steps + 1) + " (s = " + (steps + 1) * stepSize
                    + ") produced a non-finite loss or velocity; stopped at the last finite state, s = "
                    + time() + ". Try a smaller step Δs than " + stepSize + ".");
        }
        steps++;
        record();
    }

    private boolean isFinite() {
        return Double.isFinite(evaluator.loss()) && Double.isFinite(evaluator.dissipation());
    }

    private void record() {
        recorder.append(steps, time(), evaluator.loss(), evaluator.dissipation(), evaluator.accuracy(),
                evaluator.secondMoment(), evaluator.maxSpeed(), stepSize);
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Δs. */
    public double stepSize() {
        return stepSize;
    }

    /** Steps taken, n. */
    public long steps() {
        return steps;
    }

    /** Pseudo-time s = n·Δs. */
    public double time() {
        return steps * stepSize;
    }

    /** E at the current particles. */
    public double loss() {
        return evaluator.loss();
    }

    /** I at the current particles. */
    public double dissipation() {
        return evaluator.dissipation();
    }

    /** Rows 0..n of the diagnostics, as an immutable view. */
    public FlowHistory history() {
        return recorder.view();
    }

    /** A copy of the current particles, (l·M + m)·k + j. */
    public double[] particles() {
        return theta.clone();
    }

    /** The current particles in place, for a read on the stepping thread; never hand this out. */
    double[] particlesView() {
        return theta;
    }

    /** A copy of the current velocities v = −L·M ∂E/∂θ. */
    public double[] velocities() {
        return velocity.clone();
    }

    /** A copy of the current layer states z_l(x_i), laid out (i·(L+1) + l)·D + j. */
    public double[] layerStates() {
        return evaluator.copyStates();
    }

    /**
     * An immutable snapshot of the current state, marked paused, with the network output at
     * {@code probeInputs} (row-major n×d; null for none). For views and figures outside a {@link FlowRunner}.
     */
    public FlowSnapshot snapshot(long runId, double[] probeInputs) {
        double[] outputs = null;
        double[] probes = null;
        if (probeInputs != null) {
            probes = probeInputs.clone();
            outputs = new double[probes.length / spec.dataDimension()];
            FlowEvaluator.predict(spec, theta, probes, outputs);
        }
        return snapshot(runId, RunState.PAUSED, "", 0, probes, outputs);
    }

    FlowSnapshot snapshot(long runId, RunState state, String message, double stepsPerSecond,
                          double[] probes, double[] outputs) {
        return new FlowSnapshot(runId, spec, state, message, steps, time(), theta.clone(), evaluator.copyStates(),
                data, history(), probes, outputs, stepsPerSecond);
    }

    /** Threads the evaluation uses. */
    public int threads() {
        return evaluator.threads();
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
