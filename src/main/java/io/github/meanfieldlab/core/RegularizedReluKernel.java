package io.github.meanfieldlab.core;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;

/**
 * f(z; c, W, β) = c · σ_η(Ŵz + β̂) componentwise, with Ŵ, β̂ the bounded weights of {@link BoundedWeights}.
 * θ = (c, W11, W12, …, WDD, β1..βD), W row-major.
 *
 * <p>σ_η is written out in the loops rather than called (see {@link BlockKernel} on vectors and calls), in the
 * form {@link Activation} computes it on one number.
 *
 * <p>Ŵ and β̂ are computed once per evaluation in {@link #prepare}; the backward pass accumulates the
 * gradient with respect to (c, Ŵ, β̂), summed over samples, and {@link #finishGradient} applies the chain
 * rule through the squashing once per particle instead of once per sample.
 */
final class RegularizedReluKernel extends BlockKernel {
    private final double eta;
    /** 1/(2η), the slope of σ_η' on (−η, η). */
    private final double halfOverEta;
    private final double bound;
    /** Ŵ, β̂ of every particle, (D² + D) values each. */
    private final double[] bounded;
    private final int boundedCount;

    RegularizedReluKernel(ModelSpec spec) {
        super(spec);
        this.eta = spec.eta();
        this.halfOverEta = 0.5 / eta;
        this.bound = spec.bound();
        int D = spec.stateDimension();
        this.boundedCount = D * D + D;
        this.bounded = new double[spec.depth() * spec.width() * boundedCount];
    }

    /**
     * Per row r of f, forward: Ŵ_r·z + β̂_r, 2D; σ_η, 3 (s + η, t·t, times 1/(4η)); times c and added, 2.
     * Backward: Ŵ_r·z + β̂_r, 2D; σ_η, 3; σ_η', 1 (t shares its s + η); σ_η·p added to ∂/∂c, 2; c σ_η' p, 2;
     * the gradient of Ŵ_r and the adjoint sum, 2D each; the gradient of β̂_r, 1. D rows: D(8D + 14), 114 at
     * D = 3. The squashing is per particle, not per update, and is not counted.
     */
    static double flopsPerUpdate(int D) {
        return D * (8.0 * D + 14);
    }

    @Override
    void prepare(double[] theta) {
        final int D = stateDimension;
        int particles = bounded.length / boundedCount;
        for (int q = 0; q < particles; q++) {
            int off = q * parameterCount;
            int hat = q * boundedCount;
            BoundedWeights.squash(theta, off + 1, D * D, bound, bounded, hat);
            BoundedWeights.squash(theta, off + 1 + D * D, D, bound, bounded, hat + D * D);
        }
    }

    @Override
    void forward(double[] theta, int layer, double[] z, int at, Workspace work) {
        final int D = stateDimension;
        double[] sum = work.sum;
        Arrays.fill(sum, 0, D * LANES, 0.0);
        for (int h = 0; h < LANES; h += VECTOR_LENGTH) {
            int off = layer * width * parameterCount;
            int hat = layer * width * boundedCount;
            for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
                double c = theta[off];
                for (int r = 0, q = h; r < D; r++, q += LANES) {
                    DoubleVector s = DoubleVector.broadcast(SPECIES, bounded[hat + D * D + r]);
                    for (int col = 0; col < D; col++) {
                        s = s.add(DoubleVector.fromArray(SPECIES, z, at + col * LANES + h).mul(bounded[hat + r * D + col]));
                    }
                    // σ_η(s) written out as Activation.regularizedRelu(s, η) computes it, operation for operation
                    DoubleVector t = s.add(eta);
                    DoubleVector u = t.add(t.abs()).mul(0.5);
                    DoubleVector d = u.mul(halfOverEta).min(1.0);
                    DoubleVector.fromArray(SPECIES, sum, q).add(d.mul(u.sub(d.mul(eta))).mul(c)).intoArray(sum, q);
                }
            }
        }
        addResidual(z, at, sum);
    }

    @Override
    void backward(double[] theta, int layer, double[] z, int at, int stride, int groups, double[] p,
            double[] gradient, Workspace work) {
        final int D = stateDimension;
        final int n = D * LANES;
        double[] adjoint = work.adjointSum;
        double[] partial = work.partial;
        Arrays.fill(adjoint, 0, groups * n, 0.0);
        int off = layer * width * parameterCount;
        int hat = layer * width * boundedCount;
        for (int m = 0; m < width; m++, off += parameterCount, hat += boundedCount) {
            double c = theta[off];
            Arrays.fill(partial, 0, parameterCount * LANES, 0.0);
            for (int h = 0; h < LANES; h += VECTOR_LENGTH) {
                for (int g = 0, zg = at + h, pg = h; g < groups; g++, zg += stride, pg += n) {
                    for (int r = 0; r < D; r++) {
                        DoubleVector s = DoubleVector.broadcast(SPECIES, bounded[hat + D * D + r]);
                        for (int col = 0; col < D; col++) {
                            s = s.add(DoubleVector.fromArray(SPECIES, z, zg + col * LANES).mul(bounded[hat + r * D + col]));
                        }
                        DoubleVector pr = DoubleVector.fromArray(SPECIES, p, pg + r * LANES);
                        // d = σ_η'(s) and σ_η(s) = d (u − η d), as in Activation.regularizedRelu(s, η)
                        DoubleVector t = s.add(eta);
                        DoubleVector u = t.add(t.abs()).mul(0.5);
                        DoubleVector d = u.mul(halfOverEta).min(1.0);
                        // ∂/∂c: σ_η(s_r) p_r
                        DoubleVector.fromArray(SPECIES, partial, h).add(d.mul(u.sub(d.mul(eta))).mul(pr)).intoArray(partial, h);
                        DoubleVector q = d.mul(c).mul(pr);                                   // c σ_η'(s_r) p_r
                        for (int col = 0; col < D; col++) {
                            // ∂/∂Ŵ_rc: q z_c; J_zᵀp: q Ŵ_rc
                            int dw = (1 + r * D + col) * LANES + h;
                            int pc = pg + col * LANES;
                            DoubleVector.fromArray(SPECIES, partial, dw)
                                    .add(q.mul(DoubleVector.fromArray(SPECIES, z, zg + col * LANES))).intoArray(partial, dw);
                            DoubleVector.fromArray(SPECIES, adjoint, pc)
                                    .add(q.mul(bounded[hat + r * D + col])).intoArray(adjoint, pc);
                        }
                        int dbeta = (1 + D * D + r) * LANES + h;                                // ∂/∂β̂_r: q
                        DoubleVector.fromArray(SPECIES, partial, dbeta).add(q).intoArray(partial, dbeta);
                    }
                }
            }
            addLaneSums(partial, gradient, off);
        }
        addAdjoint(p, adjoint, groups);
    }

    @Override
    void finishGradient(double[] theta, int layer, double[] gradient) {
        final int D = stateDimension;
        int off = layer * width * parameterCount;
        for (int m = 0; m < width; m++, off += parameterCount) {
            BoundedWeights.pullBack(theta, gradient, off + 1, D * D, bound);
            BoundedWeights.pullBack(theta, gradient, off + 1 + D * D, D, bound);
        }
    }
}
