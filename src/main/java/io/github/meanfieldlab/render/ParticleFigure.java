package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.data.Teacher;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The particles θ_{l,m} as a scatter of two coordinates or of the first two principal components: coloured
 * by depth, marker area proportional to mass, with optional trails and the teacher's particles on top.
 */
public final class ParticleFigure implements ScaledFigure {
    private static final Color TEACHER = new Color(0xD6, 0x27, 0x28);
    private static final double MARKER_RADIUS = 2.6;
    private static final String TITLE = "Particles $\\theta$ of all layers";

    /** Which plane the particles are shown in. */
    public enum Projection {
        /** Two chosen coordinates of θ. */
        COORDINATES,
        /** The first two principal components of the particles shown. */
        PRINCIPAL_COMPONENTS
    }

    private FlowSnapshot snapshot;
    private Teacher teacher;
    private Projection projection = Projection.PRINCIPAL_COMPONENTS;
    private int xCoordinate;
    private int yCoordinate = 1;
    private int trailLength;
    /**
     * At most this many particles are drawn: the first ones of every layer, which are the same particles at any
     * width because widths nest.
     */
    private static final int MAX_MARKERS = 4000;
    /** Earlier subsets of θ of the same run, newest first, for the trails. */
    private final Deque<double[]> trail = new ArrayDeque<>();
    private Scatter scatter;
    /** Scales set from outside (the other half of a comparison's), or null for the figure's own. */
    private Scales imposed;
    /** What the last drawing showed, for {@link #particleAt}; null before the first drawing of a snapshot. */
    private Drawn drawn;

    /** Hands the figure the newest snapshot; the one it replaces joins the trails when the run continues. */
    @Override
    public void show(FlowSnapshot next) {
        FlowSnapshot last = snapshot;
        boolean sameRun = last != null && last.runId() == next.runId() && last.spec().equals(next.spec());
        if (!sameRun) {
            trail.clear();
        } else if (trailLength > 0 && last.step() != next.step()) {
            trail.addFirst(subset(last, subsetIndices(last.spec())));
            while (trail.size() > trailLength) {
                trail.removeLast();
            }
        }
        snapshot = next;
        scatter = null;
    }

    /** The network that labelled the data, drawn over the particles; null for none. */
    public void setTeacher(Teacher teacher) {
        this.teacher = teacher;
        scatter = null;
    }

    public Projection getProjection() {
        return projection;
    }

    public void setProjection(Projection projection) {
        this.projection = projection;
        scatter = null;
    }

    public int getXCoordinate() {
        return xCoordinate;
    }

    /** The coordinate index j shown across under {@link Projection#COORDINATES}; clamped to the block's k. */
    public void setXCoordinate(int coordinate) {
        this.xCoordinate = requireIndex(coordinate);
        scatter = null;
    }

    public int getYCoordinate() {
        return yCoordinate;
    }

    /** The coordinate index j shown up under {@link Projection#COORDINATES}; clamped to the block's k. */
    public void setYCoordinate(int coordinate) {
        this.yCoordinate = requireIndex(coordinate);
        scatter = null;
    }

    private static int requireIndex(int coordinate) {
        if (coordinate < 0) {
            throw new IllegalArgumentException("coordinate index = " + coordinate + "; allowed: >= 0");
        }
        return coordinate;
    }

    public int getTrailLength() {
        return trailLength;
    }

    /** How many earlier positions (one per {@link #show}) each particle drags behind it; 0 turns trails off. */
    public void setTrailLength(int trailLength) {
        if (trailLength < 0 || trailLength > 64) {
            throw new IllegalArgumentException("trail length = " + trailLength + "; allowed: 0 to 64");
        }
        this.trailLength = trailLength;
        while (trail.size() > trailLength) {
            trail.removeLast();
        }
    }


