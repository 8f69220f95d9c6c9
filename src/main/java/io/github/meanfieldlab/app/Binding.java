package io.github.meanfieldlab.app;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * Binds a control's value to one part of a larger value, both ways: the part follows the whole, and a new part
 * makes a new whole. Like JavaFX's bidirectional bindings it needs no guard against re-entry: a round trip
 * brings back an equal value, and a property does not report a change to an equal value.
 */
final class Binding {
    private Binding() {
    }

    /**
     * Binds {@code part} to {@code get(whole)}; a non-null value written into {@code part} sets {@code whole} to
     * {@code with(whole, part)}.
     */
    static <W, T> void bindPart(Property<W> whole, Property<T> part, Function<W, T> get, BiFunction<W, T, W> with) {
        part.setValue(get.apply(whole.getValue()));
        whole.addListener((obs, was, now) -> part.setValue(get.apply(now)));
        part.addListener((obs, was, now) -> {
            if (now != null) {
                whole.setValue(with.apply(whole.getValue(), now));
            }
        });
    }
}
