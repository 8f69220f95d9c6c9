package io.github.meanfieldlab.core;

/**
 * What a view needs of a running flow at one instant, immutable: particles, layer states z_l(x_i), the
 * history so far, and the network output at probe points. Arrays are copies owned by the snapshot; the
 * accessors that return arrays return further copies, the indexed ones read in place.
 */
public final class FlowSnapshot {
    private final long runId;
    private final ModelSpec spec;
    private final RunState state;
    private final String message;
    private final long step;
    private final double time;
    private final double[] particles;
    private final double[] layerStates;
    private final Dataset data;
    private final FlowHistory history;
    private final double[] probeInputs;
    private final double[] probeOutputs;
    private final double stepsPerSecond;
    /** How the flow steps and how far its stepping has come, so that a snapshot can be saved and resumed; null
     *  when no flow could be built, and in a flow's first snapshot while its row 0 lacks the theory columns. */
    private final GradientFlow.Options options;
    private final GradientFlow.Stepping stepping;

    FlowSnapshot(long runId, ModelSpec spec, RunState state, String message, long step, double time,
                 double[] particles, double[] layerStates, Dataset data, FlowHistory history, double[] probeInputs,
                 double[] probeOutputs, double stepsPerSecond, GradientFlow.Options options,
                 GradientFlow.Stepping stepping) {
        this.runId = runId;
        this.spec = spec;
        this.state = state;
        this.message = message;
        this.step = step;
        this.time = time;
        this.particles = particles;
        this.layerStates = layerStates;
        this.data = data;
        this.history = history;
        this.probeInputs = probeInputs;
        this.probeOutputs = probeOutputs;
        this.stepsPerSecond = stepsPerSecond;
        this.options = options;
        this.stepping = stepping;
    }

    /**
     * The same state with another clock and history: a state restored from files (a figure bundle's
     * particles and history.csv) shows the step, time and loss curve of the run it was saved from. It holds no
     * stepping state, so it cannot be saved as a session to continue from.
     */
    public FlowSnapshot withClock(long step, double time, FlowHistory history) {
        return new FlowSnapshot(runId, spec, state, message, step, time, particles, layerStates, data, history,
                probeInputs, probeOutputs, stepsPerSecond, null, null);
    }

    /**
     * The same state with the network output at {@code inputs} (row-major n×d): a figure for print wants a finer
     * probe grid than the screen, and outputs computed now, not up to one probe interval old. The clock and
     * stepping are this snapshot's, so it still resumes as this one does (unlike {@link #withClock}).
     */
    public FlowSnapshot withProbes(double[] inputs) {
        double[] probes = inputs.clone();
        double[] outputs = new double[probes.length / spec.dataDimension()];
        FlowEvaluator.predict(spec, particles, probes, outputs);
        return new FlowSnapshot(runId, spec, state, message, step, time, particles, layerStates, data, history,
                probes, outputs, stepsPerSecond, options, stepping);
    }

    /** The run this snapshot belongs to; a view drops snapshots of runs it no longer shows. */
    public long runId() {
        return runId;
    }

    public ModelSpec spec() {
        return spec;
    }

    public RunState state() {
        return state;
    }

    /** Why the run stopped or failed; empty while it runs. */
    public String message() {
        return message;
    }

    /** n. */
    public long step() {
        return step;
    }

    /** s = n·Δs. */
    public double time() {
        return time;
    }

    /** E at these particles. */
    public double loss() {
        return history.lastLoss();
    }

    /** Rows 0..n of the diagnostics. */
    public FlowHistory history() {
        return history;
    }

    /** Coordinate j of particle (l, m). */
    public double particle(int layer, int index, int coordinate) {
        int k = spec.parameterCount();
        return particles[(layer * spec.width() + index) * k + coordinate];
    }

    /** A copy of all particles, (l·M + m)·k + j. */
    public double[] particles() {
        return particles.clone();
    }

    /** The training data (immutable, shared). */
    public Dataset data() {
        return data;
    }

    /** N, the number of samples. */
    public int samples() {
        return data.size();
    }

    /** Coordinate j of z_l(x_i). */
    public double state(int sample, int layer, int coordinate) {
        int D = spec.stateDimension();
        return layerStates[(sample * (spec.depth() + 1) + layer) * D + coordinate];
    }

    /** Whether probe outputs are present (the runner was given probe points). */
    public boolean hasProbes() {
        return probeOutputs != null;
    }

    /** The probe inputs, row-major n×d (a copy), or an empty array. */
    public double[] probeInputs() {
        return probeInputs == null ? new double[0] : probeInputs.clone();
    }

    /** g(z_L(x)) at probe point q. */
    public double probeOutput(int q) {
        return probeOutputs[q];
    }

    /** Number of probe points. */
    public int probeCount() {
        return probeOutputs == null ? 0 : probeOutputs.length;
    }

    /** Solver steps per second of wall time, averaged over the last second or so. */
    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** The flow's options; null if no flow could be built (then the history is empty). */
    public GradientFlow.Options options() {
        return options;
    }

    /** The flow's stepping at this instant, what a resumed flow needs beside θ_n; null as {@link #options}. */
    public GradientFlow.Stepping stepping() {
        return stepping;
    }
}
