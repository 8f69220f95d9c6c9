package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import picocli.CommandLine.Option;

/** {@code --threads}: one option, one default and one range for every command that runs the solver. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T", description = "Solver threads (results are identical for any T); default: ${DEFAULT-VALUE}.")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Checks the range; call before any slow work. */
    void validate() {
        if (threads < 1 || threads > 256) {
            throw new InputException("--threads " + threads + " is out of range; allowed: 1 to 256");
        }
    }

    int threads() {
        return threads;
    }
}
