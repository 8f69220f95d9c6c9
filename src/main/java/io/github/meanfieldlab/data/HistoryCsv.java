package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/** Loss history files: {@code step,time,loss,dissipation,fidelity,accuracy,second_moment,max_speed}. */
public final class HistoryCsv {
    /** Longer histories are refused as absurd: a run of this many steps would take days. */
    public static final int MAX_ROWS = 50_000_000;

    private HistoryCsv() {
    }

    /**
     * Reads a history written by {@link #write}. Columns are found by their header names, so a file with more
     * columns than {@link FlowHistory#COLUMNS} (written by a later version) reads; the extra ones are not kept.
     * An empty field is "no value" (NaN). {@code in} is bounded and closed by the caller; {@code source} names it.
     */
    public static FlowHistory read(String source, Reader in) throws IOException {
        CsvTable t = CsvTable.read(source, in, MAX_ROWS, true);
        List<String> header = Arrays.asList(t.header);
        int[] at = new int[FlowHistory.COLUMNS.length];
        for (int c = 0; c < at.length; c++) {
            at[c] = header.indexOf(FlowHistory.COLUMNS[c]);
            if (at[c] < 0) {
                throw new InputException(source + ", line 1: no column '" + FlowHistory.COLUMNS[c]
                        + "'; a history has the columns " + String.join(",", FlowHistory.COLUMNS));
            }
            if (header.lastIndexOf(FlowHistory.COLUMNS[c]) != at[c]) {
                throw new InputException(source + ", line 1: column '" + FlowHistory.COLUMNS[c] + "' appears twice");
            }
        }
        FlowHistory.Recorder recorder = new FlowHistory.Recorder();
        double[] row = new double[at.length];
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < at.length; c++) {
                row[c] = t.get(r, at[c]);
            }
            recorder.appendRow(row);
        }
        return recorder.view();
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
