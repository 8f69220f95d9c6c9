package io.github.meanfieldlab.core;

/**
 * Bad input from a file or a setting, with a message that names where: file, line, column or field, and
 * what is allowed. The command line prints it as it is; the app shows it without touching the current run.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
