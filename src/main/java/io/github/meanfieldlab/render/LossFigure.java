package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.StepSizeGuard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss E(s) on a log axis against pseudo-time s, with the dissipation I(s), the flow-fidelity ratio and
 * the accuracy on demand (JFreeChart). Earlier runs stay as faded curves labelled with what changed.
 */
public final class LossFigure implements SnapshotFigure {
    private static final long UNBOUND = Long.MIN_VALUE;
    private static final Color CURRENT = new Color(0x1F, 0x4E, 0x9C);
    /** Okabe–Ito colours (distinguishable with colour-blindness), one per earlier run. */
    private static final Color[] EARLIER = {
        new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x72, 0xB2)
    };
    private static final Stroke CURRENT_LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke CURRENT_DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);
    private static final Stroke EARLIER_LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final XYSeriesCollection energy = new XYSeriesCollection();
    private final XYSeriesCollection fidelity = new XYSeriesCollection();
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final XYSeriesCollection lambdaMin = new XYSeriesCollection();
    private final XYSeriesCollection minDeterminant = new XYSeriesCollection();
    private final LogAxis energyAxis;
    private final XYPlot energyPlot;
    private final XYPlot fidelityPlot;
    private final XYPlot accuracyPlot;
    private final XYPlot lambdaPlot;
    private final XYPlot determinantPlot;
    private final CombinedDomainXYPlot plot;
    private final JFreeChart chart;
    private final List<RunCurves> earlier = new ArrayList<>();
    /** The current run's stretches that were not a gradient flow ({@link StepSizeGuard}), shaded on the loss. */
    private final List<IntervalMarker> tooLarge = new ArrayList<>();
    /** The loss of the best monotone fit for d = D = 1 ({@code MonotoneFit}), a line on the loss; null for none. */
    private ValueMarker monotoneFloor;
    private RunCurves current;
    private long boundRun = UNBOUND;
    private int runs;
    private boolean signLabels;
    private boolean showDissipation = true;
    private boolean showFidelity;
    private boolean showAccuracy = true;
    private boolean showTheory;
    private int maxEarlierRuns = EARLIER.length;
    /** Where the last drawing put the plots, for {@link #lossAt}; no entities, which would cost a lot. */
    private ChartRenderingInfo drawnInfo;

    public LossFigure() {
        energyAxis = new LogAxis("E,  I (dashed)");
        energyAxis.setSmallestValue(1e-300);
        // Ticks at whole powers of ten only; fitEnergyRange makes the range span at least one decade.
        energyAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        energyPlot = subplot(energy, energyAxis);
        energyPlot.setNoDataMessage("waiting for the flow");
        energyPlot.setNoDataMessageFont(Theme.NOTE);
        NumberAxis fidelityAxis = new NumberAxis("fidelity");
        fidelityAxis.setAutoRangeIncludesZero(false);
        fidelityPlot = subplot(fidelity, fidelityAxis);
        // The ratio (E_n − E_{n+1})/(Δs·I_n) is 1 for the exact gradient flow.
        fidelityPlot.addRangeMarker(new ValueMarker(1, Theme.MUTED, Theme.THIN_LINE));
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        accuracyPlot = subplot(accuracy, accuracyAxis);
        LogAxis lambdaAxis = new LogAxis("λ_min");
        lambdaAxis.setSmallestValue(1e-300);
        lambdaAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        lambdaPlot = subplot(lambdaMin, lambdaAxis);
        NumberAxis determinantAxis = new NumberAxis("least det");
        determinantAxis.setAutoRangeIncludesZero(true);
        determinantPlot = subplot(minDeterminant, determinantAxis);
        // Below 0 a layer folds the data, which the ODE of the depth limit cannot do.
        determinantPlot.addRangeMarker(new ValueMarker(0, Theme.MUTED, Theme.THIN_LINE));
        NumberAxis time = new NumberAxis("pseudo-time s");
        style(time);
        // The first snapshot has the one point s = 0: without a minimum span the axis ran from −5·10⁻⁹ to 5·10⁻⁹.
        time.setRangeType(RangeType.POSITIVE);
        time.setAutoRangeMinimumSize(1);
        plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        plot.add(energyPlot, 3);
        chart = new JFreeChart("Loss E(s)", Theme.TITLE, plot, false);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setPaint(Theme.INK);
        chart.getTitle().setPadding(new RectangleInsets(2, 52, 6, 0));
        chart.setBackgroundPaint(Theme.BACKGROUND);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(Theme.TICK);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Theme.BACKGROUND);
        chart.addSubtitle(legend);
        current = new RunCurves(++runs, "run 1");
        attach(current);
        restyle();
    }

    private static XYPlot subplot(XYSeriesCollection data, ValueAxis axis) {
        style(axis);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot p = new XYPlot(data, null, axis, renderer);
        p.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        p.setBackgroundPaint(Theme.PLOT_BACKGROUND);
        p.setDomainGridlinePaint(Theme.GRID);
        p.setRangeGridlinePaint(Theme.GRID);
        p.setDomainGridlineStroke(Theme.GRID_STROKE);
        p.setRangeGridlineStroke(Theme.GRID_STROKE);
        p.setOutlinePaint(Theme.INK);
        return p;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(Theme.LABEL);
        axis.setTickLabelFont(Theme.TICK);
        axis.setLabelPaint(Theme.INK);
        axis.setTickLabelPaint(Theme.INK);
        axis.setAxisLinePaint(Theme.INK);
        axis.setTickMarkPaint(Theme.INK);
    }

    /**
     * Appends the rows of {@code snapshot}'s history that this figure has not shown yet, and fires one chart
     * change. A snapshot of a run other than the current one archives the current curves first (as
     * {@link #startRun} would, labelled "run n").
     */
    @Override
    public void show(FlowSnapshot snapshot) {
        chart.setNotify(false);
        try {
            if (boundRun != snapshot.runId()) {
                if (boundRun != UNBOUND) {
                    startRun("run " + (runs + 1));
                }
                boundRun = snapshot.runId();
                signLabels = snapshot.data().hasSignLabels();
                arrangeSubplots();
            }
            current.append(snapshot.history());
            markStepsTooLarge(snapshot);
            fitEnergyRange();
        } finally {
            chart.setNotify(true);
        }
    }

    /** The number of stretches marked "not a gradient flow" on the current run, for tests. */
    int stretchesMarked() {
        return tooLarge.size();
    }

    /** Whether the current run has a stretch marked "not a gradient flow: Δs too large". */
    public boolean marksStepTooLarge() {
        return !tooLarge.isEmpty();
    }

    /**
     * Draws the loss of the best monotone fit as a horizontal line, the floor of the depth limit's loss when
     * d = D = 1; NaN (or 0, which a log axis cannot show) removes it.
     */
    public void setMonotoneFloor(double floor) {
        if (monotoneFloor != null) {
            energyPlot.removeRangeMarker(monotoneFloor, org.jfree.chart.ui.Layer.FOREGROUND);
            monotoneFloor = null;
        }
        if (floor > 0) {
            monotoneFloor = new ValueMarker(floor, new Color(0x6A, 0x3D, 0x9A), CURRENT_DASHED);
            monotoneFloor.setLabel("monotone floor");
            monotoneFloor.setLabelFont(Theme.TICK);
            monotoneFloor.setLabelPaint(Theme.INK);
            monotoneFloor.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            monotoneFloor.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            energyPlot.addRangeMarker(monotoneFloor, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        fitEnergyRange();
    }

    /** The monotone floor drawn, NaN for none. */
    public double getMonotoneFloor() {
        return monotoneFloor == null ? Double.NaN : monotoneFloor.getValue();
    }

    /** Shades the current run's stretches whose Δs was too large to follow the gradient flow, labelling the first. */
    private void markStepsTooLarge(FlowSnapshot snapshot) {
        for (IntervalMarker m : tooLarge) {
            energyPlot.removeDomainMarker(0, m, org.jfree.chart.ui.Layer.BACKGROUND, false);
        }
        tooLarge.clear();
        for (StepSizeGuard.Stretch s : StepSizeGuard.stretches(snapshot.history(), snapshot.spec().block())) {
            IntervalMarker m = new IntervalMarker(s.fromTime(), s.toTime(), Theme.faded(new Color(0xD9, 0x5F, 0x02), 0.25));
            if (tooLarge.isEmpty()) {
                m.setLabel("not a gradient flow: Δs too large");
                m.setLabelFont(Theme.TICK);
                m.setLabelPaint(Theme.INK);
                m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            }
            tooLarge.add(m);
            energyPlot.addDomainMarker(0, m, org.jfree.chart.ui.Layer.BACKGROUND, false);
        }
    }

    /**
     * Archives the current curves as a faded earlier run and labels the next run shown with {@code label},
     * which should say what changed ("M = 256"). Call it when restarting, before the new run's snapshots.
     */
    public void startRun(String label) {
        chart.setNotify(false);
        try {
            energy.removeSeries(current.dissipation);
            if (current.isEmpty()) {
                detach(current);
            } else {
                earlier.add(current);
                while (earlier.size() > maxEarlierRuns) {
                    detach(earlier.remove(0));
                }
            }
            current = new RunCurves(++runs, label);
            attach(current);
            boundRun = UNBOUND;
            restyle();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Forgets the earlier runs; the current one stays. */
    public void clearEarlierRuns() {
        chart.setNotify(false);
        try {
            earlier.forEach(this::detach);
            earlier.clear();
            restyle();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Labels of the earlier runs kept, oldest first. */
    public List<String> getEarlierRunLabels() {
        return earlier.stream().map(c -> c.label).toList();
    }

    /** Points on the current run's λ_min and least-determinant curves (tests). */
    int[] currentTheoryPoints() {
        return new int[] {current.lambdaMin.getItemCount(), current.minDeterminant.getItemCount()};
    }

    /** Points on the current run's loss curve: what {@link #show} has appended, after thinning. */
    int currentLossPoints() {
        return current.loss.getItemCount();
    }

    /** How many earlier runs stay on the chart (6 by default); older ones are dropped. */
    public void setMaxEarlierRuns(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max earlier runs = " + max + "; allowed: >= 0");
        }
        maxEarlierRuns = max;
        while (earlier.size() > max) {
            detach(earlier.remove(0));
        }
        restyle();
    }

    public boolean isShowDissipation() {
        return showDissipation;
    }

    public void setShowDissipation(boolean show) {
        showDissipation = show;
        restyle();
    }

    public boolean isShowFidelity() {
        return showFidelity;
    }

    /** Adds a panel with the flow-fidelity ratio (E_n − E_{n+1})/(Δs·I_n), 1 for the exact gradient flow. */
    public void setShowFidelity(boolean show) {
        showFidelity = show;
        arrangeSubplots();
    }

    public boolean isShowAccuracy() {
        return showAccuracy;
    }

    /** Adds a panel with the accuracy; shown only when the labels are ±1, whatever this says. */
    public void setShowAccuracy(boolean show) {
        showAccuracy = show;
        arrangeSubplots();
    }

    public boolean isShowTheory() {
        return showTheory;
    }

    /**
     * Adds panels with the theory columns over s, as the solver computed them every few steps: the tangent kernel's
     * λ_min and the least layer determinant det(I + J) (below 0 a layer folds the data).
     */
    public void setShowTheory(boolean show) {
        showTheory = show;
        arrangeSubplots();
    }

    private void arrangeSubplots() {
        for (XYPlot p : List.of(fidelityPlot, accuracyPlot, lambdaPlot, determinantPlot)) {
            plot.remove(p);
        }
        if (showFidelity) {
            plot.add(fidelityPlot, 1);
        }
        if (showAccuracy && signLabels) {
            plot.add(accuracyPlot, 1);
        }
        if (showTheory) {
            plot.add(lambdaPlot, 1);
            plot.add(determinantPlot, 1);
        }
    }

    private void attach(RunCurves c) {
        energy.addSeries(c.loss);
        energy.addSeries(c.dissipation);
        fidelity.addSeries(c.fidelity);
        accuracy.addSeries(c.accuracy);
        lambdaMin.addSeries(c.lambdaMin);
        minDeterminant.addSeries(c.minDeterminant);
    }

    private void detach(RunCurves c) {
        energy.removeSeries(c.loss);
        fidelity.removeSeries(c.fidelity);
        accuracy.removeSeries(c.accuracy);
        lambdaMin.removeSeries(c.lambdaMin);
        minDeterminant.removeSeries(c.minDeterminant);
    }

    /** Colours, strokes and legend entries after runs came or went: one colour per run in every panel. */
    private void restyle() {
        for (XYPlot p : List.of(energyPlot, fidelityPlot, accuracyPlot, lambdaPlot, determinantPlot)) {
            XYSeriesCollection data = (XYSeriesCollection) p.getDataset();
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                SeriesKey key = (SeriesKey) data.getSeriesKey(i);
                boolean isCurrent = key.run() == current.number;
                // By run number, so a run keeps its colour while newer runs are archived after it.
                Color colour = isCurrent ? CURRENT : Theme.faded(EARLIER[key.run() % EARLIER.length], 0.85);
                boolean dissipation = key.quantity().equals("I");
                r.setSeriesPaint(i, colour);
                r.setSeriesStroke(i, !isCurrent ? EARLIER_LINE : dissipation ? CURRENT_DASHED : CURRENT_LINE);
                r.setSeriesVisible(i, !dissipation || showDissipation);
                r.setSeriesVisibleInLegend(i, p == energyPlot && (!dissipation || showDissipation));
            }
        }
        fitEnergyRange();
    }

    /** Whole decades around the visible E and I curves, at least one: a log axis a reader can read. */
    private void fitEnergyRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) energyPlot.getRenderer();
        for (int i = 0; i < energy.getSeriesCount(); i++) {
            XYSeries series = energy.getSeries(i);
            if (series.getItemCount() > 0 && r.isSeriesVisible(i)) {
                lo = Math.min(lo, series.getMinY());
                hi = Math.max(hi, series.getMaxY());
            }
        }
        if (!(lo <= hi)) {
            lo = 1e-3;
            hi = 1;
        }
        if (monotoneFloor != null) {
            lo = Math.min(lo, monotoneFloor.getValue());
        }
        double bottom = Math.floor(Math.log10(lo));
        double top = Math.max(Math.ceil(Math.log10(hi)), bottom + 1);
        energyAxis.setRange(Math.pow(10, bottom), Math.pow(10, top));
    }

    /** The pseudo-time axis' range, lower and upper bound (tests). */
    double[] timeRange() {
        return new double[] {plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound()};
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Theme.applyHints(g);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        chart.draw(g, area, info);
        drawnInfo = info;
    }

    /**
     * The point of a loss curve E(s) (the current run's or an earlier one's) that the last drawing put nearest
     * (x, y), in the user space it was drawn in: the row nearest the pointer's s on each curve, the curve whose
     * E is drawn nearest the pointer, within {@link Hits#REACH}; empty if none is that near.
     */
    public Optional<Hits.LossPoint> lossAt(double x, double y) {
        ChartRenderingInfo info = drawnInfo;
        if (info == null || info.getPlotInfo().getSubplotCount() == 0) {
            return Optional.empty();
        }
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        if (!area.contains(x, y)) {
            return Optional.empty();
        }
        double s = plot.getDomainAxis().java2DToValue(x, area, energyPlot.getDomainAxisEdge());
        Hits.LossPoint best = null;
        double bestDistance = Hits.REACH;
        for (int i = 0; i < energy.getSeriesCount(); i++) {
            XYSeries series = energy.getSeries(i);
            SeriesKey key = (SeriesKey) series.getKey();
            if (!key.quantity().equals("E") || series.getItemCount() == 0) {
                continue;
            }
            int item = nearestItem(series, s);
            double itemX = plot.getDomainAxis().valueToJava2D(series.getX(item).doubleValue(), area,
                    energyPlot.getDomainAxisEdge());
            if (Math.abs(itemX - x) > Hits.REACH && (s < series.getMinX() || s > series.getMaxX())) {
                continue;   // beyond either end of the curve
            }
            double e = series.getY(item).doubleValue();
            double distance = Math.abs(energyAxis.valueToJava2D(e, area, energyPlot.getRangeAxisEdge()) - y);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = new Hits.LossPoint(key.label(), series.getX(item).doubleValue(), e);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The item whose x is nearest {@code s}; the items are in increasing x. */
    private static int nearestItem(XYSeries series, double s) {
        int lo = 0;
        int hi = series.getItemCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (series.getX(mid).doubleValue() < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && s - series.getX(lo - 1).doubleValue() < series.getX(lo).doubleValue() - s) {
            lo--;
        }
        return lo;
    }
}
