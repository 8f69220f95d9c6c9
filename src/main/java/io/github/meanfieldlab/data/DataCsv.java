package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.SizeLimits;
import io.github.meanfieldlab.core.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;

/** Data files of MODEL.md: header {@code x1,…,xd,y}, one sample per row. */
public final class DataCsv {
    private DataCsv() {
    }

    /** Reads and validates a data file. */
    public static Dataset read(Path file) {
        return of(CsvTable.read(file, SizeLimits.MAX_SAMPLES, DataCsv::checkHeader),
                UserText.path(file.getFileName() == null ? file : file.getFileName()));
    }

    /**
     * As {@link #read(Path)}, from {@code in} (an entry of a session file), which this closes; {@code source} names
     * it in messages (printable, see {@link UserText}) and {@code name} is the dataset's name.
     */
    public static Dataset read(String source, InputStream in, String name) {
        return of(CsvTable.read(source, in, SizeLimits.MAX_SAMPLES, DataCsv::checkHeader, CsvTable.EmptyField.REFUSED),
                name);
    }

    private static Dataset of(CsvTable t, String name) {
        int d = t.header.length - 1;
        double[] x = new double[t.rows() * d];
        double[] y = new double[t.rows()];
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = t.get(i, j);
            }
            y[i] = t.get(i, d);
        }
        return new Dataset(name, d, x, y);
    }

    private static void checkHeader(String source, int line, String[] header) {
        String where = source + ", line " + line;
        if (header.length < 2) {
            throw new InputException(where + ": the header has " + header.length
                    + " column; expected x1,…,xd,y with d >= 1, separated by commas");
        }
        int d = header.length - 1;
        if (d > SizeLimits.MAX_DATA_DIMENSION) {
            throw new InputException(where + ": " + d + " input columns; allowed: at most "
                    + SizeLimits.MAX_DATA_DIMENSION + " (the largest state dimension D, and D >= d)");
        }
        for (int c = 0; c <= d; c++) {
            String expected = c < d ? "x" + (c + 1) : "y";
            if (!header[c].equals(expected)) {
                throw new InputException(where + ", column " + (c + 1) + ": header " + UserText.quote(header[c])
                        + ", expected '" + expected + "' (a data file's header is x1,…,xd,y)");
            }
        }
    }

    /** Writes {@code data} in the same format, full precision. */
    public static void write(Dataset data, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int j = 1; j <= data.dimension(); j++) {
            line.append('x').append(j).append(',');
        }
        out.write(line.append("y\n").toString());
        for (int i = 0; i < data.size(); i++) {
            line.setLength(0);
            for (int j = 0; j < data.dimension(); j++) {
                line.append(data.x(i, j)).append(',');
            }
            out.write(line.append(data.y(i)).append('\n').toString());
        }
    }
}
