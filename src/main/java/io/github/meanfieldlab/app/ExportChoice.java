package io.github.meanfieldlab.app;

import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import java.util.List;

/** What the export dialog asks for: the figures' size, look and resolution, and the formats to write. */
public record ExportChoice(ExportSettings settings, List<ExportFormat> formats) {
    public ExportChoice {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("choose at least one format: PNG, SVG or PDF");
        }
    }

    /** What {@code figure} writes when asked for nothing else, as a PDF: a column-wide paper figure. */
    public static ExportChoice paper() {
        return new ExportChoice(ExportSettings.paper(), List.of(ExportFormat.PDF));
    }
}
