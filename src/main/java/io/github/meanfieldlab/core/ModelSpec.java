package io.github.meanfieldlab.core;

import java.util.Arrays;

/**
 * The network of MODEL.md without its parameters: block, data dimension d, state dimension D ≥ d,
 * depth L, width M, readout a, and the regularized-ReLU constants η and R. Immutable.
 */
public final class ModelSpec {
    private final Block block;
    private final int dataDimension;
    private final int stateDimension;
    private final int depth;
    private final int width;
    private final double[] readout;
    private final double eta;
    private final double bound;

    /**
     * @param readout the readout vector a of length D, or {@code null} for the default e_D
     * @throws IllegalArgumentException naming the first parameter out of its range
     */
    public ModelSpec(Block block, int dataDimension, int stateDimension, int depth, int width,
                     double[] readout, double eta, double bound) {
        if (block == null) {
            throw new IllegalArgumentException("block must be given; allowed: " + Block.allIds());
        }
        require(dataDimension >= 1, "data dimension d", dataDimension, ">= 1");
        require(stateDimension >= dataDimension, "state dimension D", stateDimension,
                ">= data dimension d = " + dataDimension);
        require(depth >= 1, "depth L", depth, ">= 1");
        require(width >= 1, "width M", width, ">= 1");
        require(eta > 0 && Double.isFinite(eta), "eta", eta, "finite and > 0");
        require(bound > 0 && Double.isFinite(bound), "bound R", bound, "finite and > 0");
        double[] a = readout == null ? unit(stateDimension) : readout.clone();
        if (a.length != stateDimension) {
            throw new IllegalArgumentException("readout a has " + a.length + " entries; it needs D = "
                    + stateDimension);
        }
        double norm = 0;
        for (double v : a) {
            require(Double.isFinite(v), "readout entry", v, "finite");
            norm += v * v;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("readout a must not be zero");
        }
        this.block = block;
        this.dataDimension = dataDimension;
        this.stateDimension = stateDimension;
        this.depth = depth;
        this.width = width;
        this.readout = a;
        this.eta = eta;
        this.bound = bound;
    }

    private static double[] unit(int D) {
        double[] a = new double[D];
        a[D - 1] = 1;
        return a;
    }

    private static void require(boolean ok, String what, double value, String range) {
        if (!ok) {
            throw new IllegalArgumentException(what + " = " + value + " is out of range; allowed: " + range);
        }
    }

    public Block block() {
        return block;
    }

    /** d, the input dimension of the data. */
    public int dataDimension() {
        return dataDimension;
    }

    /** D, the dimension of the residual state z. */
    public int stateDimension() {
        return stateDimension;
    }

    /** L, the number of layers. */
    public int depth() {
        return depth;
    }

    /** M, the number of particles per layer. */
    public int width() {
        return width;
    }

    /** The readout a (a copy). */
    public double[] readout() {
        return readout.clone();
    }

    /** a_j without copying. */
    public double readout(int j) {
        return readout[j];
    }

    public double eta() {
        return eta;
    }

    /** R, the bound of the squashed inner weights of regularized-relu. */
    public double bound() {
        return bound;
    }

    /** k, the coordinates of one particle. */
    public int parameterCount() {
        return block.parameterCount(stateDimension);
    }

    /** L·M·k, the length of the flat parameter array. */
    public int totalParameters() {
        return depth * width * parameterCount();
    }

    /** The depth t_l = l/L of layer l. */
    public double layerDepth(int l) {
        return (double) l / depth;
    }

    /** The same model with another depth and width. */
    public ModelSpec withSize(int newDepth, int newWidth) {
        return new ModelSpec(block, dataDimension, stateDimension, newDepth, newWidth, readout, eta, bound);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec s && s.block == block && s.dataDimension == dataDimension
                && s.stateDimension == stateDimension && s.depth == depth && s.width == width
                && Arrays.equals(s.readout, readout) && s.eta == eta && s.bound == bound;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {block.ordinal(), dataDimension, stateDimension, depth, width, eta, bound})
                * 31 + Arrays.hashCode(readout);
    }

    @Override
    public String toString() {
        return block.id() + " d=" + dataDimension + " D=" + stateDimension + " L=" + depth + " M=" + width;
    }
}
