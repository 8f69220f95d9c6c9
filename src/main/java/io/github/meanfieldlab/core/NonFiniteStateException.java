package io.github.meanfieldlab.core;

/** A step produced NaN or infinity; the flow it came from was restored to its last finite state. */
public final class NonFiniteStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NonFiniteStateException(String message) {
        super(message);
    }
}
