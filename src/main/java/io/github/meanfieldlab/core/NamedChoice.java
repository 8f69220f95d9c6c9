package io.github.meanfieldlab.core;

import java.util.Arrays;

/** A choice with a name used in files, configurations and on the command line. */
public interface NamedChoice {
    /** The name, such as {@code regularized-relu}. */
    String id();

    /**
     * The constant of {@code type} named {@code id}.
     *
     * @param what names the kind of choice in the message, such as "block"
     * @throws IllegalArgumentException naming the unknown value and listing the allowed ones
     */
    static <E extends Enum<E> & NamedChoice> E byId(Class<E> type, String id, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " " + UserText.quote(id) + "; allowed: " + allIds(type));
    }

    /** Every name of {@code type}, comma separated, for messages and help. */
    static <E extends Enum<E> & NamedChoice> String allIds(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(NamedChoice::id).toList());
    }
}
