package io.github.meanfieldlab.core;

import java.util.Arrays;

/**
 * The diagnostics of a run, one row per evaluated state: step n, time s = n·Δs, loss E, dissipation I,
 * flow fidelity, accuracy, second moment and largest speed.
 *
 * <p>A recorder appends rows; {@link Recorder#view()} hands out a read-only history of the rows so far that shares
 * the arrays. That is safe because a row is never changed once written and arrays are replaced, not
 * resized in place, when they grow; a view therefore costs nothing, which lets the solver publish one
 * every frame without copying a long history.
 */
public final class FlowHistory {
    /** Column names, in the order of the history CSV. */
    public static final String[] COLUMNS = {
        "step", "time", "loss", "dissipation", "fidelity", "accuracy", "second_moment", "max_speed"
    };

    private final double[][] columns;
    private final int rows;

    private FlowHistory(double[][] columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Number of rows. */
    public int size() {
        return rows;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    public long step(int row) {
        return (long) get(0, row);
    }

    /** Pseudo-time s. */
    public double time(int row) {
        return get(1, row);
    }

    /** E. */
    public double loss(int row) {
        return get(2, row);
    }

    /** I = 1/(L·M) Σ|v|². */
    public double dissipation(int row) {
        return get(3, row);
    }

    /**
     * The flow-fidelity ratio (E_{n−1} − E_n)/(Δs·I_{n−1}) of the Euler step that led to row n: near 1 when
     * the discrete steps follow the gradient flow. NaN in row 0.
     */
    public double fidelity(int row) {
        return get(4, row);
    }

    /** Fraction of sign(g) = y, NaN unless labels are ±1. */
    public double accuracy(int row) {
        return get(5, row);
    }

    /** 1/(L·M) Σ|θ|². */
    public double secondMoment(int row) {
        return get(6, row);
    }

    /** max |v|. */
    public double maxSpeed(int row) {
        return get(7, row);
    }

    /** Value of column {@code column} (index into {@link #COLUMNS}) at {@code row}. */
    public double get(int column, int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        return columns[column][row];
    }

    /** The last row's loss, or NaN when empty. */
    public double lastLoss() {
        return rows == 0 ? Double.NaN : loss(rows - 1);
    }

    /** Appends rows; owned by one thread, the solver's. */
    public static final class Recorder {
        private double[][] columns = new double[COLUMNS.length][1024];
        private int rows;

        /** A recorder whose first rows are those of {@code past}, exactly as they are (a resumed run). */
        public static Recorder continuing(FlowHistory past) {
            Recorder r = new Recorder();
            double[] row = new double[COLUMNS.length];
            for (int n = 0; n < past.size(); n++) {
                for (int c = 0; c < COLUMNS.length; c++) {
                    row[c] = past.get(c, n);
                }
                r.appendRow(row);
            }
            return r;
        }

        /** Appends one row as given, a value per column of {@link #COLUMNS} (a history read back from a file). */
        public void appendRow(double[] values) {
            if (values.length != COLUMNS.length) {
                throw new IllegalArgumentException(values.length + " values; a row has " + COLUMNS.length);
            }
            growIfFull();
            for (int c = 0; c < COLUMNS.length; c++) {
                columns[c][rows] = values[c];
            }
            rows++;
        }

        private void growIfFull() {
            if (rows == columns[0].length) {
                double[][] grown = new double[COLUMNS.length][];
                for (int c = 0; c < COLUMNS.length; c++) {
                    grown[c] = Arrays.copyOf(columns[c], rows * 2);
                }
                columns = grown;
            }
        }

        /** Appends one row; the fidelity is derived from the previous row. */
        public void append(long step, double time, double loss, double dissipation, double accuracy,
                           double secondMoment, double maxSpeed, double stepSize) {
            growIfFull();
            double fidelity = Double.NaN;
            if (rows > 0) {
                fidelity = (columns[2][rows - 1] - loss) / (stepSize * columns[3][rows - 1]);
            }
            columns[0][rows] = step;
            columns[1][rows] = time;
            columns[2][rows] = loss;
            columns[3][rows] = dissipation;
            columns[4][rows] = fidelity;
            columns[5][rows] = accuracy;
            columns[6][rows] = secondMoment;
            columns[7][rows] = maxSpeed;
            rows++;
        }

        public int size() {
            return rows;
        }

        /** The rows so far, sharing storage (see the class comment). */
        public FlowHistory view() {
            return new FlowHistory(columns, rows);
        }
    }
}