    /**
     * projection, x and y (the coordinates shown under {@link Projection#COORDINATES}) and trails (the trail length;
     * a trail grows from the snapshots shown, so a figure shown one snapshot has none yet).
     */
    @Override
    public Map<String, String> viewOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("projection", ViewOption.name(projection));
        options.put("x", Integer.toString(xCoordinate));
        options.put("y", Integer.toString(yCoordinate));
        options.put("trails", Integer.toString(trailLength));
        return options;
    }

    @Override
    public void setViewOption(String id, String value) {
        switch (id) {
            case "projection" -> setProjection(ViewOption.choice(id, value, Projection.class));
            case "x" -> setXCoordinate(ViewOption.whole(id, value, 0, 1000));
            case "y" -> setYCoordinate(ViewOption.whole(id, value, 0, 1000));
            case "trails" -> setTrailLength(ViewOption.whole(id, value, 0, 64));
            default -> throw ViewOption.unknown(id, viewOptions().keySet());
        }
    }

    /**
     * Indices l·M + m of the particles drawn: the first of every layer, at most {@link #MAX_MARKERS} in all.
     * Entry m·L + l is particle (l, m), so entry i lies in layer i mod L.
     */
    private int[] subsetIndices(ModelSpec spec) {
        int L = spec.depth();
        int M = spec.width();
        int perLayer = Math.max(1, Math.min(M, MAX_MARKERS / L));
        int[] indices = new int[L * perLayer];
        for (int m = 0; m < perLayer; m++) {
            for (int l = 0; l < L; l++) {
                indices[m * L + l] = l * M + m;
            }
        }
        return indices;
    }

    private static double[] subset(FlowSnapshot s, int[] indices) {
        int k = s.spec().parameterCount();
        int M = s.spec().width();
        double[] out = new double[indices.length * k];
        for (int i = 0; i < indices.length; i++) {
            for (int j = 0; j < k; j++) {
                out[i * k + j] = s.particle(indices[i] / M, indices[i] % M, j);
            }
        }
        return out;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        if (snapshot == null) {
            PlotFrame.drawEmpty(g, area, look, TITLE, "", Axis.linear("PC 1", new Range(-1, 1)),
                    Axis.linear("PC 2", new Range(-1, 1)), PlotFrame.WAITING);
            return;
        }
        Scatter sc = scatter();
        Scales scales = scales();
        ValueColors depthColors = new ValueColors(ColorMap.VIRIDIS, ColorScale.LINEAR, scales.colour().range());
        PlotFrame frame = PlotFrame.begin(g, area, look, TITLE, Status.of(snapshot),
                Axis.linear(sc.xLabel, scales.x().range()), Axis.linear(sc.yLabel, scales.y().range()),
                new PlotFrame.ColorBar(depthColors, "depth $t$"));
        Theme t = frame.theme();
        frame.drawBackground(g);
        Shape clip = frame.clip(g);
        drawTrails(g, frame, sc, depthColors);
        // One shape per layer: a few fills instead of one per particle, which matters on a canvas at 50 frames/s.
        for (int l = 0; l < sc.layers; l++) {
            Path2D.Double dots = new Path2D.Double();
            for (int i = l; i < sc.x.length; i += sc.layers) {
                double r = sc.radius[i] * t.unit;
                dots.append(new Ellipse2D.Double(frame.px(sc.x[i]) - r, frame.py(sc.y[i]) - r, 2 * r, 2 * r), false);
            }
            g.setPaint(Theme.faded(depthColors.color((double) l / sc.layers), 0.75));
            g.fill(dots);
        }
        for (int i = 0; i < sc.teacherX.length; i++) {
            cross(g, t, frame.px(sc.teacherX[i]), frame.py(sc.teacherY[i]), 5 * t.unit);
        }
        drawn = new Drawn(frame, sc, snapshot);
        frame.endClip(g, clip);
        frame.drawAxes(g);
        if (sc.teacherX.length > 0) {
            frame.drawKey(g, new String[] {"teacher"}, (gr, row, cx, cy) -> cross(gr, t, cx, cy, 4 * t.unit));
        }
    }

    private Scatter scatter() {
        if (scatter == null) {
            scatter = computeScatter();
        }
        return scatter;
    }

    /**
     * The plane's two axes (principal components share a range with principal components, a coordinate with the
     * same coordinate) and depth as colour: layers sit at t = 0, 1/L, …, 1 − 1/L, and the colour bar spans those.
     */
    @Override
    public Scales scales() {
        if (snapshot == null) {
            return null;
        }
        Scatter sc = scatter();
        boolean pca = projection == Projection.PRINCIPAL_COMPONENTS;
        Scales own = new Scales(new Scales.Scale(pca ? "PC 1" : sc.xLabel, sc.xRange),
                new Scales.Scale(pca ? "PC 2" : sc.yLabel, sc.yRange),
                new Scales.Scale("depth", new Range(0, 1 - 1.0 / sc.layers)));
        return imposed == null ? own : imposed.over(own);
    }

    @Override
    public void setScales(Scales scales) {
        imposed = scales;
    }

    private void drawTrails(Graphics2D g, PlotFrame frame, Scatter sc, ValueColors depthColors) {
        if (sc.trailX.isEmpty()) {
            return;
        }
        g.setStroke(frame.theme().thinLine);
        for (int l = 0; l < sc.layers; l++) {
            Path2D.Double path = new Path2D.Double();
            for (int i = l; i < sc.x.length; i += sc.layers) {
                path.moveTo(frame.px(sc.x[i]), frame.py(sc.y[i]));
                Iterator<double[]> ys = sc.trailY.iterator();
                for (double[] xs : sc.trailX) {
                    path.lineTo(frame.px(xs[i]), frame.py(ys.next()[i]));
                }
            }
            g.setPaint(Theme.faded(depthColors.color((double) l / sc.layers), 0.45));
            g.draw(path);
        }
    }

    /** A teacher particle: a red cross on a white halo, so it reads on any particle colour. */
    private static void cross(Graphics2D g, Theme t, double cx, double cy, double r) {
        Line2D down = new Line2D.Double(cx - r, cy - r, cx + r, cy + r);
        Line2D up = new Line2D.Double(cx - r, cy + r, cx + r, cy - r);
        g.setPaint(Color.WHITE);
        g.setStroke(Theme.round(3.6 * t.unit));
        g.draw(down);
        g.draw(up);
        g.setPaint(TEACHER);
        g.setStroke(t.line);
        g.draw(down);
        g.draw(up);
    }

    private Scatter computeScatter() {
        ModelSpec spec = snapshot.spec();
        int k = spec.parameterCount();
        int[] indices = subsetIndices(spec);
        double[] theta = subset(snapshot, indices);
        int n = indices.length;
        Plane plane = plane(spec, theta, n);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] mass = new double[n];
        double meanMass = 0;
        for (int i = 0; i < n; i++) {
            x[i] = plane.x(theta, i * k);
            y[i] = plane.y(theta, i * k);
            mass[i] = ParticleMass.of(spec.block(), k, theta, i * k);
            meanMass += mass[i] / n;
        }
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            // Marker area proportional to mass: radius grows as its square root (points in a figure of the reference size).
            double r = meanMass > 0 ? MARKER_RADIUS * Math.sqrt(mass[i] / meanMass) : MARKER_RADIUS;
            radius[i] = Math.max(1.0, Math.min(9.0, r));
        }
        List<double[]> trailX = new ArrayList<>();
        List<double[]> trailY = new ArrayList<>();
        for (double[] earlier : trail) {
            if (earlier.length != theta.length) {
                break;
            }
            double[] tx = new double[n];
            double[] ty = new double[n];
            for (int i = 0; i < n; i++) {
                tx[i] = plane.x(earlier, i * k);
                ty[i] = plane.y(earlier, i * k);
            }
            trailX.add(tx);
            trailY.add(ty);
        }
        double[] teacherX = new double[0];
        double[] teacherY = new double[0];
        if (teacher != null && teacher.spec().parameterCount() == k) {
            double[] t = teacher.particles();
            int nt = t.length / k;
            teacherX = new double[nt];
            teacherY = new double[nt];
            for (int i = 0; i < nt; i++) {
                teacherX[i] = plane.x(t, i * k);
                teacherY[i] = plane.y(t, i * k);
            }
        }
        Range xr = extent(x, teacherX);
        Range yr = extent(y, teacherY);
        return new Scatter(x, y, spec.depth(), radius, trailX, trailY, teacherX, teacherY, plane.xLabel, plane.yLabel, xr, yr);
    }

    /** The central 98 % of the particles, with room around it, and every teacher particle. */
    private static Range extent(double[] values, double[] teacherValues) {
        Range r = Quantiles.of(values, 0.01, 0.99).padded(0.25);
        double margin = 0.05 * r.span();
        for (double v : teacherValues) {
            r = r.union(new Range(v - margin, v + margin));
        }
        return r;
    }

    private Plane plane(ModelSpec spec, double[] theta, int n) {
        int k = spec.parameterCount();
        List<String> names = spec.block().coordinateNames(spec.stateDimension());
        if (projection == Projection.COORDINATES) {
            int a = Math.min(xCoordinate, k - 1);
            int b = Math.min(yCoordinate, k - 1);
            return new Plane(null, a, b, "$" + MathNames.coordinate(names.get(a)) + "$",
                    "$" + MathNames.coordinate(names.get(b)) + "$");
        }
        Pca pca = Pca.of(theta, n, k);
        return new Plane(pca, 0, 0, String.format(Locale.ROOT, "PC 1 (%.0f %% of variance)", 100 * pca.explainedFirst()),
                String.format(Locale.ROOT, "PC 2 (%.0f %%)", 100 * pca.explainedSecond()));
    }

    /** The map from θ to the plane of the figure: two coordinates, or two principal components. */
    private record Plane(Pca pca, int a, int b, String xLabel, String yLabel) {
        double x(double[] theta, int offset) {
            return pca == null ? theta[offset + a] : pca.projectFirst(theta, offset);
        }

        double y(double[] theta, int offset) {
            return pca == null ? theta[offset + b] : pca.projectSecond(theta, offset);
        }
    }

    /**
     * The particle whose marker the last drawing put nearest (x, y), in the user space it was drawn in, within
     * {@link Hits#REACH}; empty if none is that near.
     */
    public Optional<Hits.Particle> particleAt(double x, double y) {
        Drawn d = drawn;
        if (d == null || !d.frame.plot().contains(x, y)) {
            return Optional.empty();
        }
        int i = Hits.nearest(d.frame, d.scatter.x, d.scatter.y, x, y);
        if (i < 0) {
            return Optional.empty();
        }
        // Entry i of the scatter is particle (i mod L, i div L): see subsetIndices.
        int layer = i % d.scatter.layers;
        int index = i / d.scatter.layers;
        ModelSpec spec = d.snapshot.spec();
        double[] theta = new double[spec.parameterCount()];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = d.snapshot.particle(layer, index, j);
        }
        return Optional.of(new Hits.Particle(layer, index, spec.block().coordinateNames(spec.stateDimension()), theta,
                d.snapshot.time()));
    }

    /** A drawing's frame and scatter, and the snapshot it showed. */
    private record Drawn(PlotFrame frame, Scatter scatter, FlowSnapshot snapshot) {
    }

    /** One snapshot's scatter in plot coordinates, particle i in layer i mod layers; trails newest first. */
    private record Scatter(double[] x, double[] y, int layers, double[] radius, List<double[]> trailX,
                           List<double[]> trailY, double[] teacherX, double[] teacherY, String xLabel, String yLabel,
                           Range xRange, Range yRange) {
    }
}
