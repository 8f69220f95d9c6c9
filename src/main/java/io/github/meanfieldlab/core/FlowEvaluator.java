package io.github.meanfieldlab.core;

/**
 * Evaluates the network of MODEL.md at given parameters: forward pass, loss, exact adjoint and the
 * mean-field velocities v = −L·M·∂E/∂θ, with all buffers allocated once.
 *
 * <p>Determinism on any thread count: the samples are cut into a fixed number of blocks that depends on N
 * only; each block sums its gradient into its own buffer, and the blocks are added in block order. Which
 * thread computes a block therefore never changes a single bit of the result.
 */
public final class FlowEvaluator implements AutoCloseable {
    /** Aim for blocks of this many samples: large enough to amortise a task, small enough to balance. */
    private static final int SAMPLES_PER_BLOCK = 64;
    /** Each block keeps a gradient buffer of L·M·k values; this caps their memory. */
    private static final int MAX_BLOCKS = 16;

    private final ModelSpec spec;
    private final BlockKernel kernel;
    private final ParallelLoop loop;
    private final int samples;
    private final int stride;
    private final double[] targets;
    private final boolean signLabels;
    /** z_l(x_i) for every sample and layer: sample i, layer l at (i·(L+1) + l)·D. */
    private final double[] states;
    private final int[] blockStart;
    private final double[][] blockGradient;
    private final double[] blockLoss;
    private final int[] blockCorrect;
    private final double[][] blockAdjoint;
    private final double[][] blockScratch;
    private final double[] layerSpeedSquared;
    private final double[] layerMaxSpeedSquared;
    private final double[] layerMomentSquared;

    private double[] theta;
    private double[] velocity;
    private double loss;
    private double accuracy;
    private double dissipation;
    private double maxSpeed;
    private double secondMoment;

    /** Forward, loss and backward for the samples of one block into that block's own buffers. */
    private final java.util.function.IntConsumer blockPass = this::passBlock;
    /** Sums the block gradients of one layer and turns them into velocities. */
    private final java.util.function.IntConsumer layerReduction = this::reduceLayer;

