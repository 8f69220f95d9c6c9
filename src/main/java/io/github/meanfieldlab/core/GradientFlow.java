package io.github.meanfieldlab.core;

/**
 * The particle discretisation of the Wasserstein gradient flow: explicit Euler θ ← θ + Δs·v in
 * pseudo-time s, with the diagnostics of every evaluated state recorded in a {@link FlowHistory}.
 *
 * <p>With {@link Options#adaptive()} the step is chosen by the {@link StepSizeGuard}: a step whose fidelity ratio
 * leaves the band, other than relu's chatter at a kink, is taken again with half the Δs, and after ten steps inside
 * the band since Δs last changed it doubles again, never above the configured one. Every decision depends on the loss alone, so
 * it is as deterministic as the loss.
 *
 * <p>The state is always evaluated: after construction and after each {@link #step()}, the loss, the
 * velocities and the layer states describe the current particles. Not thread-safe: one thread steps it,
 * and what leaves it ({@link #particles()}, {@link #history()}, …) is a copy or an immutable view.
 */
public final class GradientFlow implements AutoCloseable {
    /**
     * How a flow steps: the (largest) step Δs; whether the {@link StepSizeGuard} adapts it; whether relu's sign
     * changes are counted on the steps whose fidelity left the band (the guard needs them to tell chatter, and
     * adaptive steps count them anyway); and every how many steps the costly {@link TheoryDiagnostics} are computed
     * (0: none of the theory columns).
     */
    public record Options(double stepSize, boolean adaptive, boolean countSignChanges, int diagnosticsEvery) {
        public Options {
            if (!(stepSize > 0 && Double.isFinite(stepSize))) {
                throw new IllegalArgumentException("step Δs = " + stepSize + " is out of range; allowed: finite and > 0");
            }
            if (diagnosticsEvery < 0) {
                throw new IllegalArgumentException("diagnostics every " + diagnosticsEvery + " steps; allowed: >= 0");
            }
        }

        /** Fixed steps Δs, nothing counted beyond the basic columns: the app's and the benchmark's flow. */
        public static Options fixed(double stepSize) {
            return new Options(stepSize, false, false, 0);
        }
    }

    private final ModelSpec spec;
    private final Options options;
    private final Dataset data;
    private final FlowEvaluator evaluator;
    private final FlowHistory.Recorder recorder;
    private final double[] theta;
    private final double[] previous;
    private double[] velocity;
    /** The velocity the current step started from, kept for a retry with a smaller Δs; null unless adaptive. */
    private double[] previousVelocity;
    /** Counts relu's kinks crossed by a step whose fidelity left the band; null when nobody asks. */
    private final SignChanges signChanges;
    private final TheoryDiagnostics diagnostics;
    private double stepSize;
    /** s = timeBase + (steps − stepsBase)·Δs: exactly n·Δs while Δs never changed. */
    private double timeBase;
    private long stepsBase;
    private int stepsInBand;
    private long steps;
    /**
     * Whether row 0 is still being written: a new flow leaves it open until its theory columns are wanted, since
     * λ_min and the least determinant at s = 0 cost tens of steps' time and a window wants the initial state on
     * screen before that (see {@link #finishFirstRow()}).
     */
    private boolean firstRowOpen;

    /**
     * @param initial L·M·k initial parameters (copied)
     * @param stepSize Δs &gt; 0
     * @param threads threads for the evaluation; results are bit-identical for any value
     * @throws NonFiniteStateException if the initial state already has a non-finite loss or velocity
     */
    public GradientFlow(ModelSpec spec, Dataset data, double[] initial, double stepSize, int threads) {
        this(spec, data, initial, Options.fixed(stepSize), threads);
    }

    /**
     * @param initial L·M·k initial parameters (copied)
     * @param threads threads for the evaluation; results are bit-identical for any value
     * @throws NonFiniteStateException if the initial state already has a non-finite loss or velocity
     */
    public GradientFlow(ModelSpec spec, Dataset data, double[] initial, Options options, int threads) {
        this(spec, data, initial, options, threads, null, null);
    }

    /**
     * What the next step depends on beside θ_n, the options and the history: the Δs it tries first, its count of
     * steps in the fidelity band since Δs last changed (both change with adaptive steps), and where s was last rebased
     * (s = timeBase + (n − stepsBase)·Δs).
     */
    public record Stepping(double stepSize, double timeBase, long stepsBase, int stepsInBand) {
    }

    /** The current {@link Stepping}, for saving the flow. */
    public Stepping stepping() {
        return new Stepping(stepSize, timeBase, stepsBase, stepsInBand);
    }

