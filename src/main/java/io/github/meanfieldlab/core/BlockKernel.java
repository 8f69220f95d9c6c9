package io.github.meanfieldlab.core;

/**
 * The arithmetic of one block family at one layer: the forward residual update and the adjoint step of
 * MODEL.md. This is the only place where f(z; θ) and its Jacobians are evaluated; the evaluator only orders
 * the loops around it.
 *
 * <p>Both passes work on a group of {@link #LANES} samples at once, with the states and adjoints of the group
 * interleaved lane by lane ({@code [j·LANES + r]} for coordinate j of lane r). Each particle's parameters are
 * loaded once per group instead of once per sample, its gradient is read and written once per group, and
 * the lanes give the processor independent chains of arithmetic: that register blocking is where
 * the speed comes from (see README, Performance). Each lane on its own is computed exactly as one sample
 * would be; only the order in which the lanes' gradient terms are added differs, and it is fixed.
 *
 * <p>The pre-activations of a particle are recomputed in the backward pass instead of being stored: memory
 * stays O(N·L·D + L·M·k) and never holds an N×L×M array.
 */
abstract class BlockKernel {
    /**
     * Samples per group. Measured on the relu presets: 2 lanes 1.2·10⁸, 4 lanes 1.4·10⁸, 8 lanes 1.9·10⁸, 16 lanes
     * 1.65·10⁸ updates/s per thread; beyond eight the lanes' partial results no longer fit in registers.
     */
    static final int LANES = 8;

    final int stateDimension;
    final int width;
    final int parameterCount;
    /** 1/(L·M), the mean-field scaling of the residual sum. */
    final double scale;

    BlockKernel(ModelSpec spec) {
        this.stateDimension = spec.stateDimension();
        this.width = spec.width();
        this.parameterCount = spec.parameterCount();
        this.scale = 1.0 / ((double) spec.depth() * spec.width());
    }

    /**
     * Floating-point additions and multiplications per update (one particle, one sample, forward and backward)
     * in this block's kernel at state dimension D; min and max are not counted.
     */
    static double flopsPerUpdate(Block block, int D) {
        return block == Block.REGULARIZED_RELU ? RegularizedReluKernel.flopsPerUpdate(D) : NeuronKernel.flopsPerUpdate(D);
    }

    /** The kernel for the block of {@code spec}. */
    static BlockKernel of(ModelSpec spec) {
        return spec.block() == Block.REGULARIZED_RELU ? new RegularizedReluKernel(spec) : new NeuronKernel(spec);
    }

    /** Called once per evaluation, before any forward pass, to precompute per-particle quantities. */
    void prepare(double[] theta) {
    }

    /**
     * z_{l+1} = z_l + 1/(L·M) Σ_m f(z_l; θ_{l,m}) for the group's lanes: reads z_l at
     * {@code z[at .. at + D·LANES)} and writes z_{l+1} right after it.
     *
     * @param sum scratch of length D·LANES
     */
    abstract void forward(double[] theta, int layer, double[] z, int at, double[] sum);

    /**
     * One adjoint step for the group's lanes. On entry {@code p[pAt .. pAt + D·LANES)} holds p_{l+1}; on exit
     * p_l = p_{l+1} + 1/(L·M) Σ_m J_z fᵀ p_{l+1}. Adds Σ_lanes J_θ f(z_l; θ_{l,m})ᵀ p_{l+1} to {@code gradient}
     * at the slot of each particle (l, m), in the kernel's own coordinates (see {@link #finishGradient}).
     * A lane whose p_{l+1} is zero adds nothing, which is how a group pads a block's last samples.
     *
     * @param sum scratch of length D·LANES
     */
    abstract void backward(double[] theta, int layer, double[] z, int at, double[] p, int pAt, double[] gradient, double[] sum);

    /**
     * Turns the summed gradient of layer {@code layer}, accumulated by {@link #backward}, into the gradient
     * with respect to θ itself. The identity except where θ is reparametrised.
     */
    void finishGradient(double[] theta, int layer, double[] gradient) {
    }

    /** z_{l+1} = z_l + 1/(L·M)·sum for every coordinate and lane of the group. */
    final void addResidual(double[] z, int at, double[] sum) {
        int n = stateDimension * LANES;
        for (int q = 0; q < n; q++) {
            z[at + n + q] = z[at + q] + scale * sum[q];
        }
    }

    /** p_l = p_{l+1} + 1/(L·M)·sum for every coordinate and lane of the group. */
    final void addAdjoint(double[] p, int pAt, double[] sum) {
        int n = stateDimension * LANES;
        for (int q = 0; q < n; q++) {
            p[pAt + q] += scale * sum[q];
        }
    }
}
