package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;

/**
 * The paths z_0(x_i) … z_L(x_i) of the samples through depth, coloured by label: the ResNet seen as a
 * neural ODE. Hollow dots mark the inputs z_0, filled dots the outputs z_L.
 */
public final class DepthFlowFigure implements ScaledFigure {
    private static final String TITLE = "Flow through depth $z_l(x_i)$";
    /** Colours of the targets, quantised so that paths of one colour can be drawn as one shape. */
    private static final int COLOUR_LEVELS = 33;
    /** Radii in points (in a figure of the reference size, {@link Theme#lineScale}) of the hollow input and filled output dots. */
    private static final double START_RADIUS = 2.2;
    private static final double END_RADIUS = 2.8;

    /** What the paths are drawn against. */
    public enum View {
        /** The state plane when D = 2, the first two principal components of all states otherwise. */
        STATE_SPACE,
        /** The readout a·z_l against the depth t_l, ending at the targets y_i once the fit is good. */
        READOUT_AGAINST_DEPTH
    }

    private FlowSnapshot snapshot;
    private View view = View.STATE_SPACE;
    /** At most this many samples are drawn, spread evenly over the data set. */
    private static final int MAX_PATHS = 400;
    private Paths paths;
    /** Scales set from outside (the other half of a comparison's), or null for the figure's own. */
    private Scales imposed;

