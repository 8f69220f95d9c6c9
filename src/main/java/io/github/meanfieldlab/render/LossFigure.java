package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.StepSizeGuard;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
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
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss E(s) on a log axis against pseudo-time s, with the dissipation I(s), the flow-fidelity ratio, the
 * accuracy, the theory columns (λ_min, det) and relu's imbalance drift on demand, each in a panel of its own
 * (JFreeChart, styled by {@link LossChartTheme}, its names typeset by {@link TypesetAxes}). Earlier runs stay as
 * faded curves, each labelled by its absolute settings ("relu, M = 64"): the settings in which the runs shown
 * differ. Drawing with another {@link Look} or at another size restyles the chart, so draw from one thread at a
 * time.
 */
public final class LossFigure implements SnapshotFigure {
    private static final String TITLE = "Loss $E(s)$";
    private static final long UNBOUND = Long.MIN_VALUE;
    private static final Color CURRENT = new Color(0x1F, 0x4E, 0x9C);
    /** Run A of a comparison: Okabe–Ito bluish green, apart from the current run's blue and the shading's orange. */
    private static final Color COMPARED = new Color(0x00, 0x9E, 0x73);
    /** Shades the stretches that were not a gradient flow: an orange apart from every run colour. */
    private static final Color TOO_LARGE = new Color(0xD9, 0x5F, 0x02);
    /** The legend's entry for the shaded stretches. */
    static final String TOO_LARGE_LEGEND = "not a gradient flow: Δs too large";
    /** The monotone floor's line: a colour no run takes. */
    private static final Color FLOOR = new Color(0x6A, 0x3D, 0x9A);
    /** Okabe–Ito colours (distinguishable with colour-blindness), one per earlier run. */
    private static final Color[] EARLIER = {
        new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x72, 0xB2)
    };
    /** Greys for earlier runs when the look must survive grey-scale printing; dashes tell them apart too. */
    private static final Color[] EARLIER_GREY = {
        new Color(0x99, 0x99, 0x99), new Color(0x66, 0x66, 0x66), new Color(0xB8, 0xB8, 0xB8)
    };
    private static final double[][] EARLIER_DASHES = {{5, 2}, {1.5, 2}, {7, 2, 1.5, 2}};
    /** Earlier runs may reach this many decades beyond the current run's before the axis stops following them. */
    private static final int DECADES_BEYOND = 3;

    private final XYSeriesCollection energy = new XYSeriesCollection();
    private final XYSeriesCollection fidelity = new XYSeriesCollection();
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final XYSeriesCollection lambdaMin = new XYSeriesCollection();
    private final XYSeriesCollection minDeterminant = new XYSeriesCollection();
    private final XYSeriesCollection imbalanceDrift = new XYSeriesCollection();
    private final LogAxis energyAxis;
    private final NumberAxis fidelityAxis;
    private final NumberAxis accuracyAxis;
    private final LogAxis lambdaAxis;
    private final NumberAxis determinantAxis;
    private final NumberAxis driftAxis;
    private final NumberAxis timeAxis;
    private final XYPlot energyPlot;
    private final XYPlot fidelityPlot;
    private final XYPlot accuracyPlot;
    private final XYPlot lambdaPlot;
    private final XYPlot determinantPlot;
    private final XYPlot driftPlot;
    /** Says in the drift panel that the current run's block conserves no imbalance; null while it is relu. */
    private XYTitleAnnotation driftNotApplicable;
    private final TypesetTitle driftNote = new TypesetTitle("");
    private final CombinedDomainXYPlot plot;
    private final JFreeChart chart;
    private LegendTitle legend;
    private final TypesetTitle title = new TypesetTitle(TITLE);
    private final TextTitle status = new TextTitle("");
    private final TextTitle offScale = new TextTitle("");
    private final List<RunCurves> earlier = new ArrayList<>();
    /** The current run's stretches that were not a gradient flow ({@link StepSizeGuard}), shaded on the loss. */
    private final List<IntervalMarker> tooLarge = new ArrayList<>();
    /** The loss of the best monotone fit for d = D = 1 ({@code MonotoneFit}), a line on the loss; null for none. */
    private ValueMarker monotoneFloor;
    private RunCurves current;
    private FlowSnapshot latest;
    private long boundRun = UNBOUND;
    private int runs;
    private boolean signLabels;
    private boolean showDissipation = true;
    private boolean showFidelity;
    private boolean showAccuracy = true;
    private boolean showTheory;
    private boolean showDrift;
    /** Whether every run on the chart keeps its dissipation, not only the current one (a comparison of two). */
    private boolean comparison;
    private int maxEarlierRuns = EARLIER.length;
    /** Where the last drawing put the plots, for {@link #lossAt}; no entities, which would cost a lot. */
    private ChartRenderingInfo drawnInfo;
    /** A drawing's size and look, and the number of panels and legend entries: what the panels' heights follow. */
    private record PanelLayout(double width, double height, Look look, int panels, int legendEntries) {
    }

    /** How far into the gap below and above its panel a name may reach, as a fraction of the gap. */
    private static final double NAME_INTO_GAP = 0.4;
    /** The lowest panel must be this many tick sizes high: two labels at its ends, and a little of the curve. */
    private static final double PANEL_EMS = 1.6;
    /**
     * The text of a figure too small for its look shrinks down to this fraction of the look's size at first, and
     * only without status and title down to {@link Look#SMALLEST_FITTED_PT}.
     */
    private static final double TEXT_SMALLER = 0.6;

    /** The layout the panels were last measured in, and how high the lowest small panel came out. */
    private PanelLayout measuredFor;
    private double measuredPanelHeight;
    /** The theme the chart is styled in: the look and size it was last drawn at; null before the first drawing. */
    private Theme styledFor;

    /** A log axis ticked at whole powers of ten ({@link PanelAxes}); fitEnergyRange keeps the loss axis on decades. */
    private static LogAxis decadeAxis() {
        LogAxis axis = PanelAxes.decades();
        axis.setSmallestValue(1e-300);
        return axis;
    }

    public LossFigure() {
        energyAxis = decadeAxis();
        energyPlot = subplot(energy, energyAxis);
        fidelityAxis = PanelAxes.linear();
        fidelityAxis.setAutoRangeIncludesZero(false);
        fidelityPlot = subplot(fidelity, fidelityAxis);
        accuracyAxis = PanelAxes.linear();
        accuracyAxis.setRange(PanelAxes.padded(0, 1));
        accuracyPlot = subplot(accuracy, accuracyAxis);
        lambdaAxis = decadeAxis();
        lambdaPlot = subplot(lambdaMin, lambdaAxis);
        determinantAxis = PanelAxes.linear();
        determinantAxis.setAutoRangeIncludesZero(true);
        determinantPlot = subplot(minDeterminant, determinantAxis);
        driftAxis = PanelAxes.linear();
        driftAxis.setAutoRangeIncludesZero(true);
        driftPlot = subplot(imbalanceDrift, driftAxis);
        timeAxis = TypesetAxes.number();
        // The first snapshot has the one point s = 0: without a minimum span the axis ran from −5·10⁻⁹ to 5·10⁻⁹.
        timeAxis.setRangeType(RangeType.POSITIVE);
        timeAxis.setAutoRangeMinimumSize(1);
        plot = new CombinedDomainXYPlot(timeAxis);
        plot.add(energyPlot, 2);
        chart = new JFreeChart(null, null, plot, false);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPosition(RectangleEdge.TOP);
        status.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        status.setPosition(RectangleEdge.TOP);
        offScale.setHorizontalAlignment(HorizontalAlignment.LEFT);
        offScale.setPosition(RectangleEdge.TOP);
        current = new RunCurves(++runs);
        attach(current);
        restyle();
    }

    private static XYPlot subplot(XYSeriesCollection data, ValueAxis axis) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot p = new XYPlot(data, null, axis, renderer);
        p.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return p;
    }

    /**
     * Appends the rows of {@code snapshot}'s history that this figure has not shown yet, and fires one chart
     * change. A snapshot of a run other than the current one archives the current curves first, as
     * {@link #startRun} would.
     */
    @Override
    public void show(FlowSnapshot snapshot) {
        chart.setNotify(false);
        try {
            boolean newRun = boundRun != snapshot.runId();
            if (newRun) {
                if (boundRun != UNBOUND) {
                    startRun();
                }
                boundRun = snapshot.runId();
                signLabels = snapshot.data().hasSignLabels();
                arrangeSubplots();
            }
            latest = snapshot;
            current.append(snapshot.spec(), snapshot.history());
            markStepsTooLarge(snapshot);
            // Colours, strokes and labels change only when runs come or go (the new run's model is known from its
            // first snapshot on); restyling every series fires a change that makes its plot reconfigure its axes,
            // which once per step is work the drawing throws away.
            if (newRun) {
                restyle();
            } else {
                fitEnergyRange(labelsByNumber());
            }
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
            monotoneFloor = new ValueMarker(floor);
            monotoneFloor.setLabel("monotone floor");
            monotoneFloor.setLabelPaint(Theme.INK);
            monotoneFloor.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            monotoneFloor.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            styleMonotoneFloor(styled());
            energyPlot.addRangeMarker(monotoneFloor, org.jfree.chart.ui.Layer.FOREGROUND);
        }
        restyle();
    }

    /** The floor's line dashed in {@code t}'s widths (purple, or ink for the grey palette), its label in the tick font. */
    private void styleMonotoneFloor(Theme t) {
        if (monotoneFloor != null) {
            monotoneFloor.setPaint(t.look.palette() == Look.Palette.GREY ? Theme.INK : FLOOR);
            monotoneFloor.setStroke(t.dashed(1.6 * t.unit, 6, 4));
            monotoneFloor.setLabelFont(t.tick);
        }
    }

    /** The monotone floor drawn, NaN for none. */
    public double getMonotoneFloor() {
        return monotoneFloor == null ? Double.NaN : monotoneFloor.getValue();
    }

    /**
     * Shades the current run's stretches whose Δs was too large to follow the gradient flow; the legend says what
     * the shading means. (A label on the first stretch ran off the figure when the stretch began right of the middle
     * of a column-sized one.)
     */
    private void markStepsTooLarge(FlowSnapshot snapshot) {
        for (IntervalMarker m : tooLarge) {
            energyPlot.removeDomainMarker(0, m, org.jfree.chart.ui.Layer.BACKGROUND, false);
        }
        tooLarge.clear();
        for (StepSizeGuard.Stretch s : StepSizeGuard.stretches(snapshot.history(), snapshot.spec().block())) {
            IntervalMarker m = new IntervalMarker(s.fromTime(), s.toTime());
            tooLarge.add(m);
            energyPlot.addDomainMarker(0, m, org.jfree.chart.ui.Layer.BACKGROUND, false);
        }
        styleStepsTooLarge(styled());
    }

    /** The shading in {@code t}'s palette: orange, or a grey that prints. */
    private void styleStepsTooLarge(Theme t) {
        for (IntervalMarker m : tooLarge) {
            m.setPaint(shading(t));
            // No edge lines: many short stretches side by side would draw a fence.
            m.setOutlinePaint(null);
        }
    }

    private static Color shading(Theme t) {
        return Theme.faded(t.look.palette() == Look.Palette.GREY ? Theme.MUTED : TOO_LARGE, 0.25);
    }

    /** The runs' curves and, while a stretch is shaded, what the shading means. */
    private LegendItemCollection legendItems() {
        LegendItemCollection items = plot.getLegendItems();
        if (!tooLarge.isEmpty()) {
            Theme t = styled();
            double side = 0.8 * t.look.fontPt();
            items.add(new LegendItem(TOO_LARGE_LEGEND, null, null, null,
                    new Rectangle2D.Double(-side / 2, -side / 2, side, side), shading(t)));
        }
        return items;
    }

    /**
     * Archives the current curves as a faded earlier run; the next snapshot shown starts a new run. Call it
     * when restarting, before the new run's snapshots.
     */
    public void startRun() {
        chart.setNotify(false);
        try {
            if (!comparison) {
                energy.removeSeries(current.dissipation);
            }
            if (current.isEmpty()) {
                detach(current);
            } else {
                earlier.add(current);
                while (earlier.size() > maxEarlierRuns) {
                    detach(earlier.remove(0));
                }
            }
            current = new RunCurves(++runs);
            attach(current);
            boundRun = UNBOUND;
            restyle();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Adds a finished run of model {@code spec} as an earlier run, below the current one (a redrawn bundle). */
    public void addEarlierRun(ModelSpec spec, FlowHistory history) {
        RunCurves run = new RunCurves(++runs);
        run.append(spec, history);
        earlier.add(run);
        attach(run);
        // Only the current run shows its dissipation.
        energy.removeSeries(run.dissipation);
        restyle();
    }

    /**
     * As {@link #startRun()}, the new run's legend saying {@code label} instead of its settings: a comparison
     * names its runs by what differs between them ("A: relu").
     */
    public void startRun(String label) {
        startRun();
        current.label = label;
        restyle();
    }

    /**
     * Starts a run beside {@code earlierRuns} (legend label and history, oldest first) instead of the runs shown so
     * far: a saved session brings back its own loss chart. The new run is labelled by its settings.
     */
    public void startRun(List<Map.Entry<String, FlowHistory>> earlierRuns) {
        chart.setNotify(false);
        try {
            clearEarlierRuns();
            energy.removeSeries(current.dissipation);
            detach(current);
            for (Map.Entry<String, FlowHistory> run : earlierRuns) {
                RunCurves c = new RunCurves(++runs);
                c.label = run.getKey();
                c.append(run.getValue());
                attach(c);
                // Only the current run shows its dissipation.
                energy.removeSeries(c.dissipation);
                earlier.add(c);
            }
            while (earlier.size() > maxEarlierRuns) {
                detach(earlier.remove(0));
            }
            current = new RunCurves(++runs);
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

    /** Legend labels of the earlier runs kept, oldest first. */
    public List<String> getEarlierRunLabels() {
        Map<RunCurves, String> labels = labels();
        return earlier.stream().map(labels::get).toList();
    }

    /** A run on the chart: its model and every row of its history. */
    public record Run(ModelSpec spec, FlowHistory history) {
    }

    /** The earlier runs kept, oldest first, with their full histories (for a bundle's files). */
    public List<Run> getEarlierRuns() {
        return earlier.stream().map(c -> new Run(c.spec(), c.history())).toList();
    }

    /** Points on the current run's λ_min and least-determinant curves (tests). */
    int[] currentTheoryPoints() {
        return new int[] {current.lambdaMin.getItemCount(), current.minDeterminant.getItemCount()};
    }

    /** The dissipation curves drawn (tests). */
    int visibleDissipationCurves() {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) energyPlot.getRenderer();
        int visible = 0;
        for (int i = 0; i < energy.getSeriesCount(); i++) {
            if (((SeriesKey) energy.getSeriesKey(i)).quantity().equals("I") && r.isSeriesVisible(i)) {
                visible++;
            }
        }
        return visible;
    }

    /** Points on the current run's loss curve: what {@link #show} has appended, after thinning. */
    int currentLossPoints() {
        return current.loss.getItemCount();
    }

    /** The energy axis's range, [lower, upper]. */
    double[] energyRange() {
        return new double[] {energyAxis.getLowerBound(), energyAxis.getUpperBound()};
    }

    /** The line that names the earlier runs left off the energy axis; empty when none is. */
    String offScaleNote() {
        return offScale.getText();
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

    /**
     * Makes the chart a comparison of its runs: every run started from now on keeps its dissipation, each dashed in
     * its run's colour, instead of the current run's only (which would read as its advantage), and the earlier run
     * is drawn as strongly as the current one, in a colour of its own, not faded as a run left behind.
     */
    public void setComparison(boolean comparing) {
        comparison = comparing;
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

    /** Which curves are on: dissipation, fidelity, accuracy, theory (λ_min and det) and drift. */
    @Override
    public Map<String, String> viewOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("dissipation", Boolean.toString(showDissipation));
        options.put("fidelity", Boolean.toString(showFidelity));
        options.put("accuracy", Boolean.toString(showAccuracy));
        options.put("theory", Boolean.toString(showTheory));
        options.put("drift", Boolean.toString(showDrift));
        return options;
    }

    @Override
    public void setViewOption(String id, String value) {
        switch (id) {
            case "dissipation" -> setShowDissipation(ViewOption.bool(id, value));
            case "fidelity" -> setShowFidelity(ViewOption.bool(id, value));
            case "accuracy" -> setShowAccuracy(ViewOption.bool(id, value));
            case "theory" -> setShowTheory(ViewOption.bool(id, value));
            case "drift" -> setShowDrift(ViewOption.bool(id, value));
            default -> throw ViewOption.unknown(id, viewOptions().keySet());
        }
    }

    public boolean isShowDrift() {
        return showDrift;
    }

    /**
     * Adds a panel with relu's imbalance drift over s: the rms change of each particle's |u|² − |(w, b)|² since
     * s = 0, which the exact flow conserves, so the curve is the Euler error made visible. For the other blocks the
     * panel says that it does not apply.
     */
    public void setShowDrift(boolean show) {
        showDrift = show;
        arrangeSubplots();
    }

    /** The note the drift panel shows for a block without a conserved imbalance; empty for relu. */
    String driftNote() {
        return driftNotApplicable == null ? "" : driftNote.markup();
    }

    /** The current run's imbalance drift as drawn: its (s, drift) points (tests). */
    double[][] currentDriftPoints() {
        XYSeries d = current.imbalanceDrift;
        double[][] points = new double[d.getItemCount()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {d.getX(i).doubleValue(), d.getY(i).doubleValue()};
        }
        return points;
    }

    /** The drift axis's range, [lower, upper] (tests). */
    double[] driftRange() {
        return new double[] {driftAxis.getLowerBound(), driftAxis.getUpperBound()};
    }

    /**
     * The drift panel's scale while any run on the chart has a drift curve (an earlier relu run beside a tanh one,
     * run A of a comparison beside run B), and, when the current run's block conserves no imbalance, a note saying so:
     * in the middle of an empty panel, in the lower right corner beside another run's curve, which rises from 0 there.
     */
    private void styleDriftPanel() {
        if (driftNotApplicable != null) {
            driftPlot.removeAnnotation(driftNotApplicable, false);
            driftNotApplicable = null;
        }
        boolean anyDrift = false;
        for (int i = 0; i < imbalanceDrift.getSeriesCount(); i++) {
            anyDrift |= imbalanceDrift.getSeries(i).getItemCount() > 0;
        }
        // Without a drift the panel's 0-to-1 scale would mean nothing.
        driftAxis.setTickLabelsVisible(anyDrift);
        driftAxis.setTickMarksVisible(anyDrift);
        Block block = latest == null ? null : latest.spec().block();
        if (block != null && block != Block.RELU) {
            // Short enough for a column-wide figure; the help and the theory panel say why.
            driftNote.setMarkup("does not apply to " + block.id() + " (relu only)");
            driftNotApplicable = anyDrift ? new XYTitleAnnotation(0.99, 0.03, driftNote, RectangleAnchor.BOTTOM_RIGHT)
                    : new XYTitleAnnotation(0.5, 0.5, driftNote, RectangleAnchor.CENTER);
            driftPlot.addAnnotation(driftNotApplicable, false);
        }
    }

    private void arrangeSubplots() {
        for (XYPlot p : List.of(fidelityPlot, accuracyPlot, lambdaPlot, determinantPlot, driftPlot)) {
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
        if (showDrift) {
            plot.add(driftPlot, 1);
        }
    }

    private void attach(RunCurves c) {
        energy.addSeries(c.loss);
        energy.addSeries(c.dissipation);
        fidelity.addSeries(c.fidelity);
        accuracy.addSeries(c.accuracy);
        lambdaMin.addSeries(c.lambdaMin);
        minDeterminant.addSeries(c.minDeterminant);
        imbalanceDrift.addSeries(c.imbalanceDrift);
    }

    private void detach(RunCurves c) {
        energy.removeSeries(c.loss);
        energy.removeSeries(c.dissipation);
        fidelity.removeSeries(c.fidelity);
        accuracy.removeSeries(c.accuracy);
        lambdaMin.removeSeries(c.lambdaMin);
        minDeterminant.removeSeries(c.minDeterminant);
        imbalanceDrift.removeSeries(c.imbalanceDrift);
    }

    /**
     * Each run's legend label from its absolute settings: the block, and whichever of D, L, M and η differ
     * between the runs shown; depth and width when nothing differs.
     */
    /** {@link #labels()} by run number, the key of every series. */
    private Map<Integer, String> labelsByNumber() {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        labels().forEach((c, label) -> byNumber.put(c.number, label));
        return byNumber;
    }

    private Map<RunCurves, String> labels() {
        List<RunCurves> all = new ArrayList<>(earlier);
        if (current.spec() != null) {
            all.add(current);
        }
        List<Function<ModelSpec, String>> fields = List.of(
                s -> "D = " + s.stateDimension(), s -> "L = " + s.depth(), s -> "M = " + s.width(),
                s -> String.format(Locale.ROOT, "η = %.3g", s.eta()));
        List<Function<ModelSpec, String>> differing = new ArrayList<>();
        for (Function<ModelSpec, String> f : fields) {
            if (all.stream().map(c -> f.apply(c.spec())).distinct().count() > 1) {
                differing.add(f);
            }
        }
        if (differing.isEmpty()) {
            differing = fields.subList(1, 3);
        }
        Map<RunCurves, String> labels = new LinkedHashMap<>();
        for (RunCurves c : all) {
            if (c.label != null) {
                labels.put(c, c.label);
                continue;
            }
            StringBuilder s = new StringBuilder(c.spec().block().id());
            for (Function<ModelSpec, String> f : differing) {
                s.append(", ").append(f.apply(c.spec()));
            }
            labels.put(c, s.toString());
        }
        return labels;
    }

    /** The theme of the last drawing; the app's panes' before the first. */
    private Theme styled() {
        return styledFor == null ? Theme.of(Look.SCREEN) : styledFor;
    }

    /** Colours, strokes and legend entries after runs came or went: one colour per run in every panel. */
    private void restyle() {
        Theme t = styled();
        boolean grey = t.look.palette() == Look.Palette.GREY;
        Map<Integer, String> byNumber = labelsByNumber();
        BasicStroke currentLine = Theme.round(2 * t.unit);
        BasicStroke currentDashed = t.dashed(1.6 * t.unit, 6, 4);
        for (XYPlot p : List.of(energyPlot, fidelityPlot, accuracyPlot, lambdaPlot, determinantPlot, driftPlot)) {
            XYSeriesCollection data = (XYSeriesCollection) p.getDataset();
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                SeriesKey key = (SeriesKey) data.getSeriesKey(i);
                boolean isCurrent = key.run() == current.number;
                boolean dissipation = key.quantity().equals("I");
                // By run number, so a run keeps its colour while newer runs are archived after it.
                Color colour = isCurrent ? (grey ? Theme.INK : CURRENT)
                        : comparison ? (grey ? EARLIER_GREY[1] : COMPARED)
                        : Theme.faded(grey ? EARLIER_GREY[key.run() % EARLIER_GREY.length]
                                : EARLIER[key.run() % EARLIER.length], 0.85);
                r.setSeriesPaint(i, colour);
                r.setSeriesStroke(i, isCurrent || comparison ? (dissipation ? currentDashed : currentLine)
                        : dissipation ? t.dashed(1.6 * t.unit, 6, 4)
                        : grey ? t.dashed(1.6 * t.unit, EARLIER_DASHES[key.run() % EARLIER_DASHES.length])
                        : Theme.round(1.6 * t.unit));
                r.setSeriesVisible(i, !dissipation || showDissipation);
                r.setSeriesVisibleInLegend(i, p == energyPlot && (!dissipation || showDissipation));
            }
            r.setLegendItemLabelGenerator((dataset, series) -> {
                SeriesKey key = (SeriesKey) dataset.getSeriesKey(series);
                String run = byNumber.getOrDefault(key.run(), "");
                if (!key.quantity().equals("I")) {
                    return run;
                }
                return comparison ? run + ", I (dashed)" : "dissipation I (dashed)";
            });
        }
        styleDriftPanel();
        fitEnergyRange(byNumber);
    }

    /**
     * Whole decades around the current run's visible E and I curves, at least one, widened for earlier runs by
     * at most {@link #DECADES_BEYOND} decades each way; the runs that reach further are named above the plot.
     */
    private void fitEnergyRange(Map<Integer, String> labels) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) energyPlot.getRenderer();
        double[] cur = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] all = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < energy.getSeriesCount(); i++) {
            XYSeries series = energy.getSeries(i);
            if (series.getItemCount() > 0 && r.isSeriesVisible(i)) {
                double[] into = ((SeriesKey) series.getKey()).run() == current.number ? cur : all;
                into[0] = Math.min(into[0], series.getMinY());
                into[1] = Math.max(into[1], series.getMaxY());
            }
        }
        if (!(cur[0] <= cur[1])) {
            cur = all[0] <= all[1] ? all.clone() : new double[] {1e-3, 1};
        }
        if (monotoneFloor != null) {
            cur[0] = Math.min(cur[0], monotoneFloor.getValue());
        }
        double bottom = Math.floor(Math.log10(cur[0]));
        double top = Math.max(Math.ceil(Math.log10(cur[1])), bottom + 1);
        if (all[0] <= all[1]) {
            bottom = Math.max(Math.min(bottom, Math.floor(Math.log10(all[0]))), bottom - DECADES_BEYOND);
            top = Math.min(Math.max(top, Math.ceil(Math.log10(all[1]))), top + DECADES_BEYOND);
        }
        energyAxis.setRange(PanelAxes.paddedDecades(bottom, top));
        List<String> outside = new ArrayList<>();
        for (RunCurves c : earlier) {
            if (c.loss.getItemCount() > 0 && (c.loss.getMaxY() > Math.pow(10, top) || c.loss.getMinY() < Math.pow(10, bottom))) {
                outside.add(labels.get(c.number) + " (E from " + Status.plain(c.loss.getMinY()) + " to "
                        + Status.plain(c.loss.getMaxY()) + ")");
            }
        }
        offScale.setText(outside.isEmpty() ? "" : "off scale: " + String.join("; ", outside));
    }

    /** Where the last drawing put each panel's data area, top to bottom (tests). */
    List<Rectangle2D> drawnPanels() {
        List<Rectangle2D> panels = new ArrayList<>();
        for (int i = 0; drawnInfo != null && i < drawnInfo.getPlotInfo().getSubplotCount(); i++) {
            panels.add(drawnInfo.getPlotInfo().getSubplotInfo(i).getDataArea());
        }
        return panels;
    }

    /** The pseudo-time axis' range, lower and upper bound (tests). */
    double[] timeRange() {
        return new double[] {plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound()};
    }

    /**
     * Takes over {@code previous}'s fitted text (the look it chose and the layout it chose it for), if it has drawn: a
     * chart made anew for every snapshot, as compare mode's is, is then fitted once per layout instead of laid out
     * unseen before every frame. The fit depends on the layout, not on the curves, so the frames come out the same.
     */
    public void adoptFit(LossFigure previous) {
        if (previous == null || previous.measuredFor == null) {
            return;
        }
        measuredFor = previous.measuredFor;
        measuredPanelHeight = previous.measuredPanelHeight;
        styledFor = previous.styledFor;
        applyLook(styledFor);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        if (earlier.isEmpty() && current.isEmpty()) {
            PlotFrame.drawEmpty(g, area, look, "Loss $E(s)$", "", Axis.linear("pseudo-time $s$", new Range(0, 1)),
                    Axis.linear("$E$", new Range(0, 1)), PlotFrame.WAITING);
            return;
        }
        PanelLayout layout = new PanelLayout(area.getWidth(), area.getHeight(), look, plot.getSubplots().size(),
                legendItems().getItemCount());
        if (!layout.equals(measuredFor)) {
            fitText(look, area);
            measuredFor = layout;
        }
        Theme theme = styledFor;
        status.setText(theme.look.status() && latest != null ? Status.plain(latest) : "");
        fitSubplotLabels(theme, measuredPanelHeight);
        Theme.applyHints(g);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        chart.draw(g, area, info);
        drawnInfo = info;
        measuredPanelHeight = lowestSmallPanel(info);
    }

    /**
     * Styles the chart in {@code look} or, when the lowest panel would come out less than {@link #PANEL_EMS} tick sizes
     * high (no room for two tick labels), in the first of these that leaves it that much: the text made smaller a tenth
     * at a time ({@link Look#shrinking}) down to {@link #TEXT_SMALLER} of its size, then without the status line, then
     * without the title too, then the text smaller still down to {@link Look#SMALLEST_FITTED_PT}. In slide type a
     * column-sized figure with every panel on left the panels no height at all and the status line ran into the axis.
     * Each try lays the chart out unseen; the names change only the axes' width, not the panels' height.
     */
    private void fitText(Look look, Rectangle2D area) {
        List<Look> smaller = look.shrinking();
        int first = (int) smaller.stream().filter(l -> l.fontPt() >= TEXT_SMALLER * look.fontPt()).count();
        List<Look> tries = new ArrayList<>(smaller.subList(0, first));
        Look bare = tries.get(tries.size() - 1);
        if (bare.status()) {
            tries.add(bare = bare.withStatus(false));
        }
        if (bare.title()) {
            tries.add(bare = bare.withTitle(false));
        }
        for (Look l : smaller.subList(first, smaller.size())) {
            tries.add(bare.withFontPt(l.fontPt()));
        }
        for (Look l : tries) {
            Theme t = Theme.of(l, area);
            if (t != styledFor) {
                styledFor = t;
                applyLook(t);
            }
            status.setText(l.status() && latest != null ? Status.plain(latest) : "");
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D sg = scratch.createGraphics();
            try {
                Theme.applyHints(sg);
                ChartRenderingInfo info = new ChartRenderingInfo(null);
                chart.draw(sg, area, info);
                measuredPanelHeight = lowestSmallPanel(info);
            } finally {
                sg.dispose();
            }
            if (measuredPanelHeight >= PANEL_EMS * t.tick.getSize2D()) {
                return;
            }
        }
    }

    /** The height of the lowest panel below the loss's, the loss panel's if it is alone. */
    private static double lowestSmallPanel(ChartRenderingInfo info) {
        int n = info.getPlotInfo().getSubplotCount();
        if (n < 2) {
            return n == 0 ? 0 : info.getPlotInfo().getSubplotInfo(0).getDataArea().getHeight();
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            lowest = Math.min(lowest, info.getPlotInfo().getSubplotInfo(i).getDataArea().getHeight());
        }
        return lowest;
    }

    /**
     * The point of a loss curve E(s) (the current run's or an earlier one's, named by its legend label) that the
     * last drawing put nearest (x, y), in the user space it was drawn in: the row nearest the pointer's s on each curve, the curve whose
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
        Map<Integer, String> labels = labelsByNumber();
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
                best = new Hits.LossPoint(labels.get(key.run()), series.getX(item).doubleValue(), e);
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

    /** Fonts, colours, strokes and spacing of {@code t}, through the chart theme and where it does not reach. */
    private void applyLook(Theme t) {
        chart.setNotify(false);
        try {
            LossChartTheme.of(t).apply(chart);
            title.setFont(t.title);
            title.setPaint(Theme.INK);
            title.setPadding(new RectangleInsets(0, 0, 0.3 * t.look.fontPt(), 0));
            chart.setPadding(new RectangleInsets(t.pad(), t.pad(), t.pad(), t.pad()));
            // Subtitles added after the theme is applied keep their own fonts: set them here. The legend is
            // made anew: a legend laid out in one look keeps traces of it in the next.
            legend = new LegendTitle(this::legendItems);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            chart.clearSubtitles();
            if (t.look.title()) {
                chart.addSubtitle(title);
            }
            chart.addSubtitle(status);
            chart.addSubtitle(offScale);
            chart.addSubtitle(legend);
            status.setFont(t.tick);
            status.setPaint(Theme.MUTED);
            offScale.setFont(t.tick);
            offScale.setPaint(Theme.MUTED);
            legend.setItemFont(t.tick);
            legend.setBackgroundPaint(Theme.BACKGROUND);
            legend.setItemLabelPadding(new RectangleInsets(0.1 * t.look.fontPt(), 0.2 * t.look.fontPt(),
                    0.1 * t.look.fontPt(), 0.6 * t.look.fontPt()));
            plot.setGap(0.6 * t.look.fontPt());
            label(energyAxis, "$E$,  $I$", t.label, t);
            label(timeAxis, "pseudo-time $s$", t.label, t);
            for (XYPlot p : List.of(energyPlot, fidelityPlot, accuracyPlot, lambdaPlot, determinantPlot, driftPlot)) {
                p.setDomainGridlineStroke(t.grid);
                p.setRangeGridlineStroke(t.grid);
                p.setOutlineStroke(t.frame);
                p.setAxisOffset(RectangleInsets.ZERO_INSETS);
            }
            fidelityPlot.clearRangeMarkers();
            // The ratio (E_n − E_{n+1})/(Δs·I_n) is 1 for the exact gradient flow.
            fidelityPlot.addRangeMarker(new ValueMarker(1, Theme.MUTED, t.thinLine));
            determinantPlot.clearRangeMarkers();
            // Below 0 a layer folds the data, which the ODE of the depth limit cannot do.
            determinantPlot.addRangeMarker(new ValueMarker(0, Theme.MUTED, t.thinLine));
            driftNote.setFont(t.tick);
            driftNote.setPaint(Theme.MUTED);
            styleMonotoneFloor(t);
            styleStepsTooLarge(t);
            restyle();
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * The small panels' names, each the longest of its candidates that fits along a panel {@code panelHeight} high
     * (in a column-sized figure "accuracy" would run into the panel above), all in one size: the label font, or
     * smaller where a name fits no other way, so that no name reads as more important than its neighbours.
     */
    private void fitSubplotLabels(Theme t, double panelHeight) {
        // Names may reach into the gaps between panels, up to a little less than half of each.
        double overhang = NAME_INTO_GAP * plot.getGap();
        double room = 0.9 * panelHeight + 2 * overhang;
        // Entries, not a map: JFreeChart's plots are equal when their settings are.
        List<Map.Entry<XYPlot, List<String>>> names = List.of(
                Map.entry(fidelityPlot, List.of("fidelity", "fid.")),
                Map.entry(accuracyPlot, List.of("accuracy", "acc.")),
                Map.entry(lambdaPlot, List.of("$\\lambda_{\\min}$")),
                Map.entry(determinantPlot, List.of("least $\\det(I + J)$", "least $\\det$", "$\\det$")),
                Map.entry(driftPlot, List.of("drift of $|u|^2 - |(w, b)|^2$", "imbalance drift", "drift")));
        List<String> chosen = new ArrayList<>();
        Font font = t.label;
        for (Map.Entry<XYPlot, List<String>> named : names) {
            List<String> candidates = named.getValue();
            String fitting = candidates.stream().filter(c -> MathText.of(c, t.label).width() < room)
                    .findFirst().orElse(candidates.get(candidates.size() - 1));
            chosen.add(fitting);
            if (plot.getSubplots().stream().anyMatch(p -> p == named.getKey())) {
                Font fits = MathText.fitting(fitting, t.label, room, TypesetAxes.SMALLEST).font();
                font = fits.getSize2D() < font.getSize2D() ? fits : font;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            ValueAxis axis = names.get(i).getKey().getRangeAxis();
            label(axis, chosen.get(i), font, t);
            TypesetAxes.setNameOverhang(axis, overhang);
        }
    }

    /**
     * Names the axis in markup ({@link TypesetAxes} typesets it) in {@code font} and gives it {@code t}'s tick font
     * and strokes.
     */
    private static void label(ValueAxis axis, String markup, Font font, Theme t) {
        axis.setLabel(markup);
        axis.setLabelFont(font);
        axis.setTickLabelFont(t.tick);
        axis.setTickMarkStroke(t.tickStroke);
        axis.setAxisLineStroke(t.frame);
        axis.setTickMarkOutsideLength((float) t.tickLength());
        axis.setTickLabelInsets(new RectangleInsets(0.15 * t.look.fontPt(), 0.15 * t.look.fontPt(),
                0.15 * t.look.fontPt(), 0.15 * t.look.fontPt()));
        axis.setLabelInsets(new RectangleInsets(0.2 * t.look.fontPt(), 0.2 * t.look.fontPt(),
                0.2 * t.look.fontPt(), 0.2 * t.look.fontPt()));
    }
}
