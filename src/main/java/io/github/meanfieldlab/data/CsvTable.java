package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A numeric CSV file read strictly: a header, then rows of finite numbers ({@link PlainNumber}) with as many
 * fields as the header. Every problem is reported with the file, the line and the column. Blank lines are
 * skipped; a field may be enclosed in double quotes, as spreadsheets write header names.
 */
final class CsvTable {
    /**
     * Bytes read at most, so that no device or pipe is read for ever. Far above the largest file a run writes:
     * with the default heap on a 24 GiB machine a run holds at most about 10⁸ parameters, a 3 GB particle file.
     */
    static final long MAX_BYTES = 8L << 30;
    /**
     * Heap bytes per number read allowed: 8 for the number, 8 more while the array grows, and room to spare,
     * so that a file that fits is read and one that would not is refused instead of exhausting the heap.
     */
    private static final long HEAP_PER_VALUE = 40;
    /**
     * Bytes of one line at most: a particle row of the widest block (regularized-relu at D = 16, 275 numbers)
     * at full precision takes about 7 KB.
     */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** Names the table in messages: a file, or an entry of a session archive (printable, see {@link UserText}). */
    final String source;
    final String[] header;
    /** Row-major values, {@code header.length} per row. */
    final double[] values;
    /** The file line of each row, for messages from later checks. */
    final int[] lines;

    private CsvTable(String source, String[] header, double[] values, int[] lines) {
        this.source = source;
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
        /** @throws InputException naming what is wrong with {@code header}, line {@code line} of {@code source} */
        void check(String source, int line, String[] header);
    }

    /** What an empty field means. */
    enum EmptyField {
        /** An error: every field holds a number. */
        REFUSED,
        /** NaN, "no value in this row", as history files write it. */
        NO_VALUE
    }

    static CsvTable read(Path file, int maxRows, HeaderCheck headerCheck) {
        return read(file, maxRows, headerCheck, EmptyField.REFUSED);
    }

    static CsvTable read(Path file, int maxRows, HeaderCheck headerCheck, EmptyField empty) {
        try (TextInput in = TextInput.open(file, MAX_BYTES, MAX_LINE_BYTES)) {
            return parse(in, maxRows, headerCheck, empty);
        }
    }

    /**
     * Reads a table from {@code stream} (an entry of a session file, say), within the same bounds as a file, and
     * closes it; {@code source} names it in messages and must be printable ({@link UserText}).
     */
    static CsvTable read(String source, InputStream stream, int maxRows, HeaderCheck headerCheck, EmptyField empty) {
        try (TextInput in = TextInput.of(source, stream, MAX_BYTES, MAX_LINE_BYTES)) {
            return parse(in, maxRows, headerCheck, empty);
        }
    }

    private static CsvTable parse(TextInput in, int maxRows, HeaderCheck headerCheck, EmptyField empty) {
        String source = in.source();
        String line;
        String[] header = null;
        while (header == null && (line = in.readLine()) != null) {
            if (!line.isBlank()) {
                header = fields(line);
                for (int c = 0; c < header.length; c++) {
                    if (header[c].isEmpty()) {
                        throw new InputException(source + ", line " + in.lineNumber() + ", column " + (c + 1)
                                + ": empty column name in the header");
                    }
                }
            }
        }
        if (header == null) {
            throw new InputException(source + ": the file is empty; expected a header line and data rows");
        }
        headerCheck.check(source, in.lineNumber(), header);
        int columns = header.length;
        long maxValues = Math.min(Math.min((long) maxRows * columns, Runtime.getRuntime().maxMemory() / HEAP_PER_VALUE),
                Integer.MAX_VALUE - 8);
        double[] values = new double[Math.max(columns, 1024 - 1024 % columns)];
        int[] lines = new int[values.length / columns];
        int rows = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            int lineNo = in.lineNumber();
            if (rows >= maxRows) {
                throw new InputException(source + ", line " + lineNo + ": more than " + maxRows
                        + " rows; allowed: at most " + maxRows);
            }
            if ((long) (rows + 1) * columns > maxValues) {
                throw new InputException(source + ", line " + lineNo + ": more than " + maxValues
                        + " numbers, as many as this Java process has room for (run Java with a larger -Xmx)");
            }
            String[] fields = fields(line);
            if (fields.length != columns) {
                throw new InputException(source + ", line " + lineNo + ": " + fields.length
                        + " fields, but the header has " + columns + " (" + UserText.excerpt(String.join(",", header)) + ")");
            }
            if (rows == lines.length) {
                int capacity = (int) Math.min(2L * rows, maxValues / columns);
                values = Arrays.copyOf(values, capacity * columns);
                lines = Arrays.copyOf(lines, capacity);
            }
            for (int c = 0; c < columns; c++) {
                values[rows * columns + c] = number(fields[c], empty, source, lineNo, c, header[c]);
            }
            lines[rows++] = lineNo;
        }
        if (rows == 0) {
            throw new InputException(source + ": the header is there but no data rows follow");
        }
        values = Arrays.copyOf(values, rows * columns);
        int[] lineNumbers = Arrays.copyOf(lines, rows);
        return new CsvTable(source, header, values, lineNumbers);
    }

    /** The number in a field, or an error naming the file, line, column and column name. */
    private static double number(String field, EmptyField empty, String source, int line, int column, String name) {
        try {
            if (!field.isEmpty()) {
                return PlainNumber.parse(field);
            }
        } catch (NumberFormatException e) {
            throw new InputException(where(source, line, column, name) + ": " + e.getMessage());
        }
        if (empty == EmptyField.NO_VALUE) {
            return Double.NaN;
        }
        throw new InputException(where(source, line, column, name) + ": empty field; expected a number");
    }

    private static String where(String source, int line, int column, String name) {
        return source + ", line " + line + ", column " + (column + 1) + " (" + UserText.excerpt(name) + ")";
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
