package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric CSV file read strictly: a header, then rows of finite numbers ({@link PlainNumber}) with as many
 * fields as the header. Every problem is reported with the file, the line and the column. Blank lines are
 * skipped; a field may be enclosed in double quotes, as spreadsheets write header names.
 */
final class CsvTable {
    /** Bytes read at most; far above any dataset the app can train on. */
    static final long MAX_BYTES = 512L * 1024 * 1024;
    /**
     * Bytes of one line at most: a particle row of the widest block (regularized-relu at D = 16, 275 numbers)
     * at full precision takes about 7 KB.
     */
    static final int MAX_LINE_BYTES = 1 << 20;

    final Path file;
    final String[] header;
    /** Row-major values, {@code header.length} per row. */
    final double[] values;
    /** The file line of each row, for messages from later checks. */
    final int[] lines;

    private CsvTable(Path file, String[] header, double[] values, int[] lines) {
        this.file = file;
        this.header = header;
        this.values = values;
        this.lines = lines;
    }

    int rows() {
        return lines.length;
    }

    double get(int row, int column) {
        return values[row * header.length + column];
    }

    /** Checks a header before any row is read, so that a wrong kind of file is named as such at once. */
    interface HeaderCheck {
        /** @throws InputException naming what is wrong with {@code header}, which is line {@code line} of {@code file} */
        void check(Path file, int line, String[] header);
    }

    static CsvTable read(Path file, int maxRows, HeaderCheck headerCheck) {
        try (TextInput in = TextInput.open(file, MAX_BYTES, MAX_LINE_BYTES)) {
            return parse(file, in, maxRows, headerCheck);
        }
    }

    private static CsvTable parse(Path file, TextInput in, int maxRows, HeaderCheck headerCheck) {
        String line;
        String[] header = null;
        while (header == null && (line = in.readLine()) != null) {
            if (!line.isBlank()) {
                header = fields(line);
                for (int c = 0; c < header.length; c++) {
                    if (header[c].isEmpty()) {
                        throw new InputException(UserText.path(file) + ", line " + in.lineNumber() + ", column " + (c + 1)
                                + ": empty column name in the header");
                    }
                }
            }
        }
        if (header == null) {
            throw new InputException(UserText.path(file) + ": the file is empty; expected a header line and data rows");
        }
        headerCheck.check(file, in.lineNumber(), header);
        List<double[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            int lineNo = in.lineNumber();
            if (rows.size() >= maxRows) {
                throw new InputException(UserText.path(file) + ", line " + lineNo + ": more than " + maxRows
                        + " rows; allowed: at most " + maxRows);
            }
            String[] fields = fields(line);
            if (fields.length != header.length) {
                throw new InputException(UserText.path(file) + ", line " + lineNo + ": " + fields.length + " fields, but the header has "
                        + header.length + " (" + UserText.excerpt(String.join(",", header)) + ")");
            }
            double[] row = new double[fields.length];
            for (int c = 0; c < fields.length; c++) {
                String where = UserText.path(file) + ", line " + lineNo + ", column " + (c + 1) + " (" + UserText.excerpt(header[c]) + ")";
                if (fields[c].isEmpty()) {
                    throw new InputException(where + ": empty field; expected a number");
                }
                try {
                    row[c] = PlainNumber.parse(fields[c]);
                } catch (NumberFormatException e) {
                    throw new InputException(where + ": " + e.getMessage());
                }
            }
            rows.add(row);
            lines.add(lineNo);
        }
        if (rows.isEmpty()) {
            throw new InputException(UserText.path(file) + ": the header is there but no data rows follow");
        }
        double[] values = new double[rows.size() * header.length];
        int[] lineNumbers = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, values, r * header.length, header.length);
            lineNumbers[r] = lines.get(r);
        }
        return new CsvTable(file, header, values, lineNumbers);
    }

    /** The comma-separated fields of {@code line}, each stripped of blanks and of one pair of enclosing quotes. */
    private static String[] fields(String line) {
        String[] fields = line.split(",", -1);
        for (int c = 0; c < fields.length; c++) {
            String f = fields[c].strip();
            if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
                f = f.substring(1, f.length() - 1).strip();
            }
            fields[c] = f;
        }
        return fields;
    }
}
