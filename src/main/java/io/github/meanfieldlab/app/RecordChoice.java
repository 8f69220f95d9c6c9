package io.github.meanfieldlab.app;

import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.Pane;

/** What "Record…" asks for: the pane, the s-range and frames as {@code animate} takes them, and the look. */
public record RecordChoice(Pane pane, double from, double to, int frames, int fps, ExportSettings settings) {
}
