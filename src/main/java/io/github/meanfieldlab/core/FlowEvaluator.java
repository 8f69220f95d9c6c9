package io.github.meanfieldlab.core;

/**
 * Evaluates the network of MODEL.md at given parameters: forward pass, loss, exact adjoint and the
 * mean-field velocities v = −L·M·∂E/∂θ, with all buffers allocated once.
 *
 * <p>Determinism on any thread count: the samples are cut into a fixed number of blocks that depends on N
 * only; each block sums its gradient into its own buffer, and the blocks are added in block order. Which
 * thread computes a block therefore never changes a single bit of the result.
 *
 * <p>The fast path: each block is cut into groups of {@link BlockKernel#LANES} samples (the last group padded
 * with lanes whose adjoint is zero, so they add nothing), and each block runs its forward pass layer by layer
 * over its groups, then its loss, then its backward pass layer by layer, while its states and adjoint are hot in
 * cache. The kernels vectorise over the lanes; this class only orders the loops. States are stored group by group,
 * {@code [((g·(L+1) + l)·D + j)·LANES + r]} for lane r of group g, so a group's data are contiguous.
 */
public final class FlowEvaluator implements AutoCloseable {
    /**
     * Aim for blocks of this many samples: large enough to amortise what the kernels do once per particle and
     * block (the gradient's sums across lanes), small enough to share the work among threads. Measured on 2
     * threads against 64: small preset 1.16 times, large 1.07 times as fast.
     */
    private static final int SAMPLES_PER_BLOCK = 128;
    /** Each block keeps a gradient buffer of L·M·k values; this caps their memory. */
    private static final int MAX_BLOCKS = 16;

