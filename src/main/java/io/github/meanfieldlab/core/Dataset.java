package io.github.meanfieldlab.core;

/** Training samples (x_i, y_i), x_i ∈ R^d, y_i ∈ R, stored row-major. Immutable. */
public final class Dataset {
    private final String name;
    private final int dimension;
    private final double[] inputs;
    private final double[] targets;

    /**
     * @param inputs row-major N×d inputs, copied
     * @param targets N targets, copied
     */
    public Dataset(String name, int dimension, double[] inputs, double[] targets) {
        if (dimension < 1) {
            throw new IllegalArgumentException("data dimension must be >= 1, got " + dimension);
        }
        if (targets.length == 0) {
            throw new IllegalArgumentException("a dataset needs at least one sample");
        }
        if (inputs.length != targets.length * dimension) {
            throw new IllegalArgumentException("inputs hold " + inputs.length + " values; " + targets.length
                    + " samples of dimension " + dimension + " need " + targets.length * dimension);
        }
        for (int i = 0; i < inputs.length; i++) {
            if (!Double.isFinite(inputs[i])) {
                throw new IllegalArgumentException("input x" + (i % dimension + 1) + " of sample " + (i / dimension + 1)
                        + " is not finite: " + inputs[i]);
            }
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("target y of sample " + (i + 1) + " is not finite: " + targets[i]);
            }
        }
        this.name = name;
        this.dimension = dimension;
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    public String name() {
        return name;
    }

    /** N. */
    public int size() {
        return targets.length;
    }

    /** d. */
    public int dimension() {
        return dimension;
    }

    /** x_i, coordinate j (both from 0). */
    public double x(int i, int j) {
        return inputs[i * dimension + j];
    }

    /** y_i. */
    public double y(int i) {
        return targets[i];
    }

    /** All inputs, row-major (a copy). */
    public double[] inputs() {
        return inputs.clone();
    }

    /** All targets (a copy). */
    public double[] targets() {
        return targets.clone();
    }

    /** Whether every label is −1 or +1, so that accuracy is meaningful. */
    public boolean hasSignLabels() {
        for (double y : targets) {
            if (y != 1 && y != -1) {
                return false;
            }
        }
        return true;
    }

    /** The embedding z_0(x) = (x, 0, …, 0) ∈ R^D of all samples, row-major N×D. */
    public double[] embed(int stateDimension) {
        if (stateDimension < dimension) {
            throw new IllegalArgumentException("state dimension D = " + stateDimension
                    + " is smaller than the data dimension d = " + dimension);
        }
        double[] z = new double[size() * stateDimension];
        for (int i = 0; i < size(); i++) {
            System.arraycopy(inputs, i * dimension, z, i * stateDimension, dimension);
        }
        return z;
    }
}
