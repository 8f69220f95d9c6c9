package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;

/** Data files of MODEL.md: header {@code x1,…,xd,y}, one sample per row. */
public final class DataCsv {
    /** More samples than this would not train at interactive speed; refused as an absurd size. */
    public static final int MAX_SAMPLES = 1_000_000;
    /** Input dimensions above this are refused; the app's views are made for small d. */
    public static final int MAX_DIMENSION = 64;

    private DataCsv() {
    }

    /** Reads and validates a data file. */
    public static Dataset read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return of(CsvTable.read(file, MAX_SAMPLES), name);
    }

    /**
     * As {@link #read(Path)}, from a reader the caller bounds and closes; {@code source} names it in messages,
     * {@code name} is the dataset's name.
     */
    public static Dataset read(String source, Reader in, String name) throws IOException {
        return of(CsvTable.read(source, in, MAX_SAMPLES, false), name);
    }

    private static Dataset of(CsvTable t, String name) {
        String file = t.source;
        int columns = t.header.length;
        if (columns < 2) {
            throw new InputException(file + ", line 1: the header has " + columns
                    + " column; expected x1,…,xd,y with d >= 1");
        }
        int d = columns - 1;
        if (d > MAX_DIMENSION) {
            throw new InputException(file + ", line 1: " + d + " input columns; allowed: at most " + MAX_DIMENSION);
        }
        for (int c = 0; c < d; c++) {
            expectName(t, c, "x" + (c + 1));
        }
        expectName(t, d, "y");
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

    private static void expectName(CsvTable t, int column, String expected) {
        if (!t.header[column].equals(expected)) {
            throw new InputException(t.source + ", line 1, column " + (column + 1) + ": header '" + t.header[column]
                    + "', expected '" + expected + "' (a data file's header is x1,…,xd,y)");
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
