package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The value axes of the loss chart's stacked panels. With every panel on at column size a small panel is about 14 pt
 * high, room for two tick labels: JFreeChart's tick units, chosen one label height apart from the axis' lowest
 * value, then left the fidelity and drift panels one label and λ_min none. Here a linear panel's range ends on round
 * values (a little margin beyond, so that a curve at an end stays off the frame) and a log panel's on whole decades,
 * so that the panel's ends are ticks; the ticks are then thinned to the panel's height keeping both ends labelled.
 * Every panel so reads as "from this to that" at least, with more labels where they fit. Chosen over a smaller
 * type or a compact notation, which read worse, and over taller panels, which a column figure has no room for.
 */
final class PanelAxes {
    /** A linear panel's round ends are at most this many round steps apart: the data fills most of the panel. */
    private static final int MOST_STEPS = 4;
    /** Room beyond the round ends, as a fraction of the range between them. */
    private static final double MARGIN = 0.04;
    /** Air between two tick labels, in ems of the tick font. */
    private static final double AIR = 0.25;
    /** Ticks without a label (grid lines) stay at least this fraction of a label's room apart. */
    private static final double DENSEST_GRID = 0.5;
    /** The finest round step tried: this many steps across the range. */
    private static final int MOST_TICKS = 12;

    private PanelAxes() {
    }

    /** A linear panel axis with a typeset name. */
    static NumberAxis linear() {
        return new Linear();
    }

    /** A logarithmic panel axis (base 10, which {@link #paddedDecades} assumes) with a typeset name. */
    static LogAxis decades() {
        return new Decades();
    }

    /**
     * Tick positions, in the axis' units (the value, or its log10), and which of them carry a label.
     *
     * @param labelled whether each tick has a label; the first and the last always do
     */
    record Plan(double[] at, boolean[] labelled) {
    }

    /**
     * Ticks at the multiples of a round step across [lo, hi] on an axis {@code length} long, with labels that need
     * {@code room} each: of the steps from {@code firstStep} on ({@code coarser} gives the next), the one that labels
     * the most ticks, the finest of those; on it every k-th tick is labelled, the first and last among them, k as
     * small as fits, and the ticks between are kept (as grid lines) where they are half a label's room apart. When
     * none fits, the sparsest step with two ticks, its ends labelled.
     */
    static Plan plan(double lo, double hi, double length, double room, double firstStep, DoubleUnaryOperator coarser) {
        if (!(hi > lo && Double.isFinite(hi - lo) && length > 0)) {
            // An axis not laid out yet (no length) or without a span: nothing to tick.
            return new Plan(new double[0], new boolean[0]);
        }
        Plan best = null;
        int bestLabels = 0;
        Plan sparsest = null;
        for (double step = firstStep; ; step = coarser.applyAsDouble(step)) {
            double[] at = Ticks.multiples(lo, hi, step);
            if (at.length < 2) {
                return best != null ? best : sparsest != null ? sparsest : new Plan(at, every(at.length, 1));
            }
            double apart = step / (hi - lo) * length;
            int intervals = at.length - 1;
            OptionalInt stride = Ticks.smallestStride(intervals, k -> k * apart >= room);
            // Labels at 0, 0.5, 1 read better than at 0 and 1 on a finer grid.
            if (stride.isPresent() && intervals / stride.getAsInt() + 1 > bestLabels) {
                int k = stride.getAsInt();
                // Grid lines closer than half a label would hatch the panel: only the labelled ticks then.
                best = apart >= DENSEST_GRID * room ? new Plan(at, every(at.length, k))
                        : new Plan(Ticks.everyKth(at, k), every(intervals / k + 1, 1));
                bestLabels = intervals / k + 1;
            }
            sparsest = new Plan(at, every(at.length, intervals));
        }
    }

    private static boolean[] every(int n, int k) {
        boolean[] labelled = new boolean[n];
        for (int i = 0; i < n; i++) {
            labelled[i] = i % k == 0;
        }
        return labelled;
    }

