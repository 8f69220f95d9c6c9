package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric CSV file read strictly: a header, then rows of finite numbers with as many fields as the header.
 * Every problem is reported with the file, the line and the column. Blank lines are skipped.
 */
final class CsvTable {
    /** Larger files are refused rather than exhausting memory; far above any dataset the app can train on. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    /** Names the table in messages: a file, or an entry of a session archive. */
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

    static CsvTable read(Path file, int maxRows) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(file + ": is a folder, not a CSV file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": " + size + " bytes is too large; allowed: at most " + MAX_BYTES);
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(file.toString(), in, maxRows, false);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a table from {@code in}, which the caller bounds and closes; {@code source} names it in messages.
     * An {@link IOException} of the reader (a size bound it enforces, say) is passed on. With {@code emptyIsNaN} an
     * empty field is read as NaN, "no value" (as history files write it); otherwise it is an error.
     */
    static CsvTable read(String source, Reader in, int maxRows, boolean emptyIsNaN) throws IOException {
        try {
            return parse(source, new BufferedReader(in), maxRows, emptyIsNaN);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(source + ": not a UTF-8 text file");
        }
    }

    private static CsvTable parse(String source, BufferedReader in, int maxRows, boolean emptyIsNaN) throws IOException {
        String line;
        int lineNo = 0;
        String[] header = null;
        while (header == null && (line = in.readLine()) != null) {
            lineNo++;
            line = stripBom(line, lineNo).strip();
            if (!line.isEmpty()) {
                header = line.split(",", -1);
                for (int c = 0; c < header.length; c++) {
                    header[c] = header[c].strip();
                    if (header[c].isEmpty()) {
                        throw new InputException(source + ", line " + lineNo + ", column " + (c + 1)
                                + ": empty column name in the header");
                    }
                }
            }
        }
        if (header == null) {
            throw new InputException(source + ": the file is empty; expected a header line and data rows");
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new InputException(source + ", line " + lineNo + ": more than " + maxRows
                        + " rows; allowed: at most " + maxRows);
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new InputException(source + ", line " + lineNo + ": " + fields.length + " fields, but the header has "
                        + header.length + " (" + String.join(",", header) + ")");
            }
            double[] row = new double[fields.length];
            for (int c = 0; c < fields.length; c++) {
                String f = fields[c].strip();
                String where = source + ", line " + lineNo + ", column " + (c + 1) + " (" + header[c] + ")";
                if (f.isEmpty() && emptyIsNaN) {
                    row[c] = Double.NaN;
                    continue;
                }
                if (f.isEmpty()) {
                    throw new InputException(where + ": empty field; expected a number");
                }
                try {
                    row[c] = Double.parseDouble(f);
                } catch (NumberFormatException e) {
                    throw new InputException(where + ": '" + f + "' is not a number");
                }
                if (!Double.isFinite(row[c])) {
                    throw new InputException(where + ": " + f + " is not a finite number");
                }
            }
            rows.add(row);
            lines.add(lineNo);
        }
        if (rows.isEmpty()) {
            throw new InputException(source + ": the header is there but no data rows follow");
        }
        double[] values = new double[rows.size() * header.length];
        int[] lineNumbers = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, values, r * header.length, header.length);
            lineNumbers[r] = lines.get(r);
        }
        return new CsvTable(source, header, values, lineNumbers);
    }

    private static String stripBom(String line, int lineNo) {
        return lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
