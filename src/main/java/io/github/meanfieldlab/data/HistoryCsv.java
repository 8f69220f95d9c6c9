package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loss history files: one column per {@link FlowHistory.Column}, in its order and under its CSV name (the one list a
 * reader of these files should follow too), one row per evaluated state.
 */
public final class HistoryCsv {
    /** Longer histories are refused as absurd: a run of this many steps would take days. */
    public static final int MAX_ROWS = 50_000_000;

    private HistoryCsv() {
    }

    /**
     * Reads a history written by {@link #write} from {@code file} (a figure bundle's), as {@link #read(String,
     * InputStream)} reads one.
     *
     * @throws InputException naming the file, the line and the column of what is wrong
     */
    public static FlowHistory read(Path file) {
        Columns columns = new Columns();
        return columns.rows(CsvTable.read(file, MAX_ROWS, columns, CsvTable.EmptyField.NO_VALUE));
    }

    /**
     * Reads a history written by {@link #write} from {@code in} (an entry of a session file), which this closes;
     * {@code source} names it in messages (printable, see {@link io.github.meanfieldlab.core.UserText}). Columns
     * are found by their header names, so a file with more columns than {@link FlowHistory#COLUMNS} (written by a
     * later version), or in another order, reads; the extra ones are not kept. An empty field is "no value"
     * (NaN), as {@link #write} writes it.
     */
    public static FlowHistory read(String source, InputStream in) {
        Columns columns = new Columns();
        return columns.rows(CsvTable.read(source, in, MAX_ROWS, columns, CsvTable.EmptyField.NO_VALUE));
    }

    /** Where each of {@link FlowHistory#COLUMNS} is in a file, found by its header name. */
    private static final class Columns implements CsvTable.HeaderCheck {
        private final int[] at = new int[FlowHistory.COLUMNS.length];

        @Override
        public void check(String where, int line, String[] header) {
            List<String> names = Arrays.asList(header);
            for (int c = 0; c < at.length; c++) {
                at[c] = names.indexOf(FlowHistory.COLUMNS[c]);
                if (at[c] < 0) {
                    throw new InputException(where + ", line " + line + ": no column '" + FlowHistory.COLUMNS[c]
                            + "'; a history has the columns " + String.join(",", FlowHistory.COLUMNS));
                }
                if (names.lastIndexOf(FlowHistory.COLUMNS[c]) != at[c]) {
                    throw new InputException(where + ", line " + line + ": column '" + FlowHistory.COLUMNS[c]
                            + "' appears twice");
                }
            }
        }

        FlowHistory rows(CsvTable t) {
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
