package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** The parameter density ρ(θ, t, s) as a heatmap: depth t across (one column per layer), a scalar of θ up. */
public final class DensityFigure implements Figure {
    /** Values sorted for the vertical range: a strided subset beyond this many, to stay cheap per frame. */
    private static final int QUANTILE_SAMPLE = 50_000;
    /** The vertical range holds the central 99 % of the (weighted) values, padded a little. */
    private static final double TAIL = 0.005;

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

    private FlowSnapshot snapshot;
    private Quantity quantity = Quantity.NORM;
    private int coordinate;
    private ColorScale colorScale = ColorScale.LINEAR;
    private Smoothing smoothing = Smoothing.GAUSSIAN;
    private double bandwidth = 0.02;
    private int bins = 96;
    private boolean massWeighted = true;
    private DensityGrid grid;

    /** Hands the figure the newest snapshot; the histogram is computed once, when first drawn. */
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

    public int getCoordinate() {
        return coordinate;
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

    public Smoothing getSmoothing() {
        return smoothing;
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

    public int getBins() {
        return bins;
    }

    /** Number of cells up the vertical axis (96 by default). */
    public void setBins(int bins) {
        if (bins < 2 || bins > 1024) {
            throw new IllegalArgumentException("bins = " + bins + "; allowed: 2 to 1024");
        }
        this.bins = bins;
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
    public void draw(Graphics2D g, Rectangle2D area) {
        String title = "Parameter density ρ(θ, t)";
        Axis depth = Axis.linear("depth t", new Range(0, 1), 5);
        if (snapshot == null) {
            PlotFrame frame = PlotFrame.begin(g, area, title, "", depth, Axis.linear(quantity.label(), new Range(0, 1), 5), true);
            frame.drawBackground(g);
            frame.drawNote(g, "waiting for the flow");
            frame.drawAxes(g);
            return;
        }
        ModelSpec spec = snapshot.spec();
        String status = Status.of(snapshot);
        if (!quantity.isAvailableFor(spec)) {
            PlotFrame frame = PlotFrame.begin(g, area, title, status, depth, Axis.linear(quantity.label(), new Range(0, 1), 5), true);
            frame.drawBackground(g);
            frame.drawNote(g, quantity.label() + " is not defined for " + spec.block().id() + " with D = "
                    + spec.stateDimension());
            frame.drawAxes(g);
            return;
        }
        if (grid == null) {
            grid = DensityGrid.of(snapshot, quantity, Math.min(coordinate, spec.parameterCount() - 1), massWeighted,
                    bins, smoothing == Smoothing.GAUSSIAN ? bandwidth : 0);
        }
        Axis up = quantity == Quantity.INNER_ANGLE ? Axis.angle(grid.label) : Axis.linear(grid.label, grid.range, 6);
        if (grid.offScale > 0.001) {
            status = String.format(Locale.ROOT, "%.1f %% of the weight off scale   ", 100 * grid.offScale) + status;
        }
        PlotFrame frame = PlotFrame.begin(g, area, title, status, depth, up, true);
        ValueColors colors = ValueColors.upTo(ColorMap.VIRIDIS, colorScale, grid.max);
        Heatmap.draw(g, frame.plot(), grid.values, grid.layers, grid.bins, colors, false);
        frame.drawAxes(g);
        colors.drawBar(g, frame.colorBar(), weightLabel(spec.block()));
    }

    private String weightLabel(Block block) {
        if (!massWeighted) {
            return "particle density";
        }
        return switch (block) {
            case RELU -> "density, mass |θ|²";
            case REGULARIZED_RELU -> "density, mass |c|";
            case TANH, SIGMOID, SOFTPLUS -> "particle density";
        };
    }

    /** One snapshot's histogram: per layer, the weighted density of the scalar over its vertical range. */
    private static final class DensityGrid {
        final int layers;
        final int bins;
        final Range range;
        final double[] values;
        final double max;
        final double offScale;
        final String label;

        private DensityGrid(int layers, int bins, Range range, double[] values, double offScale, String label) {
            this.layers = layers;
            this.bins = bins;
            this.range = range;
            this.values = values;
            this.offScale = offScale;
            this.label = label;
            double m = 0;
            for (double v : values) {
                m = Math.max(m, v);
            }
            this.max = m;
        }

        /**
         * Column l holds ρ_l(y) = (1/M) Σ_m w_m δ(y − y_m) per unit of y, binned (and smoothed when
         * {@code bandwidth} &gt; 0): the mean-field measure of the layer, comparable across widths M.
         */
        static DensityGrid of(FlowSnapshot s, Quantity quantity, int coordinate, boolean massWeighted, int bins,
                              double bandwidth) {
            ModelSpec spec = s.spec();
            int L = spec.depth();
            int M = spec.width();
            int k = spec.parameterCount();
            int D = spec.stateDimension();
            double[] theta = s.particles();
            int n = L * M;
            double[] y = new double[n];
            double[] w = new double[n];
            for (int p = 0; p < n; p++) {
                y[p] = quantity.of(theta, p * k, k, D, coordinate);
                w[p] = massWeighted ? ParticleMass.of(spec.block(), k, theta, p * k) : 1;
            }
            boolean periodic = quantity == Quantity.INNER_ANGLE;
            Range range = periodic ? new Range(-Math.PI, Math.PI) : robustRange(quantity, y, w);
            double[] values = new double[L * bins];
            double binWidth = range.span() / bins;
            double total = 0;
            double outside = 0;
            for (int p = 0; p < n; p++) {
                total += w[p];
                int b = (int) Math.floor(range.fraction(y[p]) * bins);
                if (periodic) {
                    b = Math.min(b, bins - 1);
                }
                if (b < 0 || b >= bins || !Double.isFinite(y[p])) {
                    outside += w[p];
                    continue;
                }
                values[b * L + p / M] += w[p] / (M * binWidth);
            }
            if (bandwidth > 0) {
                smooth(values, L, bins, bandwidth * bins, periodic);
            }
            String label = quantity == Quantity.COORDINATE
                    ? "coordinate " + spec.block().coordinateNames(D).get(coordinate)
                    : quantity.label();
            return new DensityGrid(L, bins, range, values, total > 0 ? outside / total : 0, label);
        }

        private static Range robustRange(Quantity quantity, double[] y, double[] w) {
            int stride = Math.max(1, y.length / QUANTILE_SAMPLE);
            int m = (y.length + stride - 1) / stride;
            double[] ys = new double[m];
            double[] ws = new double[m];
            for (int i = 0; i < m; i++) {
                ys[i] = y[i * stride];
                ws[i] = w[i * stride];
            }
            Range r = Quantiles.weighted(ys, ws, TAIL, 1 - TAIL).padded(0.05);
            boolean nonNegative = quantity == Quantity.NORM || quantity == Quantity.AMPLITUDE_TIMES_INNER;
            return nonNegative ? new Range(Math.max(0, r.min()), r.max()) : r;
        }

        /** Convolves each column with a Gaussian of {@code sigma} bins, wrapping around when periodic. */
        private static void smooth(double[] values, int layers, int bins, double sigma, boolean periodic) {
            int reach = (int) Math.ceil(3 * sigma);
            double[] kernel = new double[2 * reach + 1];
            double sum = 0;
            for (int o = -reach; o <= reach; o++) {
                kernel[o + reach] = Math.exp(-0.5 * o * o / (sigma * sigma));
                sum += kernel[o + reach];
            }
            double[] column = new double[bins];
            for (int l = 0; l < layers; l++) {
                for (int b = 0; b < bins; b++) {
                    column[b] = values[b * layers + l];
                }
                for (int b = 0; b < bins; b++) {
                    double acc = 0;
                    for (int o = -reach; o <= reach; o++) {
                        int src = b + o;
                        if (periodic) {
                            src = Math.floorMod(src, bins);
                        } else if (src < 0 || src >= bins) {
                            continue;
                        }
                        acc += kernel[o + reach] * column[src];
                    }
                    values[b * layers + l] = acc / sum;
                }
            }
        }
    }
}
