package io.github.meanfieldlab.app;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box that is not editable shows its items: each by the word {@code name} gives it. */
final class ChoiceNames {
    private ChoiceNames() {
    }

    /** Shows each item as {@code name} gives it, and an empty choice as nothing. */
    static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        };
    }
}
