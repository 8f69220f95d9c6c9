package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.Optional;

/**
 * The data and the network's fit: for d = 2 the prediction g(z_L(x)) as a heatmap over the input plane with
 * the samples on top (and the decision boundary g = 0 for ±1 labels), for d = 1 the fitted curve through the
 * samples. The colour scale follows the targets: one-sided when none is negative, symmetric about 0 otherwise. The prediction is the snapshot's probe outputs at the points of {@link ProbeGrid#forData}.
 */
public final class FitFigure implements ScaledFigure {
    private static final String TITLE = "Data and fit $g(z_L(x))$";
    /** Radius of a sample's marker in points in a figure of the reference size ({@link Theme#lineScale}). */
    private static final double SAMPLE_RADIUS = 2.6;
    private static final Color CURVE = new Color(0x1F, 0x4E, 0x9C);
    private static final Color SAMPLE = new Color(0x33, 0x33, 0x33);

    private FlowSnapshot snapshot;
    /** The network's outputs at the snapshot, computed once for it however often it is drawn; null until asked. */
    private Outputs outputs;
    private boolean showBoundary = true;
    /** The last drawing of samples, for {@link #sampleAt} on another thread; null before one. */
    private volatile Drawn drawn;
    /** Scales set from outside (the other half of a comparison's), or null for the figure's own. */
    private Scales imposed;

