package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.FigureExporter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --width}, {@code --height}, {@code --scale}: how every command that draws figures writes them. */
final class FigureFormatOptions {
    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "png, svg and/or pdf; default: png.")
    private List<ExportFormat> formats = List.of(ExportFormat.PNG);

    @Option(names = "--width", paramLabel = "W", description = "Figure width in points (pixels at scale 1); default: ${DEFAULT-VALUE}.")
    private double width = 800;

    @Option(names = "--height", paramLabel = "H", description = "Figure height in points; default: ${DEFAULT-VALUE}.")
    private double height = 500;

    @Option(names = "--scale", paramLabel = "X", description = "PNG pixels per point (2 for print); default: ${DEFAULT-VALUE}.")
    private double scale = 2;

    List<ExportFormat> formats() {
        return formats;
    }

    /** The exporter of these sizes; checks them, so call it before any slow work. */
    FigureExporter exporter() {
        try {
            return new FigureExporter(width, height, scale);
        } catch (IllegalArgumentException e) {
            throw new InputException("--width/--height/--scale: " + e.getMessage());
        }
    }
}
