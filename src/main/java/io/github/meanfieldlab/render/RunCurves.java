package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.ModelSpec;
import java.util.List;
import org.jfree.data.xy.XYSeries;

/** The curves of one run, appended row by row and thinned when long, with the run's model and full history. */
final class RunCurves {
    /** Points kept per curve; longer histories are thinned to every 2nd, 4th, … row. */
    static final int MAX_POINTS = 4000;

    final int number;
    final XYSeries loss;
    final XYSeries dissipation;
    final XYSeries fidelity;
    final XYSeries accuracy;
    /** The theory columns, every few rows: the tangent kernel's λ_min and the least layer determinant. */
    final XYSeries lambdaMin;
    final XYSeries minDeterminant;
    /** relu's imbalance drift, in every row of a relu run's history; empty for the other blocks. */
    final XYSeries imbalanceDrift;
    private final List<XYSeries> all;
    /** The legend's name for this run when given ({@link LossFigure#startRun(String)}); null: by its settings. */
    String label;
    private int rowsSeen;
    private int stride = 1;
    private ModelSpec spec;
    private FlowHistory history;

    RunCurves(int number) {
        this.number = number;
        loss = series("E");
        dissipation = series("I");
        fidelity = series("fidelity");
        accuracy = series("accuracy");
        lambdaMin = series("lambda_min");
        minDeterminant = series("min_det");
        imbalanceDrift = series("imbalance_drift");
        all = List.of(loss, dissipation, fidelity, accuracy, lambdaMin, minDeterminant, imbalanceDrift);
    }

    private XYSeries series(String quantity) {
        // Rows arrive in time order: no sorting, and no search for duplicate x values on every add.
        return new XYSeries(new SeriesKey(number, quantity), false, true);
    }

    boolean isEmpty() {
        return rowsSeen == 0;
    }

    /** The run's model, from its first snapshot; null before. */
    ModelSpec spec() {
        return spec;
    }

    /** Every row shown so far, unthinned (for files); null before the first. */
    FlowHistory history() {
        return history;
    }

    /** As {@link #append(FlowHistory)}, remembering the run's model. */
    void append(ModelSpec model, FlowHistory h) {
        spec = model;
        append(h);
    }

    /**
     * Adds rows rowsSeen.. of {@code h} (every stride-th), then fires one change per curve. A history
     * shorter than what was shown (an older snapshot of the run shown again) redraws the curves from it.
     */
    void append(FlowHistory h) {
        history = h;
        if (h.size() < rowsSeen) {
            for (XYSeries series : all) {
                series.clear();
            }
            rowsSeen = 0;
            stride = 1;
        }
        for (int r = rowsSeen; r < h.size(); r++) {
            if (r % stride != 0) {
                continue;
            }
            double s = h.time(r);
            addPositive(loss, s, h.loss(r));
            addPositive(dissipation, s, h.dissipation(r));
            addFinite(fidelity, s, h.fidelity(r));
            addFinite(accuracy, s, h.accuracy(r));
            addPositive(lambdaMin, s, h.get(FlowHistory.Column.LAMBDA_MIN, r));
            addFinite(minDeterminant, s, h.get(FlowHistory.Column.MIN_JACOBIAN_DET, r));
            addFinite(imbalanceDrift, s, h.get(FlowHistory.Column.IMBALANCE_DRIFT, r));
            if (loss.getItemCount() > MAX_POINTS) {
                // Keep rows 0, 2·stride, 4·stride, …; later rows follow the doubled stride.
                stride *= 2;
                for (XYSeries series : all) {
                    thin(series);
                }
            }
        }
        rowsSeen = h.size();
        for (XYSeries series : all) {
            series.fireSeriesChanged();
        }
    }

    /** A log axis cannot show zero or negative values; they are left out. */
    private static void addPositive(XYSeries series, double x, double y) {
        if (y > 0 && Double.isFinite(y)) {
            series.add(x, y, false);
        }
    }

    private static void addFinite(XYSeries series, double x, double y) {
        if (Double.isFinite(y)) {
            series.add(x, y, false);
        }
    }

    private static void thin(XYSeries series) {
        int n = series.getItemCount();
        double[] xs = new double[(n + 1) / 2];
        double[] ys = new double[xs.length];
        for (int i = 0; i < n; i += 2) {
            xs[i / 2] = series.getX(i).doubleValue();
            ys[i / 2] = series.getY(i).doubleValue();
        }
        series.clear();
        for (int i = 0; i < xs.length; i++) {
            series.add(xs[i], ys[i], false);
        }
    }
}
