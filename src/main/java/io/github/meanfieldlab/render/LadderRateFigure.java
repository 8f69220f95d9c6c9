package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.core.RateFit;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a quantity of a ladder shrinks towards the limit: its root mean square over the seeds against the rungs'
 * values on log-log axes (each seed a faint dot behind it), one colour per time s with the fitted slope and its
 * 90 % interval, the theory's slope dotted beside it; for the loss gap also the same gap at s = 0 (rings,
 * dashed), so that what the flow adds is visible.
 */
public final class LadderRateFigure implements Figure {
    /** The theory's line sits this factor below the first fit: a fifth of a decade. */
    private static final double THEORY_OFFSET = 0.63;

    private final LadderResult result;
    private final LadderResult.Quantity quantity;
    /** What is drawn, fitted once: a result does not change. */
    private final Series[] series;
    private final double vMin;
    private final double vMax;
    /** The theory's line at vMin and vMax, or null when nothing was fitted. */
    private final double[] theory;

    /** @param quantity {@code GAP} (drawn with the s = 0 gaps) or {@code DISTANCE}, say */
    public LadderRateFigure(LadderResult result, LadderResult.Quantity quantity) {
        this.result = result;
        this.quantity = quantity;
        double[] times = result.times();
        series = new Series[times.length + (quantity == LadderResult.Quantity.GAP ? 1 : 0)];
        for (int t = 0; t < times.length; t++) {
            series[t] = new Series("$s$ = " + LogAxis.label(times[t]), result.samples(quantity, t),
                    result.rms(quantity, t), result.fit(quantity, t), LadderColors.of(t, times.length), Marker.FILLED, false);
        }
        if (quantity == LadderResult.Quantity.GAP) {
            LadderResult.Quantity initial = LadderResult.Quantity.INITIAL_GAP;
            series[times.length] = new Series("$s$ = 0", result.samples(initial, 0), result.rms(initial, 0),
                    result.fit(initial, 0), Theme.MUTED, Marker.HOLLOW, true);
        }
        vMin = Arrays.stream(result.values()).min().orElseThrow();
        vMax = Arrays.stream(result.values()).max().orElseThrow();
        theory = theoryLine();
    }

    /** One drawn series: its points per rung and seed at time index t, and its fit (dashed for the s = 0 gaps). */
    private record Series(String name, double[][] samples, double[] rms, RateFit fit, Color color, Marker marker,
                          boolean dashed) {
        Stroke line(Theme t) {
            return dashed ? t.dashed(1.4 * t.unit, 6, 4) : t.line;
        }
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        Theme t = Theme.of(look, area);
        LadderAxis axis = result.axis();
        double[] yRange = yRange();
        String status = result.seeds().length + " seeds (dots), RMS over seeds (discs); reference "
                + LadderNames.equation(axis, result.reference());
        Axis x = LogAxis.of(LadderNames.symbol(axis), vMin, vMax, result.values());
        Axis y = LogAxis.of(LadderNames.quantity(quantity), yRange == null ? 1e-3 : yRange[0], yRange == null ? 1 : yRange[1], null);
        if (yRange == null) {
            PlotFrame.drawEmpty(g, area, look, title(), status, x, y,
                    "no positive values: the rungs equal the reference here");
            return;
        }
        PlotFrame frame = PlotFrame.begin(g, area, look, title(), status, x, y, null);
        frame.drawBackground(g);
        Legend legend = new Legend();
        Shape clip = frame.clip(g);
        for (Series s : series) {
            draw(g, frame, t, s, legend);
        }
        if (theory != null) {
            Stroke dotted = t.dashed(1.6 * t.unit, 1.5, 4);
            g.setPaint(Theme.INK);
            g.setStroke(dotted);
            g.draw(line(frame, vMin, vMax, theory[0], theory[1]));
            legend.add("theory: slope " + axis.theoryLabel() + " (drawn below the first fit)", Theme.INK, dotted, null);
        }
        frame.endClip(g, clip);
        legend.draw(g, frame, axis.theorySlope() < 0);
        frame.drawAxes(g);
    }

    /** A series' seeds as faint dots, its fitted line and its root mean squares, and its legend entry. */
    private void draw(Graphics2D g, PlotFrame frame, Theme t, Series s, Legend legend) {
        double[] values = result.values();
        for (int r = 0; r < values.length; r++) {
            for (double v : s.samples[r]) {
                if (v > 0) {
                    Marker.FAINT.draw(g, t, frame.px(Math.log10(values[r])), frame.py(Math.log10(v)), s.color);
                }
            }
        }
        if (s.fit.isFitted()) {
            g.setPaint(s.color);
            g.setStroke(s.line(t));
            g.draw(line(frame, vMin, vMax, s.fit.at(vMin), s.fit.at(vMax)));
            legend.add(String.format(Locale.ROOT, "%s: slope %s (90 %%: %s to %s)", s.name,
                    Ticks.format(s.fit.slope(), 2), Ticks.format(s.fit.low(), 2), Ticks.format(s.fit.high(), 2)),
                    s.color, s.line(t), s.marker);
        } else {
            legend.add(s.name + ": nothing to fit (a gap of 0: the rung equals the reference)", s.color, null, s.marker);
        }
        for (int r = 0; r < values.length; r++) {
            if (s.rms[r] > 0) {
                s.marker.draw(g, t, frame.px(Math.log10(values[r])), frame.py(Math.log10(s.rms[r])), s.color);
            }
        }
    }

    /** The smallest and largest positive value drawn, the theory's line included; null if there is none. */
    private double[] yRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double[] row : s.samples) {
                for (double v : row) {
                    if (v > 0 && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (theory != null) {
            lo = Math.min(lo, Math.min(theory[0], theory[1]));
            hi = Math.max(hi, Math.max(theory[0], theory[1]));
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /**
     * The theory's line at vMin and vMax: the theory's slope, parallel to and a little below the first fitted
     * line at the middle rung (on it, a fit that agrees would hide it), to compare slopes, not heights; null
     * when nothing was fitted.
     */
    private double[] theoryLine() {
        for (Series s : series) {
            if (s.fit.isFitted()) {
                double mid = Math.sqrt(vMin * vMax);
                double at = THEORY_OFFSET * s.fit.at(mid);
                double p = result.axis().theorySlope();
                return new double[] {at * Math.pow(vMin / mid, p), at * Math.pow(vMax / mid, p)};
            }
        }
        return null;
    }

    private String title() {
        String against = " against " + LadderNames.symbol(result.axis());
        return quantity == LadderResult.Quantity.DISTANCE ? "Distance between coupled particles" + against
                : quantity == LadderResult.Quantity.GAP ? "Loss gap to the reference" + against
                : LadderNames.quantity(quantity) + against;
    }

    private static Line2D line(PlotFrame frame, double v0, double v1, double y0, double y1) {
        return new Line2D.Double(frame.px(Math.log10(v0)), frame.py(Math.log10(y0)),
                frame.px(Math.log10(v1)), frame.py(Math.log10(y1)));
    }
}
