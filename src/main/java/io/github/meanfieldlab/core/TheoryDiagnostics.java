package io.github.meanfieldlab.core;

/**
 * The theory columns of a flow's history: relu's imbalance drift in every row (its cost is one pass over the
 * particles), and every {@code every} steps the tangent kernel's λ_min and the least layer determinant, which
 * cost as much as several steps; rows in between leave those two empty.
 */
final class TheoryDiagnostics {
    private final ModelSpec spec;
    private final int samples;
    private final int every;
    /** Each relu particle's imbalance at s = 0; null for the other blocks. */
    private final double[] initialImbalance;

    TheoryDiagnostics(ModelSpec spec, Dataset data, double[] initial, int every) {
        this.spec = spec;
        this.samples = data.size();
        this.every = every;
        this.initialImbalance = spec.block() == Block.RELU ? Imbalance.of(spec, initial) : null;
    }

    /** Adds the values every row has (relu's imbalance drift) to the row the recorder is writing. */
    void recordCheap(double[] theta, FlowHistory.Recorder row) {
        if (initialImbalance != null) {
            row.set(FlowHistory.Column.IMBALANCE_DRIFT, Imbalance.drift(spec, theta, initialImbalance));
        }
    }

    /** Adds λ_min and the least determinant to the row the recorder is writing, if step {@code step} has them. */
    void recordCostly(long step, double[] theta, FlowEvaluator evaluator, FlowHistory.Recorder row) {
        if (step % every == 0) {
            double[] states = evaluator.copyStates();
            row.set(FlowHistory.Column.LAMBDA_MIN, TangentKernel.lambdaMin(spec, theta, states, samples));
            row.set(FlowHistory.Column.MIN_JACOBIAN_DET, LayerJacobians.minDeterminant(spec, theta, states, samples));
        }
    }
}
