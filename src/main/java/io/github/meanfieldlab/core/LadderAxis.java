package io.github.meanfieldlab.core;

/**
 * What a ladder varies: the width M, the depth L or the Euler step Δs, with the rate at which the loss gap to
 * the limit should shrink (Theorem 5.1: M^−1/2 and L^−1; Euler's method: Δs^1).
 */
public enum LadderAxis implements NamedChoice {
    WIDTH("width", "M", -0.5, "−1/2"),
    DEPTH("depth", "L", -1, "−1"),
    STEP("step", "Δs", 1, "1");

    private final String id;
    private final String symbol;
    private final double theorySlope;
    private final String theoryLabel;

    LadderAxis(String id, String symbol, double theorySlope, String theoryLabel) {
        this.id = id;
        this.symbol = symbol;
        this.theorySlope = theorySlope;
        this.theoryLabel = theoryLabel;
    }

    @Override
    public String id() {
        return id;
    }

    public static LadderAxis fromId(String id) {
        return NamedChoice.byId(LadderAxis.class, id, "ladder axis");
    }

    /** M, L or Δs. */
    public String symbol() {
        return symbol;
    }

    /** The slope of log gap against log value that the theory predicts. */
    public double theorySlope() {
        return theorySlope;
    }

    /** The predicted slope as printed: "−1/2". */
    public String theoryLabel() {
        return theoryLabel;
    }

    /** Whether the values are sizes (whole numbers), not steps. */
    public boolean isSize() {
        return this != STEP;
    }

    /** The default reference: 8 times the largest width or depth, or an eighth of the smallest step. */
    public double defaultReference(double[] values) {
        double largest = Double.NEGATIVE_INFINITY;
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : values) {
            largest = Math.max(largest, v);
            smallest = Math.min(smallest, v);
        }
        return this == STEP ? smallest / 8 : 8 * largest;
    }

    /** Whether {@code reference} lies beyond every rung, towards the limit. */
    boolean isBeyond(double reference, double value) {
        return this == STEP ? reference < value : reference > value;
    }

    /** The network of the rung at {@code value}. */
    ModelSpec spec(ModelSpec base, double value) {
        return switch (this) {
            case WIDTH -> base.withSize(base.depth(), (int) value);
            case DEPTH -> base.withSize((int) value, base.width());
            case STEP -> base;
        };
    }

    /** The Euler step of the rung at {@code value}. */
    double stepSize(double baseStep, double value) {
        return this == STEP ? value : baseStep;
    }

    /**
     * The root-mean-square distance between the particles of a rung and the reference particles they are
     * coupled to: particle (l, m) with particle (l, m) of the wider reference (widths nest), with the
     * reference particle at the same depth t = l/L (depth-continuous particles are one function of t), or
     * with the same particle (steps).
     */
    double distance(ModelSpec rung, double[] rungParticles, ModelSpec reference, double[] referenceParticles) {
        int k = rung.parameterCount();
        int depthRatio = reference.depth() / rung.depth();
        double sum = 0;
        for (int l = 0; l < rung.depth(); l++) {
            for (int m = 0; m < rung.width(); m++) {
                int a = (l * rung.width() + m) * k;
                int b = (l * depthRatio * reference.width() + m) * k;
                for (int j = 0; j < k; j++) {
                    double d = rungParticles[a + j] - referenceParticles[b + j];
                    sum += d * d;
                }
            }
        }
        return Math.sqrt(sum / ((double) rung.depth() * rung.width()));
    }
}