    /** Hands the figure the newest snapshot. */
    @Override
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
        outputs = null;
    }

    public boolean isShowBoundary() {
        return showBoundary;
    }

    /** Whether the decision boundary g = 0 is drawn over the d = 2 heatmap when the labels are ±1. */
    public void setShowBoundary(boolean showBoundary) {
        this.showBoundary = showBoundary;
    }

    /** boundary: whether the decision boundary is drawn. */
    @Override
    public Map<String, String> viewOptions() {
        return Map.of("boundary", Boolean.toString(showBoundary));
    }

    @Override
    public void setViewOption(String id, String value) {
        if (!id.equals("boundary")) {
            throw ViewOption.unknown(id, viewOptions().keySet());
        }
        setShowBoundary(ViewOption.bool(id, value));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        if (snapshot == null) {
            PlotFrame.drawEmpty(g, area, look, TITLE, "", Axis.linear("$x_1$", new Range(-1, 1)),
                    Axis.linear("$x_2$", new Range(-1, 1)), PlotFrame.WAITING);
            return;
        }
        int d = snapshot.data().dimension();
        if (d == 1) {
            drawCurve(g, area, look);
        } else if (d == 2) {
            drawPlane(g, area, look);
        } else {
            PlotFrame.drawEmpty(g, area, look, TITLE, Status.of(snapshot), Axis.linear("$x_1$", new Range(-1, 1)),
                    Axis.linear("$x_2$", new Range(-1, 1)), "the fit is shown for $d$ = 1 or 2; these data have $d$ = " + d);
        }
    }

    @Override
    public void setScales(Scales scales) {
        imposed = scales;
    }

    /** The input's axes (and for d = 1 the output's up) and, in the plane, the targets' colour scale. */
    @Override
    public Scales scales() {
        if (snapshot == null || snapshot.data().dimension() > 2) {
            return null;
        }
        Scales own = snapshot.data().dimension() == 1 ? curveScales() : planeScales();
        return imposed == null ? own : imposed.over(own);
    }

    private Outputs outputs() {
        if (outputs == null) {
            outputs = Outputs.of(snapshot);
        }
        return outputs;
    }

    /** The samples and the fitted curve across and up. */
    private Scales curveScales() {
        Dataset data = snapshot.data();
        Outputs o = outputs();
        double[] xs = new double[data.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.x(i, 0);
        }
        Range x = Quantiles.of(xs, 0, 1);
        Range y = Quantiles.of(data.targets(), 0, 1);
        if (o.atProbes().length > 0) {
            x = x.union(Quantiles.of(o.probes(), 0, 1));
            // Follow the curve where it strays, but not so far that the samples shrink to a line.
            Range fit = Quantiles.of(o.atProbes(), 0, 1);
            y = y.union(new Range(Math.max(fit.min(), y.min() - 2 * y.span()), Math.min(fit.max(), y.max() + 2 * y.span())));
        }
        return new Scales(new Scales.Scale("x", x), new Scales.Scale("y", y.padded(0.04)), null);
    }

    /** The probe lattice (or the samples) across and up, and the targets' colours. */
    private Scales planeScales() {
        Dataset data = snapshot.data();
        ProbeLattice lattice = outputs().lattice();
        Range x;
        Range y;
        if (lattice != null) {
            x = lattice.x();
            y = lattice.y();
        } else {
            double[] in = data.inputs();
            double[] x1 = new double[data.size()];
            double[] x2 = new double[data.size()];
            for (int i = 0; i < x1.length; i++) {
                x1[i] = in[2 * i];
                x2[i] = in[2 * i + 1];
            }
            x = Quantiles.of(x1, 0, 1).padded(ProbeGrid.MARGIN);
            y = Quantiles.of(x2, 0, 1).padded(ProbeGrid.MARGIN);
        }
        return new Scales(new Scales.Scale("x1", x), new Scales.Scale("x2", y), ValueColors.targetScale(data));
    }

    private void drawCurve(Graphics2D g, Rectangle2D area, Look look) {
        Dataset data = snapshot.data();
        Outputs o = outputs();
        double[] probes = o.probes();
        double[] gs = o.atProbes();
        int n = gs.length;
        double[] xs = new double[data.size()];
        double[] ys = data.targets();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.x(i, 0);
        }
        Scales scales = scales();
        PlotFrame frame = PlotFrame.begin(g, area, look, TITLE, Status.of(snapshot),
                Axis.linear("$x$", scales.x().range()).withMarkerRoom(SAMPLE_RADIUS + 1),
                Axis.linear("$y$,  $g(z_L(x))$", scales.y().range()).withMarkerRoom(SAMPLE_RADIUS + 1), null);
        Theme t = frame.theme();
        double r = SAMPLE_RADIUS * t.unit;
        frame.drawBackground(g);
        Shape clip = frame.clip(g);
        drawn = new Drawn(frame, snapshot, o);
        g.setPaint(SAMPLE);
        for (int i = 0; i < xs.length; i++) {
            g.fill(new Ellipse2D.Double(frame.px(xs[i]) - r, frame.py(ys[i]) - r, 2 * r, 2 * r));
        }
        if (n > 1) {
            Path2D.Double curve = new Path2D.Double();
            curve.moveTo(frame.px(probes[0]), frame.py(gs[0]));
            for (int q = 1; q < n; q++) {
                curve.lineTo(frame.px(probes[q]), frame.py(gs[q]));
            }
            g.setPaint(CURVE);
            g.setStroke(t.line);
            g.draw(curve);
        }
        frame.endClip(g, clip);
        frame.drawAxes(g);
        if (n > 1) {
            frame.drawKey(g, new String[] {"network $g(z_L(x))$", "samples $(x_i, y_i)$"}, (gr, row, cx, cy) -> {
                if (row == 0) {
                    gr.setPaint(CURVE);
                    gr.setStroke(t.line);
                    gr.draw(new Line2D.Double(cx - 0.7 * t.look.fontPt(), cy, cx + 0.7 * t.look.fontPt(), cy));
                } else {
                    gr.setPaint(SAMPLE);
                    gr.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                }
            });
        } else {
            frame.drawNote(g, "no probe outputs: give the runner ProbeGrid.forData points");
        }
    }

    private void drawPlane(Graphics2D g, Rectangle2D area, Look look) {
        Dataset data = snapshot.data();
        Outputs o = outputs();
        ProbeLattice lattice = o.lattice();
        Scales scales = scales();
        ValueColors colors = ValueColors.forTargets(data, look.palette(), scales.colour());
        Range x = scales.x().range();
        Range y = scales.y().range();
        PlotFrame frame = PlotFrame.begin(g, area, look, TITLE, Status.of(snapshot), Axis.linear("$x_1$", x),
                Axis.linear("$x_2$", y), new PlotFrame.ColorBar(colors, "$g(z_L(x))$ and targets $y_i$"));
        Theme t = frame.theme();
        frame.drawBackground(g);
        Shape clip = frame.clip(g);
        if (lattice != null) {
            double[] out = o.atProbes();
            // The lattice's own rectangle: the axes may be wider, shared with another run's data.
            Rectangle2D cells = new Rectangle2D.Double(frame.px(lattice.x().min()), frame.py(lattice.y().max()),
                    frame.px(lattice.x().max()) - frame.px(lattice.x().min()),
                    frame.py(lattice.y().min()) - frame.py(lattice.y().max()));
            Heatmap.draw(g, cells, out, lattice.resolution(), lattice.resolution(), colors, true);
            if (showBoundary && data.hasSignLabels()) {
                drawBoundary(g, cells, lattice, out, frame.theme());
            }
        }
        drawn = new Drawn(frame, snapshot, o);
        double[] fitted = o.atSamples();
        for (int i = 0; i < data.size(); i++) {
            drawSample(g, t, frame.px(data.x(i, 0)), frame.py(data.x(i, 1)), colors.color(data.y(i)),
                    colors.color(fitted[i]));
        }
        frame.endClip(g, clip);
        frame.drawAxes(g);
        if (lattice == null) {
            frame.drawNote(g, "no probe outputs: give the runner ProbeGrid.forData points");
        } else {
            Color light = colors.map().color(0.75);
            Color dark = colors.map().color(0.15);
            frame.drawKey(g, new String[] {"sample: target $y_i$ | fit $g(z_L(x_i))$"},
                    (gr, row, cx, cy) -> drawSample(gr, t, cx, cy, dark, light));
        }
    }

    /**
     * The sample whose dot the last drawing put nearest (x, y), in the user space it was drawn in, within
     * {@link Hits#REACH}: its x, its y and the prediction g(z_L(x)) = a·z_L(x) there; empty if none is that near.
     */
    public Optional<Hits.Sample> sampleAt(double x, double y) {
        Drawn last = drawn;
        if (last == null || !last.frame().plot().contains(x, y)) {
            return Optional.empty();
        }
        PlotFrame frame = last.frame();
        FlowSnapshot s = last.snapshot();
        Dataset data = s.data();
        double[] across = new double[data.size()];
        double[] up = new double[data.size()];
        for (int i = 0; i < across.length; i++) {
            across[i] = data.x(i, 0);
            up[i] = data.dimension() == 1 ? data.y(i) : data.x(i, 1);
        }
        int i = Hits.nearest(frame, across, up, x, y);
        if (i < 0) {
            return Optional.empty();
        }
        double[] input = new double[data.dimension()];
        for (int j = 0; j < input.length; j++) {
            input[j] = data.x(i, j);
        }
        return Optional.of(new Hits.Sample(i, input, data.y(i), last.outputs().atSamples()[i], s.time()));
    }

    /**
     * A sample as a disc split down the middle: its target on the left, the network's output at it on the
     * right, both in the heatmap's colours. Where the fit is good the two halves match each other and the
     * background; a residual shows as two halves of different colour.
     */
    private static void drawSample(Graphics2D g, Theme t, double cx, double cy, Color target, Color fit) {
        double r = 1.5 * SAMPLE_RADIUS * t.unit;
        g.setPaint(target);
        g.fill(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90, 180, Arc2D.PIE));
        g.setPaint(fit);
        g.fill(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 270, 180, Arc2D.PIE));
        g.setPaint(Theme.INK);
        g.setStroke(t.thinLine);
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.draw(new Line2D.Double(cx, cy - r, cx, cy + r));
    }

    /** The frame a drawing of samples used, the snapshot it showed and the outputs it drew. */
    private record Drawn(PlotFrame frame, FlowSnapshot snapshot, Outputs outputs) {
    }

    /**
     * What the figure draws of one snapshot's network: the probe points, g(z_L(x)) = a·z_L(x) at each of them and
     * at each sample, and the lattice the probes form (null unless a d = 2 lattice). Computed once per snapshot,
     * not once per drawing.
     */
    private record Outputs(double[] probes, double[] atProbes, double[] atSamples, ProbeLattice lattice) {
        static Outputs of(FlowSnapshot s) {
            double[] probes = s.probeInputs();
            double[] atProbes = new double[s.probeCount()];
            for (int q = 0; q < atProbes.length; q++) {
                atProbes[q] = s.probeOutput(q);
            }
            int L = s.spec().depth();
            int D = s.spec().stateDimension();
            double[] atSamples = new double[s.samples()];
            for (int i = 0; i < atSamples.length; i++) {
                for (int c = 0; c < D; c++) {
                    atSamples[i] += s.spec().readout(c) * s.state(i, L, c);
                }
            }
            return new Outputs(probes, atProbes, atSamples, ProbeLattice.of(probes, atProbes.length));
        }
    }

    private static void drawBoundary(Graphics2D g, Rectangle2D p, ProbeLattice lattice, double[] out, Theme t) {
        int res = lattice.resolution();
        Path2D.Double zero = Contour.of(out, res, res, 0);
        // Grid index c sits at the centre of cell c, i.e. at x.min + (c + ½)·cell.
        AffineTransform toPlot = new AffineTransform();
        toPlot.translate(p.getX() + p.getWidth() / (2.0 * res), p.getMaxY() - p.getHeight() / (2.0 * res));
        toPlot.scale(p.getWidth() / res, -p.getHeight() / res);
        g.setPaint(Theme.INK);
        g.setStroke(Theme.round(1.8 * t.unit));
        g.draw(toPlot.createTransformedShape(zero));
    }

    /**
     * A square lattice of probe points laid out by {@link ProbeGrid#forData}, recognised from the points
     * themselves; its ranges reach half a cell beyond the outer points, so cells centre on the probes.
     */
    private record ProbeLattice(int resolution, Range x, Range y) {
        static ProbeLattice of(double[] points, int count) {
            int res = (int) Math.round(Math.sqrt(count));
            if (count < 4 || res * res != count || points.length != 2 * count) {
                return null;
            }
            double x0 = points[0];
            double x1 = points[2 * (res - 1)];
            double y0 = points[1];
            double y1 = points[2 * (count - 1) + 1];
            double hx = (x1 - x0) / (res - 1);
            double hy = (y1 - y0) / (res - 1);
            if (!(hx > 0 && hy > 0)) {
                return null;
            }
            for (int q = 0; q < count; q++) {
                double ex = x0 + (q % res) * hx;
                double ey = y0 + (q / res) * hy;
                if (Math.abs(points[2 * q] - ex) > 1e-6 * hx || Math.abs(points[2 * q + 1] - ey) > 1e-6 * hy) {
                    return null;
                }
            }
            return new ProbeLattice(res, new Range(x0 - hx / 2, x1 + hx / 2), new Range(y0 - hy / 2, y1 + hy / 2));
        }
    }
}
