package io.github.meanfieldlab.core;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * f(z; u, w, b) = u σ(w·z + b) for relu, tanh, sigmoid and softplus. θ = (u1..uD, w1..wD, b).
 *
 * <p>relu, the block that has to be fast, is evaluated on whole vectors ({@code s.max(0.0)} and a blend for relu');
 * the other activations lane by lane through their {@link Activation} object, so that their values are the
 * scalar ones exactly.
 */
final class NeuronKernel extends BlockKernel {
    private final Activation activation;
    private final boolean relu;

    NeuronKernel(ModelSpec spec) {
        super(spec);
        this.activation = spec.block().activation();
        this.relu = spec.block() == Block.RELU;
    }

    /**
     * Forward: w·z + b and the D terms σ(s)·u added to the sum, 2D + 2D. Backward: w·z + b and u·p, 2D + 2D;
     * relu'(s)·(u·p), a selection, none; the gradient of u (σ(s)·p summed), of w (q·z summed) and the adjoint
     * sum q·w, 2D each, and of b, 1; adding the lanes, (2D + 1)/LANES, not counted. Total 14D + 1, 43 at D = 3;
     * tanh, sigmoid and softplus count their σ and σ' as if they were relu's.
     */
    static double flopsPerUpdate(int D) {
        return 14.0 * D + 1;
    }

    @Override
    void forward(double[] theta, int layer, double[] z, int at, Workspace work) {
        final int D = stateDimension;
        final int k = parameterCount;
        double[] sum = work.sum;
        Arrays.fill(sum, 0, D * LANES, 0.0);
        for (int h = 0; h < LANES; h += VECTOR_LENGTH) {
            for (int m = 0, off = layer * width * k; m < width; m++, off += k) {
                DoubleVector s = DoubleVector.broadcast(SPECIES, theta[off + 2 * D]);
                for (int j = 0; j < D; j++) {
                    s = s.add(DoubleVector.fromArray(SPECIES, z, at + j * LANES + h).mul(theta[off + D + j]));
                }
                DoubleVector a = relu ? s.max(0.0) : activateByLane(s, work.lanes, false);
                for (int j = 0, q = h; j < D; j++, q += LANES) {
                    DoubleVector.fromArray(SPECIES, sum, q).add(a.mul(theta[off + j])).intoArray(sum, q);
                }
            }
        }
        addResidual(z, at, sum);
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, int stride, int groups, double[] p,
            double[] gradient, Workspace work) {
        final int D = stateDimension;
        final int k = parameterCount;
        final int n = D * LANES;
        double[] adjoint = work.adjointSum;
        double[] partial = work.partial;
        Arrays.fill(adjoint, 0, groups * n, 0.0);
        for (int m = 0, off = layer * width * k; m < width; m++, off += k) {
            Arrays.fill(partial, 0, k * LANES, 0.0);
            for (int h = 0; h < LANES; h += VECTOR_LENGTH) {
                for (int g = 0, zg = at + h, pg = h; g < groups; g++, zg += stride, pg += n) {
                    DoubleVector s = DoubleVector.broadcast(SPECIES, theta[off + 2 * D]);
                    DoubleVector up = DoubleVector.zero(SPECIES);
                    for (int j = 0; j < D; j++) {
                        s = s.add(DoubleVector.fromArray(SPECIES, z, zg + j * LANES).mul(theta[off + D + j]));
                        up = up.add(DoubleVector.fromArray(SPECIES, p, pg + j * LANES).mul(theta[off + j]));
                    }
                    // a = σ(s), q = σ'(s) (u·p); relu' by a mask, without a branch on the sign of s
                    DoubleVector a = relu ? s.max(0.0) : activateByLane(s, work.lanes, false);
                    DoubleVector q = relu ? up.blend(0.0, s.compare(VectorOperators.LE, 0.0))
                            : activateByLane(s, work.lanes, true).mul(up);
                    for (int j = 0; j < D; j++) {
                        // ∂/∂u_j: σ(s) p_j; ∂/∂w_j: q z_j; J_zᵀp: q w_j
                        int pj = pg + j * LANES;
                        int du = j * LANES + h;
                        int dw = (D + j) * LANES + h;
                        DoubleVector.fromArray(SPECIES, partial, du)
                                .add(a.mul(DoubleVector.fromArray(SPECIES, p, pj))).intoArray(partial, du);
                        DoubleVector.fromArray(SPECIES, partial, dw)
                                .add(q.mul(DoubleVector.fromArray(SPECIES, z, zg + j * LANES))).intoArray(partial, dw);
                        DoubleVector.fromArray(SPECIES, adjoint, pj).add(q.mul(theta[off + D + j])).intoArray(adjoint, pj);
                    }
                    int db = 2 * D * LANES + h;                                 // ∂/∂b: q
                    DoubleVector.fromArray(SPECIES, partial, db).add(q).intoArray(partial, db);
                }
            }
            addLaneSums(partial, gradient, off);
        }
        addAdjoint(p, adjoint, groups);
    }

    /**
     * σ(s), or σ'(s), lane by lane through the scalar {@link Activation}, for the activations other than relu.
     * Kept below the size the compiler always inlines (see {@link BlockKernel} on vectors and calls); the scalar
     * work is in {@link #applyByLane}, which sees only an array.
     */
    private DoubleVector activateByLane(DoubleVector s, double[] lanes, boolean derivative) {
        s.intoArray(lanes, 0);
        applyByLane(lanes, derivative);
        return DoubleVector.fromArray(SPECIES, lanes, 0);
    }

    private void applyByLane(double[] lanes, boolean derivative) {
        for (int r = 0; r < VECTOR_LENGTH; r++) {
            lanes[r] = derivative ? activation.derivative(lanes[r]) : activation.value(lanes[r]);
        }
    }
}
