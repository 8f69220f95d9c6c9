package io.github.meanfieldlab.core;

import java.util.Arrays;

/**
 * The diagnostics of a run, one row per evaluated state, in the columns of {@link Column}: the history CSV
 * writes them in that order and under those names.
 *
 * <p>A recorder appends rows; {@link Recorder#view()} hands out a read-only history of the rows so far that shares
 * the arrays. That is safe because a row is never changed once written and arrays are replaced, not
 * resized in place, when they grow; a view therefore costs nothing, which lets the solver publish one
 * every frame without copying a long history.
 */
public final class FlowHistory {
    /**
     * The columns, in the order of the history CSV, with their CSV names: the one list that writers and readers
     * of history files follow. NaN (an empty CSV field) means "no value in this row".
     */
    public enum Column {
        /** n, the index of the accepted Euler step that led to this row (0 for the initial state). */
        STEP("step"),
        /** Pseudo-time s, the sum of the steps taken. */
        TIME("time"),
        /** E. */
        LOSS("loss"),
        /** I = 1/(L·M) Σ|v|². */
        DISSIPATION("dissipation"),
        /** (E_{n−1} − E_n)/(Δs·I_{n−1}) of the step that led here; NaN in row 0. */
        FIDELITY("fidelity"),
        /** Fraction of sign(g) = y; NaN unless every label is ±1. */
        ACCURACY("accuracy"),
        /** 1/(L·M) Σ|θ|². */
        SECOND_MOMENT("second_moment"),
        /** max |v|. */
        MAX_SPEED("max_speed"),
        /** Δs of the step that led here; in row 0 the step the run starts with. */
        STEP_SIZE("step_size"),
        /**
         * relu: fraction of the pre-activations w·z_l(x_i) + b of all (i, l, m) that changed sign in the step that
         * led here; measured only when the fidelity left [0.9, 1.1] (see {@link StepSizeGuard}), NaN otherwise.
         */
        SIGN_CHANGES("sign_changes"),
        /** relu: the root mean square over particles of the change of |u|² − |(w, b)|² since s = 0. */
        IMBALANCE_DRIFT("imbalance_drift"),
        /** Smallest eigenvalue of the tangent kernel H ({@link TangentKernel}); every few steps. */
        LAMBDA_MIN("lambda_min"),
        /** Least det(I + 1/(L·M) Σ_m J_z f) over samples and layers ({@link LayerJacobians}); every few steps. */
        MIN_JACOBIAN_DET("min_jacobian_det");

        private final String csvName;

        Column(String csvName) {
            this.csvName = csvName;
        }

        /** The column's name in the history CSV header. */
        public String csvName() {
            return csvName;
        }
    }

    /** Column names, in the order of the history CSV. */
    public static final String[] COLUMNS = java.util.Arrays.stream(Column.values()).map(Column::csvName)
            .toArray(String[]::new);

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

    /** Δs of the step that led to {@code row}. */
    public double stepSize(int row) {
        return get(Column.STEP_SIZE, row);
    }

    /** Value of {@code column} at {@code row}; NaN where the row has no value. */
    public double get(Column column, int row) {
        return get(column.ordinal(), row);
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

    /**
     * Appends rows; owned by one thread, the solver's. A row is written in two parts: {@link #append} writes the
     * values every row has, then {@link #set} may add others before {@link #commit} makes the row visible.
     */
    public static final class Recorder {
        private double[][] columns = new double[COLUMNS.length][1024];
        private int rows;

        /**
         * Starts a row; the fidelity is derived from the previous row and {@code stepSize}, the other columns of
         * the row are NaN until {@link #set}.
         */
        public void append(long step, double time, double loss, double dissipation, double accuracy,
                           double secondMoment, double maxSpeed, double stepSize) {
            if (rows == columns[0].length) {
                double[][] grown = new double[COLUMNS.length][];
                for (int c = 0; c < COLUMNS.length; c++) {
                    grown[c] = Arrays.copyOf(columns[c], rows * 2);
                }
                columns = grown;
            }
            double fidelity = Double.NaN;
            if (rows > 0) {
                fidelity = (columns[2][rows - 1] - loss) / (stepSize * columns[3][rows - 1]);
            }
            for (double[] column : columns) {
                column[rows] = Double.NaN;
            }
            columns[0][rows] = step;
            columns[1][rows] = time;
            columns[2][rows] = loss;
            columns[3][rows] = dissipation;
            columns[4][rows] = fidelity;
            columns[5][rows] = accuracy;
            columns[6][rows] = secondMoment;
            columns[7][rows] = maxSpeed;
            columns[Column.STEP_SIZE.ordinal()][rows] = stepSize;
        }

        /** Sets a value of the row being written. */
        public void set(Column column, double value) {
            columns[column.ordinal()][rows] = value;
        }

        /** Makes the row being written part of the history. */
        public void commit() {
            rows++;
        }

        public int size() {
            return rows;
        }

        /** The rows so far, sharing storage (see the class comment). */
        public FlowHistory view() {
            return new FlowHistory(columns, rows);
        }

        /**
         * The rows so far and the one being written, as it is now: a copy, since that row may still change. It
         * costs a copy of the whole history, so it is meant for a history of a row or two (a flow's first state).
         */
        public FlowHistory viewWithOpenRow() {
            double[][] copy = new double[COLUMNS.length][];
            for (int c = 0; c < COLUMNS.length; c++) {
                copy[c] = Arrays.copyOf(columns[c], rows + 1);
            }
            return new FlowHistory(copy, rows + 1);
        }

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

        /** Appends one whole row as given, a value per {@link Column} (a history read back from a file). */
        public void appendRow(double[] values) {
            if (values.length != COLUMNS.length) {
                throw new IllegalArgumentException(values.length + " values; a row has " + COLUMNS.length);
            }
            append((long) values[0], values[1], values[2], values[3], values[5], values[6], values[7],
                    values[Column.STEP_SIZE.ordinal()]);
            for (Column c : Column.values()) {
                set(c, values[c.ordinal()]);
            }
            commit();
        }
    }
}
