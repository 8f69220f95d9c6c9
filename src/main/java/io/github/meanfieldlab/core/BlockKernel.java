package io.github.meanfieldlab.core;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The arithmetic of one block family at one layer: the forward residual update and the adjoint step of
 * MODEL.md. This is the only place where f(z; θ) and its Jacobians are evaluated; the evaluator only orders
 * the loops around it.
 *
 * <p>The fast path. Samples come in groups of {@link #LANES}, stored lane by lane ({@code [j·LANES + r]} for
 * coordinate j of lane r), and each lane is a lane of a SIMD vector (the JDK's Vector API), so one instruction
 * advances up to eight samples through the same particle. The forward pass runs group by group with the
 * particles inside; the backward pass runs particle by particle with all groups of a block inside, so that each
 * particle's gradient is summed per lane over the whole block and added across lanes once, in a fixed order,
 * instead of once per group. Each lane is computed exactly as one sample would be, and the order of every sum
 * is fixed by the data alone: neither the thread count nor the processor's vector width (2, 4 or 8 doubles,
 * {@link #SPECIES}) changes a bit of the result.
 *
 * <p>The kernels call the Vector API directly in their loops: a vector handed to or returned from a method that
 * the compiler does not inline is allocated on the heap, and whether it inlines a method depends on its
 * profile, so a helper taking vectors made the step loop allocate in some runs and not in others.
 *
 * <p>The pre-activations of a particle are recomputed in the backward pass instead of being stored: memory
 * stays O(N·L·D + L·M·k) and never holds an N×L×M array.
 */
abstract class BlockKernel {
    /** Samples per group: the widest vector of doubles on current processors (AVX-512). */
    static final int LANES = 8;

    /**
     * The widest vector of doubles the processor computes natively, at most {@link #LANES} wide: a group is then
     * one or more whole vectors. Wider species than the hardware's run as slow Java code, never faster. It is a
     * constant, as the Vector API needs for the compiler to turn its operations into instructions.
     */
    static final VectorSpecies<Double> SPECIES = widestNative();
    /** Lanes per vector: a group is LANES / VECTOR_LENGTH vectors side by side. */
    static final int VECTOR_LENGTH = SPECIES.length();

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

    private static VectorSpecies<Double> widestNative() {
        int lanes = Math.min(LANES, DoubleVector.SPECIES_PREFERRED.length());
        int powerOfTwo = Integer.highestOneBit(lanes);
        return VectorSpecies.of(double.class, VectorShape.forBitSize(powerOfTwo * Double.SIZE));
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

    /** Working arrays for up to {@code groups} groups; each thread, or each block of samples, needs its own. */
    Workspace workspace(int groups) {
        return new Workspace(stateDimension, parameterCount, groups);
    }

    /**
     * z_{l+1} = z_l + 1/(L·M) Σ_m f(z_l; θ_{l,m}) for one group's lanes: reads z_l at
     * {@code z[at .. at + D·LANES)} and writes z_{l+1} right after it.
     */
    abstract void forward(double[] theta, int layer, double[] z, int at, Workspace work);

    /**
     * One adjoint step for {@code groups} consecutive groups, whose z_l start at {@code at}, {@code stride}
     * apart. On entry {@code p} holds p_{l+1} of the groups, D·LANES values each from index 0; on exit
     * p_l = p_{l+1} + 1/(L·M) Σ_m J_z fᵀ p_{l+1}. Adds Σ_samples J_θ f(z_l; θ_{l,m})ᵀ p_{l+1} to
     * {@code gradient} at the slot of each particle (l, m), in the kernel's own coordinates (see
     * {@link #finishGradient}). A lane whose p_{l+1} is zero adds nothing, which is how a group pads a block's
     * last samples.
     */
    abstract void backward(double[] theta, int layer, double[] z, int at, int stride, int groups, double[] p,
            double[] gradient, Workspace work);

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

    /** p_l = p_{l+1} + 1/(L·M)·sum for every coordinate and lane of {@code groups} groups. */
    final void addAdjoint(double[] p, double[] sum, int groups) {
        int n = groups * stateDimension * LANES;
        for (int q = 0; q < n; q++) {
            p[q] += scale * sum[q];
        }
    }

    /**
     * Adds the per-lane partial sums of each of a particle's parameters across the lanes, always in the same
     * order, into the particle's gradient: {@code gradient[off + q] += Σ_r partial[q·LANES + r]}.
     */
    final void addLaneSums(double[] partial, double[] gradient, int off) {
        for (int q = 0, a = 0; q < parameterCount; q++, a += LANES) {
            gradient[off + q] += ((partial[a] + partial[a + 1]) + (partial[a + 2] + partial[a + 3]))
                    + ((partial[a + 4] + partial[a + 5]) + (partial[a + 6] + partial[a + 7]));
        }
    }

    /**
     * The arrays one thread writes while it runs a kernel over one block of samples. Each is padded by a cache
     * line, because arrays allocated one after the other sit next to each other: without padding, two threads
     * writing their own arrays shared cache lines, and two threads ran 1.4 times as fast as one on the large
     * preset instead of 1.95 times.
     */
    static final class Workspace {
        private static final int CACHE_LINE = 8;
        /** The adjoints p_l of every group of a block, groups·D·LANES. */
        final double[] adjoint;
        /** The forward residual sum of one group, D·LANES. */
        final double[] sum;
        /** The adjoint sums Σ_m J_z fᵀ p of every group of a block, groups·D·LANES. */
        final double[] adjointSum;
        /** One particle's gradient, per parameter and per lane, k·LANES. */
        final double[] partial;
        /** One vector's lanes, for activations evaluated lane by lane. */
        final double[] lanes;

        Workspace(int stateDimension, int parameterCount, int groups) {
            this.adjoint = new double[groups * stateDimension * LANES + CACHE_LINE];
            this.sum = new double[stateDimension * LANES + CACHE_LINE];
            this.adjointSum = new double[groups * stateDimension * LANES + CACHE_LINE];
            this.partial = new double[parameterCount * LANES + CACHE_LINE];
            this.lanes = new double[LANES + CACHE_LINE];
        }
    }
}
