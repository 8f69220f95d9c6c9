package io.github.meanfieldlab.core;

import java.util.ArrayList;
import java.util.List;

/** The residual blocks f(z; θ) of MODEL.md, with the layout of θ each one uses. */
public enum Block implements NamedChoice {
    /** u · relu(w·z + b): positively 2-homogeneous. */
    RELU("relu"),
    /** c · σ_η(Ŵz + β̂) componentwise: partially 1-homogeneous in c. */
    REGULARIZED_RELU("regularized-relu"),
    /** u · tanh(w·z + b): not homogeneous, for comparison. */
    TANH("tanh"),
    /** u · sigmoid(w·z + b): not homogeneous, for comparison. */
    SIGMOID("sigmoid"),
    /** u · softplus(w·z + b): not homogeneous, for comparison. */
    SOFTPLUS("softplus");

    private final String id;

    Block(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The block named {@code id}, or an exception listing the allowed names. */
    public static Block fromId(String id) {
        return NamedChoice.byId(Block.class, id, "block");
    }

    /** All block names, comma separated, for messages. */
    public static String allIds() {
        return NamedChoice.allIds(Block.class);
    }

    /** Number k of coordinates of one particle θ at state dimension {@code D}. */
    public int parameterCount(int D) {
        return this == REGULARIZED_RELU ? 1 + D * D + D : 2 * D + 1;
    }

    /** Number of leading coordinates that form the amplitude: {@code u} (D of them) or {@code c} (one). */
    public int amplitudeCount(int D) {
        return this == REGULARIZED_RELU ? 1 : D;
    }

    /** Coordinate names in the order of MODEL.md's particle CSV. */
    public List<String> coordinateNames(int D) {
        List<String> names = new ArrayList<>();
        if (this == REGULARIZED_RELU) {
            names.add("c");
            for (int r = 1; r <= D; r++) {
                for (int c = 1; c <= D; c++) {
                    names.add("W" + r + c);
                }
            }
            for (int r = 1; r <= D; r++) {
                names.add("beta" + r);
            }
        } else {
            for (int j = 1; j <= D; j++) {
                names.add("u" + j);
            }
            for (int j = 1; j <= D; j++) {
                names.add("w" + j);
            }
            names.add("b");
        }
        return names;
    }

    /** The scalar activation of the neuron family {@code u σ(w·z + b)}; not defined for regularized-relu. */
    Activation activation() {
        return switch (this) {
            case RELU -> Activation.RELU;
            case TANH -> Activation.TANH;
            case SIGMOID -> Activation.SIGMOID;
            case SOFTPLUS -> Activation.SOFTPLUS;
            case REGULARIZED_RELU -> throw new IllegalStateException("regularized-relu has no neuron activation");
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
