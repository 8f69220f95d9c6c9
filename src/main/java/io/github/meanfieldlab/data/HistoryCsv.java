package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.FlowHistory;
import java.io.IOException;
import java.io.Writer;

/**
 * Loss history files: one column per {@link FlowHistory.Column}, in its order and under its CSV name (the one list a
 * reader of these files should follow too), one row per evaluated state.
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /** Writes every row, full precision; NaN (no value) is written as an empty field. */
    public static void write(FlowHistory history, Writer out) throws IOException {
        out.write(String.join(",", FlowHistory.COLUMNS) + "\n");
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < history.size(); r++) {
            line.setLength(0);
            line.append(history.step(r));
            for (int c = 1; c < FlowHistory.COLUMNS.length; c++) {
                double v = history.get(c, r);
                line.append(',');
                if (!Double.isNaN(v)) {
                    line.append(v);
                }
            }
            out.write(line.append('\n').toString());
        }
    }
}