    /** The round step whose multiples enclose [lo, hi] in at most {@link #MOST_STEPS} steps. */
    static double enclosingStep(double lo, double hi) {
        for (double step = Ticks.niceStep((hi - lo) / MOST_STEPS); ; step = Ticks.nextNice(step)) {
            if (Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) <= MOST_STEPS) {
                return step;
            }
        }
    }

    /** A linear panel's range from round {@code first} to {@code last}, with the margin that keeps curves off the frame. */
    static Range padded(double first, double last) {
        double margin = MARGIN * (last - first);
        return new Range(first - margin, last + margin);
    }

    /** A log panel's range from 10^bottom to 10^top (whole decades), with the margin in decades. */
    static Range paddedDecades(double bottom, double top) {
        double margin = MARGIN * (top - bottom);
        return new Range(Math.pow(10, bottom - margin), Math.pow(10, top + margin));
    }

    /**
     * Labels for the values of a linear axis: as many decimals as the values need, the same for all; from 10⁴ up
     * or below 10⁻³ a mantissa times a power of ten ("1.5×10⁻⁵"), the power shared.
     */
    static String[] linearLabels(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        int exponent = Ticks.exponent(largest);
        double scale = Math.pow(10, exponent);
        int decimals = 0;
        for (double v : values) {
            decimals = Math.max(decimals, decimals(v / scale));
        }
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String mantissa = Ticks.format(values[i] / scale, decimals);
            labels[i] = exponent == 0 ? mantissa : values[i] == 0 ? "0" : mantissa + "×10" + Status.superscript(exponent);
        }
        return labels;
    }

    /** The fewest decimals (up to 6) that write {@code v} exactly. */
    private static int decimals(double v) {
        for (int d = 0; d < 6; d++) {
            double shifted = v * Math.pow(10, d);
            if (Math.abs(shifted - Math.rint(shifted)) < 1e-6 * Math.max(1, Math.abs(shifted))) {
                return d;
            }
        }
        return 6;
    }

    /** The height a tick label takes, line box and air: what two neighbouring labels need between their ticks. */
    private static double labelRoom(Font font, double height) {
        return height + AIR * font.getSize2D();
    }

    private static double lineHeight(Graphics2D g, Font font) {
        LineMetrics m = font.getLineMetrics("0", g.getFontRenderContext());
        return m.getAscent() + m.getDescent();
    }

    /** Labels left of a left axis, right of a right one, their digits centred on the tick. */
    private static TextAnchor anchor(RectangleEdge edge) {
        return edge == RectangleEdge.LEFT ? TextAnchor.HALF_ASCENT_RIGHT : TextAnchor.HALF_ASCENT_LEFT;
    }

    private static final class Linear extends TypesetAxes.Number {
        /** The data's range (with 0 if asked) widened to round ends, plus the margin. */
        @Override
        protected void autoAdjustRange() {
            Range data = getPlot() instanceof ValueAxisPlot p ? p.getDataRange(this) : null;
            if (!isAutoRange() || data == null) {
                super.autoAdjustRange();
                return;
            }
            double lo = data.getLowerBound();
            double hi = data.getUpperBound();
            if (getAutoRangeIncludesZero()) {
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 0);
            }
            if (!(hi > lo)) {
                // One value (a flat curve): a range around it, which its round ends then widen.
                double pad = lo == 0 ? 1 : Math.abs(lo) / 10;
                lo -= pad;
                hi += pad;
            }
            double step = enclosingStep(lo, hi);
            setRange(padded(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step), false, false);
        }

        @Override
        public List refreshTicks(Graphics2D g, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            if (!RectangleEdge.isLeftOrRight(edge)) {
                return super.refreshTicks(g, state, dataArea, edge);
            }
            Font font = getTickLabelFont();
            Plan plan = plan(getLowerBound(), getUpperBound(), dataArea.getHeight(),
                    labelRoom(font, lineHeight(g, font)), Ticks.niceStep(getRange().getLength() / MOST_TICKS),
                    Ticks::nextNice);
            List<Double> shown = new ArrayList<>();
            for (int i = 0; i < plan.at().length; i++) {
                if (plan.labelled()[i]) {
                    shown.add(plan.at()[i]);
                }
            }
            String[] labels = linearLabels(shown.stream().mapToDouble(Double::doubleValue).toArray());
            List<ValueTick> ticks = new ArrayList<>();
            TextAnchor anchor = anchor(edge);
            for (int i = 0, l = 0; i < plan.at().length; i++) {
                String label = plan.labelled()[i] ? labels[l++] : null;
                ticks.add(new NumberTick(TickType.MAJOR, plan.at()[i], label, anchor, anchor, 0));
            }
            return ticks;
        }
    }

    private static final class Decades extends TypesetAxes.Log {
        /** Whole decades around the data, at least one, plus the margin. */
        @Override
        protected void autoAdjustRange() {
            Range data = getPlot() instanceof ValueAxisPlot p ? p.getDataRange(this) : null;
            if (!isAutoRange() || data == null || !(data.getUpperBound() > 0)) {
                super.autoAdjustRange();
                return;
            }
            double hi = data.getUpperBound();
            double lo = Math.max(data.getLowerBound() > 0 ? data.getLowerBound() : hi / 10, getSmallestValue());
            double bottom = Math.floor(calculateLog(lo));
            double top = Math.max(Math.ceil(calculateLog(hi)), bottom + 1);
            setRange(paddedDecades(bottom, top), false, false);
        }

        @Override
        public List refreshTicks(Graphics2D g, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            if (!RectangleEdge.isLeftOrRight(edge)) {
                return super.refreshTicks(g, state, dataArea, edge);
            }
            // A label with a superscript is taller than the line: measure one.
            TextLayout sample = new TextLayout(createTickLabel(calculateValue(-2)).getIterator(), g.getFontRenderContext());
            double height = Math.max(sample.getAscent() + sample.getDescent(), lineHeight(g, getTickLabelFont()));
            Plan plan = plan(calculateLog(getLowerBound()), calculateLog(getUpperBound()), dataArea.getHeight(),
                    labelRoom(getTickLabelFont(), height), 1, step -> step + 1);
            List<ValueTick> ticks = new ArrayList<>();
            TextAnchor anchor = anchor(edge);
            for (int i = 0; i < plan.at().length; i++) {
                double value = calculateValue(plan.at()[i]);
                ticks.add(new LogTick(TickType.MAJOR, value, plan.labelled()[i] ? createTickLabel(value) : null, anchor));
            }
            return ticks;
        }
    }
}