    private final ModelSpec spec;
    private final BlockKernel kernel;
    /** Replaced, never shared, when the thread count changes; confined to the thread that evaluates. */
    private ParallelLoop loop;
    private final int samples;
    private final int stride;
    private final double[] targets;
    private final boolean signLabels;
    /** z_l for every group of samples and layer, laid out as the class comment says; padding lanes hold zeros. */
    private final double[] states;
    private final int[] blockStart;
    /** The first group of each block: block b owns groups [blockGroup[b], blockGroup[b+1]). */
    private final int[] blockGroup;
    private final double[][] blockGradient;
    private final double[] blockLoss;
    private final int[] blockCorrect;
    private final BlockKernel.Workspace[] blockWorkspace;
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
        this.stride = (spec.depth() + 1) * spec.stateDimension() * BlockKernel.LANES;
        this.targets = data.targets();
        this.signLabels = data.hasSignLabels();
        int D = spec.stateDimension();
        int blocks = blockCount(samples);
        this.blockStart = new int[blocks + 1];
        this.blockGroup = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            blockStart[b] = (int) ((long) samples * b / blocks);
            if (b > 0) {
                int size = blockStart[b] - blockStart[b - 1];
                blockGroup[b] = blockGroup[b - 1] + (size + BlockKernel.LANES - 1) / BlockKernel.LANES;
            }
        }
        this.states = new double[blockGroup[blocks] * stride];
        double[] z0 = data.embed(D);
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < D; j++) {
                states[stateIndex(i, 0, j)] = z0[i * D + j];
            }
        }
        int P = spec.totalParameters();
        this.blockGradient = new double[blocks][P];
        this.blockLoss = new double[blocks];
        this.blockCorrect = new int[blocks];
        this.blockWorkspace = new BlockKernel.Workspace[blocks];
        for (int b = 0; b < blocks; b++) {
            blockWorkspace[b] = kernel.workspace(blockGroup[b + 1] - blockGroup[b]);
        }
        this.layerSpeedSquared = new double[spec.depth()];
        this.layerMaxSpeedSquared = new double[spec.depth()];
        this.layerMomentSquared = new double[spec.depth()];
        this.loop = new ParallelLoop(threads, "meanfield-solver");
    }

    /** Where z_l(x_i), coordinate j, sits in {@link #states}. */
    private int stateIndex(int i, int l, int j) {
        int b = blockOf(i);
        int slot = i - blockStart[b];
        int group = blockGroup[b] + slot / BlockKernel.LANES;
        return group * stride + (l * spec.stateDimension() + j) * BlockKernel.LANES + slot % BlockKernel.LANES;
    }

    private int blockOf(int i) {
        int b = 0;
        while (blockStart[b + 1] <= i) {
            b++;
        }
        return b;
    }

    /**
     * Floating-point operations per update (one particle and one sample, forward and backward) of the kernel
     * for {@code spec}; N·L·M updates make one evaluation. For throughput figures.
     */
    public static double flopsPerUpdate(ModelSpec spec) {
        return BlockKernel.flopsPerUpdate(spec.block(), spec.stateDimension());
    }

    /**
     * Doubles per SIMD vector in the solver's kernels on this processor and JVM: 8 with AVX-512, 4 with AVX2, 2 with
     * SSE or NEON. Results do not depend on it; speed does.
     */
    public static int vectorLanes() {
        return BlockKernel.VECTOR_LENGTH;
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
     * From the next evaluation on, uses {@code threads} threads (≥ 1) in all; the old workers end. The results do
     * not change (the class comment says why). Call it from the thread that evaluates, between evaluations.
     */
    public void setThreads(int threads) {
        if (threads != loop.threads()) {
            ParallelLoop next = new ParallelLoop(threads, "meanfield-solver");
            loop.close();
            loop = next;
        }
    }

    /**
     * Evaluates at {@code theta} (L·M·k values, not modified) and writes the velocities into
     * {@code velocity} (same length). Afterwards {@link #loss()}, {@link #dissipation()} and the other
     * accessors describe this point, and {@link #copyStates()} gives its layer states.
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
        final int lanes = BlockKernel.LANES;
        final int firstGroup = blockGroup[b];
        final int groups = blockGroup[b + 1] - firstGroup;
        double[] gradient = blockGradient[b];
        BlockKernel.Workspace work = blockWorkspace[b];
        double[] p = work.adjoint;
        java.util.Arrays.fill(gradient, 0.0);
        // Layer by layer, all groups of the block: a layer's parameters and gradient stay in cache while they pass.
        for (int l = 0; l < L; l++) {
            for (int g = 0; g < groups; g++) {
                kernel.forward(theta, l, states, (firstGroup + g) * stride + l * D * lanes, work);
            }
        }
        double lossSum = 0;
        int correct = 0;
        for (int g = 0; g < groups; g++) {
            int base = (firstGroup + g) * stride;
            for (int r = 0; r < lanes; r++) {
                int i = blockStart[b] + g * lanes + r;
                double residual = 0;                                // a padding lane: p_L = 0, so it adds nothing
                if (i < blockStart[b + 1]) {
                    double out = 0;
                    for (int j = 0; j < D; j++) {
                        out += spec.readout(j) * states[base + (L * D + j) * lanes + r];
                    }
                    residual = out - targets[i];
                    lossSum += residual * residual;
                    if ((out > 0 ? 1.0 : out < 0 ? -1.0 : 0.0) == targets[i]) {
                        correct++;
                    }
                }
                for (int j = 0; j < D; j++) {
                    p[(g * D + j) * lanes + r] = residual * spec.readout(j);   // p_L = (g(z_L) − y) a
                }
            }
        }
        for (int l = L - 1; l >= 0; l--) {
            kernel.backward(theta, l, states, firstGroup * stride + l * D * lanes, stride, groups, p, gradient, work);
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

    /** A copy of the layer states z_l(x_i) of the last evaluation: sample i, layer l, coordinate j at (i·(L+1) + l)·D + j. */
    public double[] copyStates() {
        int L = spec.depth();
        int D = spec.stateDimension();
        double[] out = new double[samples * (L + 1) * D];
        for (int i = 0; i < samples; i++) {
            for (int l = 0; l <= L; l++) {
                for (int j = 0; j < D; j++) {
                    out[(i * (L + 1) + l) * D + j] = states[stateIndex(i, l, j)];
                }
            }
        }
        return out;
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
        int lanes = BlockKernel.LANES;
        BlockKernel kernel = BlockKernel.of(spec);
        kernel.prepare(theta);
        double[] z = new double[(L + 1) * D * lanes];
        BlockKernel.Workspace work = kernel.workspace(1);
        for (int first = 0; first < out.length; first += lanes) {
            java.util.Arrays.fill(z, 0.0);
            for (int r = 0; r < lanes && first + r < out.length; r++) {
                for (int j = 0; j < d; j++) {
                    z[j * lanes + r] = inputs[(first + r) * d + j];
                }
            }
            for (int l = 0; l < L; l++) {
                kernel.forward(theta, l, z, l * D * lanes, work);
            }
            for (int r = 0; r < lanes && first + r < out.length; r++) {
                double g = 0;
                for (int j = 0; j < D; j++) {
                    g += spec.readout(j) * z[(L * D + j) * lanes + r];
                }
                out[first + r] = g;
            }
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
