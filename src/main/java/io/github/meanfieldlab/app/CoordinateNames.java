package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.ModelSpec;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The names of θ's coordinates ("u1", "w1", "b") for the running block and D, which the density and particle
 * panes offer in their coordinate choices; they change only when the block or D does, not with L, M or data.
 */
final class CoordinateNames {
    private ModelSpec spec;
    private List<String> names = List.of();

    /** Takes the names of {@code next}'s block and D; false if they are the ones held already. */
    boolean update(ModelSpec next) {
        if (spec != null && spec.block() == next.block() && spec.stateDimension() == next.stateDimension()) {
            return false;
        }
        spec = next;
        names = next.block().coordinateNames(next.stateDimension());
        return true;
    }

    /** The network the names were taken from; null before the first run. */
    ModelSpec spec() {
        return spec;
    }

    /** The coordinate indices 0 … k − 1, the items of a coordinate choice. */
    List<Integer> indices() {
        return IntStream.range(0, names.size()).boxed().toList();
    }

    /** The name of coordinate {@code j}; before the first run, "θ" and its number counted from 1. */
    String name(int j) {
        return j < names.size() ? names.get(j) : "θ" + (j + 1);
    }
}
