package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.LadderResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A ladder's loss curves: E(s) of every rung, averaged over the seeds, on a log axis against pseudo-time s,
 * with the reference dashed and the compared times marked.
 */
public final class LadderLossFigure implements Figure {
    /** Points per curve at most; a longer history is drawn at every k-th row. */
    private static final int MAX_POINTS = 2000;

    private final LadderResult result;

    public LadderLossFigure(LadderResult result) {
        this.result = result;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        Theme t = Theme.of(look, area);
        Stroke referenceLine = t.dashed(1.6 * t.unit, 6, 4);
        double[] values = result.values();
        int seeds = result.seeds().length;
        double[][] curves = new double[values.length + 1][];
        FlowHistory[][] runs = new FlowHistory[values.length + 1][seeds];
        for (int j = 0; j < seeds; j++) {
            for (int r = 0; r < values.length; r++) {
                runs[r][j] = result.history(r, j);
            }
            runs[values.length][j] = result.referenceHistory(j);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double sMax = 0;
        for (int c = 0; c < curves.length; c++) {
            curves[c] = meanLoss(runs[c]);
            for (double e : curves[c]) {
                if (e > 0 && Double.isFinite(e)) {
                    lo = Math.min(lo, e);
                    hi = Math.max(hi, e);
                }
            }
            sMax = Math.max(sMax, runs[c][0].time(runs[c][0].size() - 1));
        }
        Axis x = Axis.linear("pseudo-time $s$", new Range(0, sMax));
        Axis y = LogAxis.of("$E$ (mean over seeds)", lo <= hi ? lo : 1e-3, lo <= hi ? hi : 1, null);
        PlotFrame frame = PlotFrame.begin(g, area, look, "Loss $E(s)$ of each rung", seeds
                + " seeds; the ladder compares at " + times(), x, y, null);
        frame.drawBackground(g);
        Shape clip = frame.clip(g);
        g.setPaint(Theme.MUTED);
        g.setStroke(t.thinLine);
        for (double s : result.times()) {
            g.draw(new Line2D.Double(frame.px(s), frame.plot().getY(), frame.px(s), frame.plot().getMaxY()));
        }
        Legend legend = new Legend();
        for (int c = 0; c < curves.length; c++) {
            boolean reference = c == values.length;
            Color color = reference ? Theme.INK : LadderColors.of(c, values.length);
            Stroke stroke = reference ? referenceLine : t.line;
            g.setPaint(color);
            g.setStroke(stroke);
            g.draw(path(frame, runs[c][0], curves[c]));
            legend.add((reference ? "reference " : "") + LadderNames.equation(result.axis(), reference
                    ? result.reference() : values[c]), color, stroke, null);
        }
        frame.endClip(g, clip);
        legend.draw(g, frame, true);
        frame.drawAxes(g);
    }

    private String times() {
        StringBuilder sb = new StringBuilder("$s$ = ");
        double[] times = result.times();
        for (int t = 0; t < times.length; t++) {
            sb.append(t == 0 ? "" : ", ").append(LogAxis.label(times[t]));
        }
        return sb.toString();
    }

    /** The mean of the seeds' losses, row by row (the seeds of one rung take the same steps). */
    private static double[] meanLoss(FlowHistory[] seeds) {
        double[] mean = new double[seeds[0].size()];
        for (FlowHistory h : seeds) {
            for (int row = 0; row < mean.length; row++) {
                mean[row] += h.loss(row) / seeds.length;
            }
        }
        return mean;
    }

    private static Path2D path(PlotFrame frame, FlowHistory times, double[] loss) {
        Path2D.Double path = new Path2D.Double();
        int stride = Math.max(1, (loss.length + MAX_POINTS - 1) / MAX_POINTS);
        boolean started = false;
        for (int row = 0; row < loss.length; row += stride) {
            if (!(loss[row] > 0)) {
                started = false;
                continue;
            }
            double px = frame.px(times.time(row));
            double py = frame.py(Math.log10(loss[row]));
            if (started) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                started = true;
            }
        }
        return path;
    }
}
