package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** The parameter density ρ(θ, t, s) as a heatmap: depth t across (one column per layer), a scalar of θ up. */
public final class DensityFigure implements SnapshotFigure {
    /** The scalar of θ plotted up the vertical axis. */
    public enum Quantity {
        /** One coordinate of θ, chosen with {@link #setCoordinate}. */
        COORDINATE("coordinate"),
        /** |θ|. */
        NORM("|θ|"),
        /** |u|·|w| of a neuron block. */
        AMPLITUDE_TIMES_INNER("|u|·|w|"),
        /** The angle of w in the plane, for neuron blocks with D = 2. */
        INNER_ANGLE("angle of w"),
        /** The amplitude c of regularized-relu. */
        AMPLITUDE("amplitude c");

        private final String label;

        Quantity(String label) {
            this.label = label;
        }

        /** A short name for menus and axis labels. */
        public String label() {
            return label;
        }

        /** Whether this scalar is defined for the block and state dimension of {@code spec}. */
        public boolean isAvailableFor(ModelSpec spec) {
            boolean neuron = spec.block() != Block.REGULARIZED_RELU;
            return switch (this) {
                case COORDINATE, NORM -> true;
                case AMPLITUDE_TIMES_INNER -> neuron;
                case INNER_ANGLE -> neuron && spec.stateDimension() == 2;
                case AMPLITUDE -> !neuron;
            };
        }

        /** The scalar of the particle whose coordinates start at {@code offset}; D is the state dimension. */
        double of(double[] particles, int offset, int k, int D, int coordinate) {
            return switch (this) {
                case COORDINATE -> particles[offset + coordinate];
                case NORM -> norm(particles, offset, k);
                case AMPLITUDE_TIMES_INNER -> norm(particles, offset, D) * norm(particles, offset + D, D);
                case INNER_ANGLE -> Math.atan2(particles[offset + D + 1], particles[offset + D]);
                case AMPLITUDE -> particles[offset];
            };
        }

        private static double norm(double[] v, int offset, int length) {
            double s = 0;
            for (int j = 0; j < length; j++) {
                s += v[offset + j] * v[offset + j];
            }
            return Math.sqrt(s);
        }
    }

    /** How each layer's histogram is smoothed along the vertical axis. */
    public enum Smoothing {
        /** Plain histogram bins. */
        NONE,
        /** A Gaussian kernel of width {@link #getBandwidth()} (circular for the angle). */
        GAUSSIAN
    }

    /** Number of cells up the vertical axis. */
    private static final int BINS = 96;

    private FlowSnapshot snapshot;
    private Quantity quantity = Quantity.NORM;
    private int coordinate;
    private ColorScale colorScale = ColorScale.LINEAR;
    private Smoothing smoothing = Smoothing.GAUSSIAN;
    private double bandwidth = 0.02;
    private boolean massWeighted = true;
    private DensityGrid grid;

    /** Hands the figure the newest snapshot; the histogram is computed once, when first drawn. */
    @Override
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
        grid = null;
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public void setQuantity(Quantity quantity) {
        this.quantity = quantity;
        grid = null;
    }

    /**
     * The coordinate index j (into {@code Block.coordinateNames(D)}) for {@link Quantity#COORDINATE}; an index
     * beyond the current block's k shows its last coordinate.
     */
    public void setCoordinate(int coordinate) {
        if (coordinate < 0) {
            throw new IllegalArgumentException("coordinate index = " + coordinate + "; allowed: >= 0");
        }
        this.coordinate = coordinate;
        grid = null;
    }

    public ColorScale getColorScale() {
        return colorScale;
    }

    public void setColorScale(ColorScale colorScale) {
        this.colorScale = colorScale;
    }

    public void setSmoothing(Smoothing smoothing) {
        this.smoothing = smoothing;
        grid = null;
    }

    public double getBandwidth() {
        return bandwidth;
    }

    /** Standard deviation of the Gaussian kernel as a fraction of the vertical range (0.02 by default). */
    public void setBandwidth(double bandwidth) {
        if (!(bandwidth > 0 && bandwidth <= 0.5)) {
            throw new IllegalArgumentException("bandwidth = " + bandwidth + "; allowed: (0, 0.5]");
        }
        this.bandwidth = bandwidth;
        grid = null;
    }

    public boolean isMassWeighted() {
        return massWeighted;
    }

    /** True: each particle carries the mass of its block ({@link ParticleMass}); false: plain counts. */
    public void setMassWeighted(boolean massWeighted) {
        this.massWeighted = massWeighted;
        grid = null;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        String title = "Parameter density $\\rho(\\theta, t)$";
        Axis depth = Axis.linear("depth $t$", new Range(0, 1));
        if (snapshot == null) {
            PlotFrame.drawEmpty(g, area, look, title, "", depth, Axis.linear(quantity.label(), new Range(0, 1)),
                    PlotFrame.WAITING);
            return;
        }
        ModelSpec spec = snapshot.spec();
        String status = Status.of(snapshot);
        if (!quantity.isAvailableFor(spec)) {
            PlotFrame.drawEmpty(g, area, look, title, status, depth, Axis.linear(quantity.label(), new Range(0, 1)),
                    quantity.label() + " is not defined for " + spec.block().id() + " with $D$ = " + spec.stateDimension());
            return;
        }
        if (grid == null) {
            grid = DensityGrid.of(snapshot, quantity, Math.min(coordinate, spec.parameterCount() - 1), massWeighted,
                    BINS, smoothing == Smoothing.GAUSSIAN ? bandwidth : 0);
        }
        Axis up = quantity == Quantity.INNER_ANGLE ? Axis.angle(grid.label) : Axis.linear(grid.label, grid.range);
        if (grid.offScale > 0.001) {
            status = status + String.format(Locale.ROOT, "   %.1f %% off scale", 100 * grid.offScale);
        }
        ValueColors colors = ValueColors.upTo(ColorMap.VIRIDIS, colorScale, grid.max);
        PlotFrame frame = PlotFrame.begin(g, area, look, title, status, depth, up,
                new PlotFrame.ColorBar(colors, weightLabel(spec.block())));
        Heatmap.draw(g, frame.plot(), grid.values, grid.layers, grid.bins, colors, false);
        frame.drawAxes(g);
    }

    private String weightLabel(Block block) {
        if (!massWeighted) {
            return "particle density";
        }
        return switch (block) {
            case RELU -> "density, mass $|\\theta|^2$";
            case REGULARIZED_RELU -> "density, mass $|c|$";
            case TANH, SIGMOID, SOFTPLUS -> "particle density";
        };
    }
}
