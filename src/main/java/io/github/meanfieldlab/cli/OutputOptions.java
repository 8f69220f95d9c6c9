package io.github.meanfieldlab.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --out} and {@code --force}: where a command writes its files, declared once for every command that writes. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into; created if missing.")
    private Path out;

    @Option(names = "--force", description = "Replace files of the same names in --out.")
    private boolean force;

    /** The folder, checked before any slow work for a command that will write {@code names} into it. */
    OutputFolder check(List<String> names) {
        OutputFolder folder = new OutputFolder(out);
        folder.check(names, force);
        return folder;
    }

    /** Whether --force was given, for a command that writes a file outside --out too. */
    boolean force() {
        return force;
    }
}