    /**
     * Continues a saved flow: {@code particles} are θ_n, n is the step of the last row of {@code past}, whose rows
     * are kept as they are; {@code start} are the particles at s = 0 (the theory columns measure from them), and
     * {@code options} and {@code stepping} those of the saved flow. Everything the next step uses is then what it
     * was, so the steps that follow equal those of the run that was saved; the velocities are evaluated again
     * from θ_n, as the saved run had them.
     *
     * @throws IllegalArgumentException if {@code stepping} cannot be that of a flow with these options at step n
     */
    public static GradientFlow resume(ModelSpec spec, Dataset data, double[] start, double[] particles, Options options,
                                      Stepping stepping, int threads, FlowHistory past) {
        if (past.isEmpty()) {
            throw new IllegalArgumentException("a resumed flow needs the history of the saved run; it is empty");
        }
        long n = past.step(past.size() - 1);
        boolean fits = stepping.stepSize() > 0 && stepping.stepSize() <= options.stepSize()
                && (options.adaptive() || stepping.stepSize() == options.stepSize())
                && stepping.stepsBase() >= 0 && stepping.stepsBase() <= n && Double.isFinite(stepping.timeBase())
                && stepping.stepsInBand() >= 0 && stepping.stepsInBand() <= n;
        if (!fits) {
            throw new IllegalArgumentException(stepping + " does not fit a flow with " + options + " at step " + n);
        }
        if (start.length != particles.length) {
            throw new IllegalArgumentException("particles at s = 0 hold " + start.length + " values, at step " + n + " "
                    + particles.length);
        }
        GradientFlow flow = new GradientFlow(spec, data, particles, options, threads, past, start);
        flow.stepSize = stepping.stepSize();
        flow.timeBase = stepping.timeBase();
        flow.stepsBase = stepping.stepsBase();
        flow.stepsInBand = stepping.stepsInBand();
        return flow;
    }

    /** A new flow when {@code past} is null, else one that continues {@code past} (see {@link #resume}). */
    private GradientFlow(ModelSpec spec, Dataset data, double[] initial, Options options, int threads,
                         FlowHistory past, double[] start) {
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
        this.options = options;
        this.stepSize = options.stepSize();
        this.data = data;
        this.theta = initial.clone();
        this.previous = new double[theta.length];
        this.velocity = new double[theta.length];
        this.previousVelocity = options.adaptive() ? new double[theta.length] : null;
        boolean watchKinks = options.adaptive() || options.countSignChanges();
        this.signChanges = watchKinks && spec.block() == Block.RELU ? new SignChanges(spec, data) : null;
        this.diagnostics = options.diagnosticsEvery() > 0
                ? new TheoryDiagnostics(spec, data, past == null ? theta : start, options.diagnosticsEvery()) : null;
        this.evaluator = new FlowEvaluator(spec, data, threads);
        evaluator.evaluate(theta, velocity);
        if (!isFinite()) {
            evaluator.close();
            throw new NonFiniteStateException("the initial state has a non-finite loss or velocity (loss "
                    + evaluator.loss() + "); use smaller initial scales");
        }
        if (past == null) {
            recorder = new FlowHistory.Recorder();
            beginRow(Double.NaN);
            firstRowOpen = true;
        } else {
            recorder = FlowHistory.Recorder.continuing(past);
            steps = past.step(past.size() - 1);
        }
    }

    /**
     * One Euler step θ ← θ + Δs·v, then an evaluation of the new state (with adaptive steps, as many halvings of
     * Δs as the {@link StepSizeGuard} asks for). Allocates nothing (except when the history doubles its capacity,
     * and in the theory diagnostics every few steps).
     *
     * @throws NonFiniteStateException if the new state's loss or velocities are not finite; the flow is then
     *     restored to the last finite state, which stays usable
     */
    public void step() {
        finishFirstRow();
        System.arraycopy(theta, 0, previous, 0, theta.length);
        double previousLoss = evaluator.loss();
        double previousDissipation = evaluator.dissipation();
        double[] direction = velocity;
        if (previousVelocity != null) {
            // Keep v_n for the retries: the new velocities go to the other array.
            double[] spare = previousVelocity;
            previousVelocity = velocity;
            velocity = spare;
        }
        double crossed;
        while (true) {
            for (int q = 0; q < theta.length; q++) {
                theta[q] = previous[q] + stepSize * direction[q];
            }
            evaluator.evaluate(theta, velocity);
            boolean finite = isFinite();
            double fidelity = (previousLoss - evaluator.loss()) / (stepSize * previousDissipation);
            boolean inBand = finite && StepSizeGuard.inBand(fidelity);
            crossed = !inBand && finite && signChanges != null ? signChanges.fraction(previous, theta) : Double.NaN;
            if (options.adaptive() && !inBand && !StepSizeGuard.isChatter(spec.block(), crossed)
                    && stepSize > options.stepSize() * StepSizeGuard.SMALLEST_STEP) {
                changeStepSize(stepSize / 2);
                stepsInBand = 0;
                continue;
            }
            if (!finite) {
                System.arraycopy(previous, 0, theta, 0, theta.length);
                evaluator.evaluate(theta, velocity);
                throw new NonFiniteStateException("step " + (steps + 1) + " (s = " + (time() + stepSize)
                        + ") produced a non-finite loss or velocity; stopped at the last finite state, s = "
                        + time() + ". Try a smaller step Δs than " + stepSize + ".");
            }
            // A step the guard accepts outside the band (relu's chatter at a kink, or at the smallest Δs) does not
            // start the count again: on spirals frequent chatter kept Δs at its floor, a hundred times too small.
            if (inBand) {
                stepsInBand++;
            }
            break;
        }
        steps++;
        record(crossed);
        if (options.adaptive() && stepsInBand >= StepSizeGuard.STEPS_BEFORE_DOUBLING && stepSize < options.stepSize()) {
            changeStepSize(Math.min(2 * stepSize, options.stepSize()));
            stepsInBand = 0;
        }
    }

