package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.export.ExportFormat;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format}: the file formats of every command that writes figures (their look: {@link FigureLookOptions}). */
final class ExportFormatOptions {
    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "png, svg and/or pdf; default: png.")
    private List<ExportFormat> formats = List.of(ExportFormat.PNG);

    List<ExportFormat> formats() {
        return formats;
    }
}
