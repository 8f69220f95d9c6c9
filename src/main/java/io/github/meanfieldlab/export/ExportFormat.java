package io.github.meanfieldlab.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a figure can be written to, each named by its file extension. */
public enum ExportFormat {
    /** A raster image, drawn at the requested size times a scale factor. */
    PNG("png"),
    /** Scalable vector graphics (JFreeSVG). */
    SVG("svg"),
    /** A one-page PDF (OrsonPDF). */
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** The format {@code file}'s extension names (in any case), or an exception naming the file and the allowed ones. */
    public static ExportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        String what = dot < 0 ? "has no extension" : "has the unknown extension '." + ext + "'";
        throw new IllegalArgumentException("cannot write figure to " + file + ": it " + what + "; allowed: "
                + allowed());
    }

    /** ".png, .svg, .pdf". */
    public static String allowed() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }
}