    private void changeStepSize(double newStepSize) {
        timeBase = time();
        stepsBase = steps;
        stepSize = newStepSize;
    }

    private boolean isFinite() {
        return Double.isFinite(evaluator.loss()) && Double.isFinite(evaluator.dissipation());
    }

    private void record(double signChangeFraction) {
        beginRow(signChangeFraction);
        finishRow();
    }

    /** Writes the current state's row but for the costly theory columns; {@link #finishRow()} adds them. */
    private void beginRow(double signChangeFraction) {
        recorder.append(steps, time(), evaluator.loss(), evaluator.dissipation(), evaluator.accuracy(),
                evaluator.secondMoment(), evaluator.maxSpeed(), stepSize);
        recorder.set(FlowHistory.Column.SIGN_CHANGES, signChangeFraction);
        if (diagnostics != null) {
            diagnostics.recordCheap(theta, recorder);
        }
    }

    /** Adds the costly theory columns of the current state, if due, and commits its row. */
    private void finishRow() {
        if (diagnostics != null) {
            diagnostics.recordCostly(steps, theta, evaluator, recorder);
        }
        recorder.commit();
    }

    /**
     * Completes row 0 of a new flow with its costly theory columns (λ_min and the least determinant at s = 0,
     * when the options ask for them) if that has not happened yet. The first {@link #step()} and every read of
     * the history do it anyway, so the history is always the same; a window calls it after it has shown the
     * initial state, which therefore does not wait for them.
     */
    public void finishFirstRow() {
        if (firstRowOpen) {
            firstRowOpen = false;
            finishRow();
        }
    }

    /** Whether row 0 still waits for {@link #finishFirstRow()}. */
    boolean isFirstRowOpen() {
        return firstRowOpen;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Δs of the next step (with adaptive steps, it changes as the run goes). */
    public double stepSize() {
        return stepSize;
    }

    /** How this flow steps. */
    public Options options() {
        return options;
    }

    /** Steps taken, n. */
    public long steps() {
        return steps;
    }

    /** Pseudo-time s, the sum of the steps taken: n·Δs for fixed steps. */
    public double time() {
        return timeBase + (steps - stepsBase) * stepSize;
    }

    /** E at the current particles. */
    public double loss() {
        return evaluator.loss();
    }

    /** I at the current particles. */
    public double dissipation() {
        return evaluator.dissipation();
    }

    /** Rows 0..n of the diagnostics, as an immutable view (row 0 complete: see {@link #finishFirstRow()}). */
    public FlowHistory history() {
        finishFirstRow();
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
        finishFirstRow();
        double[] outputs = null;
        double[] probes = null;
        if (probeInputs != null) {
            probes = probeInputs.clone();
            outputs = new double[probes.length / spec.dataDimension()];
            FlowEvaluator.predict(spec, theta, probes, outputs);
        }
        return snapshot(runId, RunState.PAUSED, "", 0, probes, outputs);
    }

    /**
     * A snapshot for a {@link FlowRunner}. While row 0 is open ({@link #finishFirstRow()}) it shows that row
     * without its costly theory columns, and holds no stepping state: a history missing them must not be saved
     * as a session to continue from.
     */
    FlowSnapshot snapshot(long runId, RunState state, String message, double stepsPerSecond,
                          double[] probes, double[] outputs) {
        boolean open = firstRowOpen;
        return new FlowSnapshot(runId, spec, state, message, steps, time(), theta.clone(), evaluator.copyStates(),
                data, open ? recorder.viewWithOpenRow() : recorder.view(), probes, outputs, stepsPerSecond,
                open ? null : options, open ? null : stepping());
    }

    /** Threads the evaluation uses. */
    public int threads() {
        return evaluator.threads();
    }

    /** Uses {@code threads} threads from the next step on; the same steps, bit for bit. Between steps only. */
    public void setThreads(int threads) {
        evaluator.setThreads(threads);
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
