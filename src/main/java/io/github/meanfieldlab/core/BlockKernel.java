package io.github.meanfieldlab.core;

/**
 * The arithmetic of one block family for one sample at one layer: the forward residual update and the
 * adjoint step of MODEL.md. This is the only place where f(z; θ) and its Jacobians are evaluated; the
 * evaluator only orders the loops around it.
 *
 * <p>Both passes loop over the M particles of a layer for one sample, so the pre-activations of a
 * particle are recomputed in the backward pass instead of being stored: memory stays O(N·L·D + L·M·k)
 * and never holds an N×L×M array.
 */
abstract class BlockKernel {
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

    /** The kernel for the block of {@code spec}. */
    static BlockKernel of(ModelSpec spec) {
        return spec.block() == Block.REGULARIZED_RELU ? new RegularizedReluKernel(spec) : new NeuronKernel(spec);
    }

    /** Called once per evaluation, before any forward pass, to precompute per-particle quantities. */
    void prepare(double[] theta) {
    }

    /**
     * z_{l+1} = z_l + 1/(L·M) Σ_m f(z_l; θ_{l,m}): reads z_l at {@code z[at .. at+D)} and writes z_{l+1}
     * right after it, at {@code z[at+D .. at+2D)}.
     *
     * @param sum scratch of length D
     */
    abstract void forward(double[] theta, int layer, double[] z, int at, double[] sum);

    /**
     * One adjoint step. On entry {@code p} holds p_{l+1}; on exit p_l = p_{l+1} + 1/(L·M) Σ_m J_z fᵀ p_{l+1}.
     * Adds J_θ f(z_l; θ_{l,m})ᵀ p_{l+1} to {@code gradient} at the slot of each particle (l, m), in the
     * kernel's own coordinates (see {@link #finishGradient}).
     *
     * @param sum scratch of length D
     */
    abstract void backward(double[] theta, int layer, double[] z, int at, double[] p, double[] gradient, double[] sum);

    /**
     * Turns the summed gradient of layer {@code layer}, accumulated by {@link #backward}, into the gradient
     * with respect to θ itself. The identity except where θ is reparametrised.
     */
    void finishGradient(double[] theta, int layer, double[] gradient) {
    }
}