    /**
     * @param threads total threads used (≥ 1); the result does not depend on it
     */
    public FlowEvaluator(ModelSpec spec, Dataset data, int threads) {
        if (data.dimension() != spec.dataDimension()) {
            throw new IllegalArgumentException("the data have dimension " + data.dimension()
                    + " but the model expects d = " + spec.dataDimension());
        }
        this.spec = spec;
        this.kernel = BlockKernel.of(spec);
        this.samples = data.size();
        this.stride = (spec.depth() + 1) * spec.stateDimension();
        this.targets = data.targets();
        this.signLabels = data.hasSignLabels();
        int D = spec.stateDimension();
        this.states = new double[samples * stride];
        double[] z0 = data.embed(D);
        for (int i = 0; i < samples; i++) {
            System.arraycopy(z0, i * D, states, i * stride, D);
        }
        int blocks = blockCount(samples);
        this.blockStart = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            blockStart[b] = (int) ((long) samples * b / blocks);
        }
        int P = spec.totalParameters();
        this.blockGradient = new double[blocks][P];
        this.blockLoss = new double[blocks];
        this.blockCorrect = new int[blocks];
        this.blockAdjoint = new double[blocks][D];
        this.blockScratch = new double[blocks][D];
        this.layerSpeedSquared = new double[spec.depth()];
        this.layerMaxSpeedSquared = new double[spec.depth()];
        this.layerMomentSquared = new double[spec.depth()];
        this.loop = new ParallelLoop(threads, "meanfield-solver");
    }

    /** The number of sample blocks for N samples: a function of N alone, never of the thread count. */
    static int blockCount(int samples) {
        return Math.min(MAX_BLOCKS, Math.max(1, (samples + SAMPLES_PER_BLOCK - 1) / SAMPLES_PER_BLOCK));
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Threads this evaluator uses. */
    public int threads() {
        return loop.threads();
    }

    /**
     * Evaluates at {@code theta} (L·M·k values, not modified) and writes the velocities into
     * {@code velocity} (same length). Afterwards {@link #loss()}, {@link #dissipation()} and the other
     * accessors describe this point, and {@link #states()} holds its layer states.
     */
    public void evaluate(double[] theta, double[] velocity) {
        int P = spec.totalParameters();
        if (theta.length != P || velocity.length != P) {
            throw new IllegalArgumentException("parameter arrays need L·M·k = " + P + " values");
        }
        this.theta = theta;
        this.velocity = velocity;
        kernel.prepare(theta);
        loop.run(blockStart.length - 1, blockPass);
        loop.run(spec.depth(), layerReduction);
        double lossSum = 0;
        int correct = 0;
        for (int b = 0; b < blockLoss.length; b++) {
            lossSum += blockLoss[b];
            correct += blockCorrect[b];
        }
        double speedSum = 0;
        double maxSquared = 0;
        double momentSum = 0;
        for (int l = 0; l < spec.depth(); l++) {
            speedSum += layerSpeedSquared[l];
            maxSquared = Math.max(maxSquared, layerMaxSpeedSquared[l]);
            momentSum += layerMomentSquared[l];
        }
        double particles = (double) spec.depth() * spec.width();
        loss = lossSum / (2.0 * samples);
        accuracy = signLabels ? (double) correct / samples : Double.NaN;
        dissipation = speedSum / particles;
        maxSpeed = Math.sqrt(maxSquared);
        secondMoment = momentSum / particles;
        this.theta = null;
        this.velocity = null;
    }

    private void passBlock(int b) {
        final int L = spec.depth();
        final int D = spec.stateDimension();
        double[] gradient = blockGradient[b];
        double[] p = blockAdjoint[b];
        double[] sum = blockScratch[b];
        java.util.Arrays.fill(gradient, 0.0);
        double lossSum = 0;
        int correct = 0;
        for (int i = blockStart[b]; i < blockStart[b + 1]; i++) {
            int base = i * stride;
            for (int l = 0; l < L; l++) {
                kernel.forward(theta, l, states, base + l * D, sum);
            }
            double g = 0;
            for (int j = 0; j < D; j++) {
                g += spec.readout(j) * states[base + L * D + j];
            }
            double residual = g - targets[i];
            lossSum += residual * residual;
            if ((g > 0 ? 1.0 : g < 0 ? -1.0 : 0.0) == targets[i]) {
                correct++;
            }
            for (int j = 0; j < D; j++) {
                p[j] = residual * spec.readout(j);                  // p_L = (g(z_L) − y) a
            }
            for (int l = L - 1; l >= 0; l--) {
                kernel.backward(theta, l, states, base + l * D, p, gradient, sum);
            }
        }
        blockLoss[b] = lossSum;
        blockCorrect[b] = correct;
    }

    private void reduceLayer(int l) {
        int layerSize = spec.width() * spec.parameterCount();
        int from = l * layerSize;
        int to = from + layerSize;
        System.arraycopy(blockGradient[0], from, velocity, from, layerSize);
        for (int b = 1; b < blockGradient.length; b++) {
            double[] g = blockGradient[b];
            for (int j = from; j < to; j++) {
                velocity[j] += g[j];
            }
        }
        kernel.finishGradient(theta, l, velocity);
        // v = −L·M ∂E/∂θ = −(1/N) Σ_i J_θ fᵀ p_{l+1}: the L·M of the velocity cancels the 1/(L·M) of the sum.
        double toVelocity = -1.0 / samples;
        int k = spec.parameterCount();
        double speedSum = 0;
        double maxSquared = 0;
        double moment = 0;
        for (int start = from; start < to; start += k) {
            double speed = 0;
            for (int j = start; j < start + k; j++) {
                velocity[j] *= toVelocity;
                speed += velocity[j] * velocity[j];
                moment += theta[j] * theta[j];
            }
            speedSum += speed;
            maxSquared = Math.max(maxSquared, speed);
        }
        layerSpeedSquared[l] = speedSum;
        layerMaxSpeedSquared[l] = maxSquared;
        layerMomentSquared[l] = moment;
    }

    /** E = 1/(2N) Σ (g(z_L(x_i)) − y_i)² at the last evaluation. */
    public double loss() {
        return loss;
    }

    /** Fraction of samples with sign(g) = y, or NaN unless every label is ±1. */
    public double accuracy() {
        return accuracy;
    }

    /** I = 1/(L·M) Σ |v_{l,m}|². */
    public double dissipation() {
        return dissipation;
    }

    /** max |v_{l,m}|. */
    public double maxSpeed() {
        return maxSpeed;
    }

    /** 1/(L·M) Σ |θ_{l,m}|². */
    public double secondMoment() {
        return secondMoment;
    }

    /** Number of samples N. */
    public int samples() {
        return samples;
    }

    /**
     * The layer states z_l(x_i) of the last evaluation, read in place (not a copy): sample i, layer l,
     * coordinate j at (i·(L+1) + l)·D + j. Valid until the next evaluation.
     */
    double[] states() {
        return states;
    }

    /** A copy of the layer states, laid out as {@link #states()}. */
    public double[] copyStates() {
        return states.clone();
    }

    /**
     * The network output g(z_L(x)) at arbitrary inputs, forward pass only, on the caller's thread.
     *
     * @param inputs row-major n×d inputs
     * @param out n outputs
     */
    public static void predict(ModelSpec spec, double[] theta, double[] inputs, double[] out) {
        int d = spec.dataDimension();
        int D = spec.stateDimension();
        int L = spec.depth();
        BlockKernel kernel = BlockKernel.of(spec);
        kernel.prepare(theta);
        double[] z = new double[(L + 1) * D];
        double[] sum = new double[D];
        for (int i = 0; i < out.length; i++) {
            java.util.Arrays.fill(z, 0.0);
            System.arraycopy(inputs, i * d, z, 0, d);
            for (int l = 0; l < L; l++) {
                kernel.forward(theta, l, z, l * D, sum);
            }
            double g = 0;
            for (int j = 0; j < D; j++) {
                g += spec.readout(j) * z[L * D + j];
            }
            out[i] = g;
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