    /** Hands the figure the newest snapshot. */
    @Override
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
        paths = null;
    }

    public View getView() {
        return view;
    }

    /** The view; {@link View#STATE_SPACE} with D = 1 shows the readout against depth, the only plane there is. */
    public void setView(View view) {
        this.view = view;
        paths = null;
    }


    /** view: state space, or the readout against depth. */
    @Override
    public Map<String, String> viewOptions() {
        return Map.of("view", ViewOption.name(view));
    }

    @Override
    public void setViewOption(String id, String value) {
        if (!id.equals("view")) {
            throw ViewOption.unknown(id, viewOptions().keySet());
        }
        setView(ViewOption.choice(id, value, View.class));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        if (snapshot == null) {
            PlotFrame.drawEmpty(g, area, look, TITLE, "", Axis.linear("$z_1$", new Range(-1, 1)),
                    Axis.linear("$z_2$", new Range(-1, 1)), PlotFrame.WAITING);
            return;
        }
        Paths p = paths();
        Scales scales = scales();
        ValueColors colors = ValueColors.forTargets(snapshot.data(), look.palette(), scales.colour());
        PlotFrame frame = PlotFrame.begin(g, area, look, TITLE, Status.of(snapshot),
                Axis.linear(p.xLabel, scales.x().range()).withMarkerRoom(END_RADIUS + 1),
                Axis.linear(p.yLabel, scales.y().range()).withMarkerRoom(END_RADIUS + 1),
                new PlotFrame.ColorBar(colors, "target $y_i$"));
        frame.drawBackground(g);
        Shape clip = frame.clip(g);
        if (p.readoutLine != null) {
            drawReadoutLine(g, frame, p.readoutLine);
        }
        drawPaths(g, frame, p, colors);
        frame.endClip(g, clip);
        frame.drawAxes(g);
    }

    private Paths paths() {
        if (paths == null) {
            paths = computePaths();
        }
        return paths;
    }

    /** The plane of the paths (the same plane's axes share a range) and the targets' colours. */
    @Override
    public Scales scales() {
        if (snapshot == null) {
            return null;
        }
        Paths p = paths();
        Scales own = new Scales(new Scales.Scale(p.xKey, p.xRange), new Scales.Scale(p.yKey, p.yRange),
                ValueColors.targetScale(snapshot.data()));
        return imposed == null ? own : imposed.over(own);
    }

    @Override
    public void setScales(Scales scales) {
        imposed = scales;
    }

    /**
     * Paths, hollow start dots and filled end dots, gathered into one shape per colour level: a few draw
     * calls instead of three per sample, which matters on a canvas at 50 frames/s.
     */
    private static void drawPaths(Graphics2D g, PlotFrame frame, Paths p, ValueColors colors) {
        Theme t = frame.theme();
        double rs = START_RADIUS * t.unit;
        double re = END_RADIUS * t.unit;
        int last = p.x[0].length - 1;
        Path2D.Double[] lines = new Path2D.Double[COLOUR_LEVELS];
        Path2D.Double[] starts = new Path2D.Double[COLOUR_LEVELS];
        Path2D.Double[] ends = new Path2D.Double[COLOUR_LEVELS];
        Path2D.Double allStarts = new Path2D.Double();
        for (int i = 0; i < p.x.length; i++) {
            int q = level(colors, p.label[i]);
            if (lines[q] == null) {
                lines[q] = new Path2D.Double();
                starts[q] = new Path2D.Double();
                ends[q] = new Path2D.Double();
            }
            lines[q].moveTo(frame.px(p.x[i][0]), frame.py(p.y[i][0]));
            for (int l = 1; l <= last; l++) {
                lines[q].lineTo(frame.px(p.x[i][l]), frame.py(p.y[i][l]));
            }
            Ellipse2D start = new Ellipse2D.Double(frame.px(p.x[i][0]) - rs, frame.py(p.y[i][0]) - rs, 2 * rs, 2 * rs);
            starts[q].append(start, false);
            allStarts.append(start, false);
            ends[q].append(new Ellipse2D.Double(frame.px(p.x[i][last]) - re, frame.py(p.y[i][last]) - re, 2 * re, 2 * re),
                    false);
        }
        g.setStroke(t.thinLine);
        for (int q = 0; q < COLOUR_LEVELS; q++) {
            if (lines[q] != null) {
                g.setPaint(Theme.faded(colourOf(colors, q), 0.55));
                g.draw(lines[q]);
            }
        }
        g.setPaint(Color.WHITE);
        g.fill(allStarts);
        for (int q = 0; q < COLOUR_LEVELS; q++) {
            if (lines[q] != null) {
                g.setPaint(colourOf(colors, q));
                g.draw(starts[q]);
                g.fill(ends[q]);
            }
        }
    }

    /** The colour level of {@code value}: ±1 labels fall on the two ends of the map. */
    private static int level(ValueColors colors, double value) {
        double f = Math.max(0, Math.min(1, colors.fraction(value)));
        return (int) Math.round(f * (COLOUR_LEVELS - 1));
    }

    private static Color colourOf(ValueColors colors, int level) {
        return colors.map().color((double) level / (COLOUR_LEVELS - 1));
    }

    /** The line a·z = 0 in the state plane: where the readout changes sign. */
    private static void drawReadoutLine(Graphics2D g, PlotFrame frame, double[] a) {
        Range xr = frame.xRange();
        Range yr = frame.yRange();
        double reach = 2 * Math.hypot(Math.max(Math.abs(xr.min()), Math.abs(xr.max())),
                Math.max(Math.abs(yr.min()), Math.abs(yr.max())));
        double norm = Math.hypot(a[0], a[1]);
        // Direction along the line, perpendicular to a.
        double dx = -a[1] / norm * reach;
        double dy = a[0] / norm * reach;
        g.setPaint(Theme.MUTED);
        g.setStroke(frame.theme().dashed(1.2 * frame.theme().unit, 6, 4));
        g.draw(new Line2D.Double(frame.px(-dx), frame.py(-dy), frame.px(dx), frame.py(dy)));
    }

    private Paths computePaths() {
        ModelSpec spec = snapshot.spec();
        int N = snapshot.samples();
        int L = spec.depth();
        int D = spec.stateDimension();
        int count = Math.min(N, MAX_PATHS);
        int[] samples = new int[count];
        for (int j = 0; j < count; j++) {
            samples[j] = (int) ((long) j * N / count);
        }
        double[][] x = new double[count][L + 1];
        double[][] y = new double[count][L + 1];
        double[] label = new double[count];
        for (int j = 0; j < count; j++) {
            label[j] = snapshot.data().y(samples[j]);
        }
        String xLabel;
        String yLabel;
        // What the axes measure, for sharing them: the labels without the share of variance, which differs.
        String xKey;
        String yKey;
        double[] readoutLine = null;
        if (view == View.READOUT_AGAINST_DEPTH || D == 1) {
            for (int j = 0; j < count; j++) {
                for (int l = 0; l <= L; l++) {
                    double s = 0;
                    for (int c = 0; c < D; c++) {
                        s += spec.readout(c) * snapshot.state(samples[j], l, c);
                    }
                    x[j][l] = (double) l / L;
                    y[j][l] = s;
                }
            }
            xLabel = "depth $t$";
            yLabel = "readout $a\\cdot z_l(x_i)$";
            xKey = "depth";
            yKey = "readout";
        } else if (D == 2) {
            for (int j = 0; j < count; j++) {
                for (int l = 0; l <= L; l++) {
                    x[j][l] = snapshot.state(samples[j], l, 0);
                    y[j][l] = snapshot.state(samples[j], l, 1);
                }
            }
            xLabel = "$z_1$";
            yLabel = "$z_2$";
            xKey = "z1";
            yKey = "z2";
            readoutLine = spec.readout();
        } else {
            double[] states = new double[count * (L + 1) * D];
            for (int j = 0; j < count; j++) {
                for (int l = 0; l <= L; l++) {
                    for (int c = 0; c < D; c++) {
                        states[(j * (L + 1) + l) * D + c] = snapshot.state(samples[j], l, c);
                    }
                }
            }
            Pca pca = Pca.of(states, count * (L + 1), D);
            for (int j = 0; j < count; j++) {
                for (int l = 0; l <= L; l++) {
                    x[j][l] = pca.projectFirst(states, (j * (L + 1) + l) * D);
                    y[j][l] = pca.projectSecond(states, (j * (L + 1) + l) * D);
                }
            }
            xLabel = String.format(Locale.ROOT, "PC 1 of $z$ (%.0f %% of variance)", 100 * pca.explainedFirst());
            yLabel = String.format(Locale.ROOT, "PC 2 of $z$ (%.0f %%)", 100 * pca.explainedSecond());
            xKey = "PC 1 of z";
            yKey = "PC 2 of z";
        }
        return new Paths(x, y, label, xLabel, yLabel, xKey, yKey, extent(x), extent(y), readoutLine);
    }

    private static Range extent(double[][] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new Range(lo, hi).padded(0.05) : new Range(-1, 1);
    }

    /** One snapshot's paths in plot coordinates, sample by layer. */
    private record Paths(double[][] x, double[][] y, double[] label, String xLabel, String yLabel, String xKey,
                         String yKey, Range xRange, Range yRange, double[] readoutLine) {
    }
}
