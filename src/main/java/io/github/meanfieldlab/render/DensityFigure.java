package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A view of the particles per layer as a heatmap: depth t across (one column per layer), a scalar of θ up. What it
 * draws depends on the scalar and the block, and its title says which (MODEL.md, "Views of ρ"):
 * <ul>
 *   <li>ρ itself, each particle counted once: any scalar, any block;</li>
 *   <li>relu, a direction scalar (the angle of (w, b) or of w, a coordinate of u/|u| or (w, b)/|(w, b)|) carrying
 *       the mass |u|·|(w, b)|: the lifted measure of the 2-homogeneous block, the default;</li>
 *   <li>regularized-relu, an inner coordinate (Ŵ, β̂ squashed, or W, β) carrying the signed mass c: the signed
 *       measure ∫ c δ_(Ŵ, β̂) dρ the network depends on, in diverging colours where positive and negative c cancel
 *       as they do in the network, the default.</li>
 * </ul>
 * A radial scalar (|θ|, |u|·|w|, c, a raw relu coordinate) is the variable the lifting removes, so it is never
 * weighted by mass: with mass weighting on, the pane draws ρ and says so in its title.
 */
public final class DensityFigure implements ScaledFigure {
    /**
     * The scalar of θ plotted up the vertical axis. The first one available for a block is its default view, so a
     * list of the available ones starts with it.
     */
    public enum Quantity {
        /** relu with D = 1: the angle of (w, b) in the plane, a direction. */
        INNER_BIAS_ANGLE("angle of (w, b)", "angle of $(w, b)$"),
        /** The angle of w in the plane, for neuron blocks with D = 2; a direction for relu. */
        INNER_ANGLE("angle of w", "angle of $w$"),
        /**
         * relu: coordinate j of the direction, θ_j/|u| for an amplitude coordinate, θ_j/|(w, b)| for an inner one
         * (chosen with {@link #setCoordinate}; by default w1).
         */
        DIRECTION_COORDINATE("direction coordinate", null),
        /**
         * regularized-relu: coordinate j of (c, Ŵ, β̂), the inner weights squashed as the network uses them (chosen
         * with {@link #setCoordinate}; by default Ŵ11).
         */
        SQUASHED_COORDINATE("squashed coordinate", null),
        /** One coordinate of θ, chosen with {@link #setCoordinate}. */
        COORDINATE("coordinate", null),
        /** |θ|. */
        NORM("|θ|", "$|\\theta|$"),
        /** |u|·|w| of a neuron block. */
        AMPLITUDE_TIMES_INNER("|u|·|w|", "$|u| \\cdot |w|$"),
        /** The amplitude c of regularized-relu. */
        AMPLITUDE("amplitude c", "amplitude $c$");

        private final String label;
        /** The axis label in $…$ math for the scalars that take no coordinate; null for those that do. */
        private final String typesetLabel;

        Quantity(String label, String typesetLabel) {
            this.label = label;
            this.typesetLabel = typesetLabel;
        }

        /** A short name for menus and axis labels. */
        public String label() {
            return label;
        }

        /** Whether this scalar is defined for the block and state dimension of {@code spec}. */
        public boolean isAvailableFor(ModelSpec spec) {
            boolean neuron = spec.block() != Block.REGULARIZED_RELU;
            return switch (this) {
                case INNER_BIAS_ANGLE -> spec.block() == Block.RELU && spec.stateDimension() == 1;
                case INNER_ANGLE -> neuron && spec.stateDimension() == 2;
                case DIRECTION_COORDINATE -> spec.block() == Block.RELU;
                case SQUASHED_COORDINATE, AMPLITUDE -> !neuron;
                case COORDINATE, NORM -> true;
                case AMPLITUDE_TIMES_INNER -> neuron;
            };
        }

        /** The view a pane starts with for {@code spec}: the first scalar available for it. */
        public static Quantity defaultFor(ModelSpec spec) {
            for (Quantity q : values()) {
                if (q.isAvailableFor(spec)) {
                    return q;
                }
            }
            throw new IllegalStateException("no scalar for " + spec);
        }

        /** Whether the scalar takes a coordinate index ({@link #setCoordinate}). */
        public boolean usesCoordinate() {
            return this == COORDINATE || this == DIRECTION_COORDINATE || this == SQUASHED_COORDINATE;
        }

        /** The coordinate shown when none was chosen: the first inner one for the direction and squashed views. */
        public int defaultCoordinate(ModelSpec spec) {
            return switch (this) {
                case DIRECTION_COORDINATE -> spec.stateDimension();
                case SQUASHED_COORDINATE -> 1;
                default -> 0;
            };
        }

        /**
         * Whether the scalar is unchanged by the block's homogeneity, so that weighting it by mass draws the lifted
         * measure: for relu, under θ ↦ λθ and (u, w, b) ↦ (λu, (w, b)/λ); for regularized-relu, under c ↦ λc.
         */
        public boolean isDirection(Block block, int coordinate) {
            return switch (block) {
                case RELU -> this == INNER_BIAS_ANGLE || this == INNER_ANGLE || this == DIRECTION_COORDINATE;
                case REGULARIZED_RELU -> (this == SQUASHED_COORDINATE || this == COORDINATE) && coordinate >= 1;
                case TANH, SIGMOID, SOFTPLUS -> false;
            };
        }

        /**
         * The scalar of the particle whose coordinates start at {@code offset}; D is the state dimension. For
         * {@link #SQUASHED_COORDINATE} the particle must already be squashed, (c, Ŵ, β̂).
         */
        double of(double[] particles, int offset, int k, int D, int coordinate) {
            return switch (this) {
                case COORDINATE, SQUASHED_COORDINATE -> particles[offset + coordinate];
                case NORM -> norm(particles, offset, k);
                case AMPLITUDE_TIMES_INNER -> norm(particles, offset, D) * norm(particles, offset + D, D);
                case INNER_BIAS_ANGLE -> Math.atan2(particles[offset + 2], particles[offset + 1]);
                case INNER_ANGLE -> Math.atan2(particles[offset + D + 1], particles[offset + D]);
                case DIRECTION_COORDINATE -> particles[offset + coordinate] / (coordinate < D
                        ? norm(particles, offset, D) : norm(particles, offset + D, D + 1));
                case AMPLITUDE -> particles[offset];
            };
        }

        /** The axis label: the scalar, with the coordinate's name where it takes one. */
        String axisLabel(ModelSpec spec, int coordinate) {
            int D = spec.stateDimension();
            String name = spec.block().coordinateNames(D).get(coordinate);
            return switch (this) {
                case COORDINATE -> "coordinate " + name;
                case DIRECTION_COORDINATE -> name + (coordinate < D ? "/|u|" : "/|(w, b)|");
                case SQUASHED_COORDINATE -> coordinate == 0 ? "c" : squashedName(name);
                default -> label;
            };
        }

        /** {@link #axisLabel} as the figure typesets it: "$w_{1}/|(w, b)|$", "coordinate $u_{2}$", "$\\hat{W}_{11}$". */
        String typesetAxisLabel(ModelSpec spec, int coordinate) {
            int D = spec.stateDimension();
            String name = spec.block().coordinateNames(D).get(coordinate);
            return switch (this) {
                case COORDINATE -> "coordinate $" + MathNames.coordinate(name) + "$";
                case DIRECTION_COORDINATE -> "$" + MathNames.coordinate(name) + (coordinate < D ? "/|u|$" : "/|(w, b)|$");
                case SQUASHED_COORDINATE -> coordinate == 0 ? "$c$" : "$" + MathNames.squashed(name) + "$";
                default -> typesetLabel;
            };
        }

        private static String squashedName(String name) {
            return name.startsWith("beta") ? "β̂" + name.substring(4) : "Ŵ" + name.substring(1);
        }

        /** Whether the values sit on a circle, (−π, π]. */
        boolean isAngle() {
            return this == INNER_ANGLE || this == INNER_BIAS_ANGLE;
        }

        private static double norm(double[] v, int offset, int length) {
            double s = 0;
            for (int j = 0; j < length; j++) {
                s += v[offset + j] * v[offset + j];
            }
            return Math.sqrt(s);
        }
    }

    /** Which object a pane draws: ρ, or one of the lifted measures of the homogeneous blocks. */
    public enum Drawn {
        /** The particle density ρ, each particle counted once. */
        DENSITY("Parameter density ρ(θ, t)", "ρ per unit", "Parameter density $\\rho(\\theta, t)$",
                "$\\rho$ per unit"),
        /** relu: ρ lifted, each direction carrying the mass |u|·|(w, b)|. */
        LIFTED("Lifted ρ: mass |u|·|(w, b)|", "mass |u|·|(w, b)| per unit", "Lifted $\\rho$: mass $|u| \\cdot |(w, b)|$",
                "mass $|u| \\cdot |(w, b)|$ per unit"),
        /** regularized-relu: the signed measure ∫ c δ_(Ŵ, β̂) dρ. */
        SIGNED("Signed measure ∫c δ(Ŵ, β̂) dρ", "c per unit: red +, blue −",
                "Signed measure $\\int c\\, \\delta_{(\\hat W, \\hat\\beta)}\\, d\\rho$", "$c$ per unit: red +, blue −");

        private final String title;
        private final String barLabel;
        /** The same two in $…$ math, as figures typeset them ({@link MathText}). */
        private final String typesetTitle;
        private final String typesetBarLabel;

        Drawn(String title, String barLabel, String typesetTitle, String typesetBarLabel) {
            this.title = title;
            this.barLabel = barLabel;
            this.typesetTitle = typesetTitle;
            this.typesetBarLabel = typesetBarLabel;
        }

        String typesetTitle() {
            return typesetTitle;
        }

        String typesetBarLabel() {
            return typesetBarLabel;
        }

        public String title() {
            return title;
        }

        String barLabel() {
            return barLabel;
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
    /** Null: the block's default, {@link Quantity#defaultFor}. */
    private Quantity quantity;
    /** −1: the scalar's default coordinate. */
    private int coordinate = -1;
    private ColorScale colorScale = ColorScale.LINEAR;
    private Smoothing smoothing = Smoothing.GAUSSIAN;
    private double bandwidth = 0.02;
    private boolean massWeighted = true;
    private DensityGrid grid;
    /** Scales set from outside (the other half of a comparison's), or null for the figure's own. */
    private Scales imposed;

    /** Hands the figure the newest snapshot; the histogram is computed once, when first drawn. */
    @Override
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
        grid = null;
    }

    /** The chosen scalar, or null while the pane shows its block's default. */
    public Quantity getQuantity() {
        return quantity;
    }

    public void setQuantity(Quantity quantity) {
        this.quantity = quantity;
        grid = null;
    }

    /**
     * The coordinate index j (into {@code Block.coordinateNames(D)}) for the scalars that take one
     * ({@link Quantity#usesCoordinate()}); an index beyond the current block's k shows its last coordinate.
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

    /**
     * True (the default): a direction scalar carries its block's mass ({@link ParticleMass}), which draws the
     * lifted measure; a radial scalar is still drawn as ρ, and the title says so. False: ρ for every scalar.
     */
    public void setMassWeighted(boolean massWeighted) {
        this.massWeighted = massWeighted;
        grid = null;
    }

    /**
     * scalar (a {@link Quantity}, or "default" for the block's own), coordinate (an index, or "default"),
     * colourScale, smoothing, bandwidth and massWeighted.
     */
    @Override
    public Map<String, String> viewOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("scalar", quantity == null ? ViewOption.DEFAULT : ViewOption.name(quantity));
        options.put("coordinate", coordinate < 0 ? ViewOption.DEFAULT : Integer.toString(coordinate));
        options.put("colourScale", ViewOption.name(colorScale));
        options.put("smoothing", ViewOption.name(smoothing));
        options.put("bandwidth", Double.toString(bandwidth));
        options.put("massWeighted", Boolean.toString(massWeighted));
        return options;
    }

    @Override
    public void setViewOption(String id, String value) {
        switch (id) {
            case "scalar" -> setQuantity(value.equals(ViewOption.DEFAULT) ? null
                    : ViewOption.choice(id, value, Quantity.class));
            case "coordinate" -> {
                coordinate = value.equals(ViewOption.DEFAULT) ? -1 : ViewOption.whole(id, value, 0, 1000);
                grid = null;
            }
            case "colourScale" -> setColorScale(ViewOption.choice(id, value, ColorScale.class));
            case "smoothing" -> setSmoothing(ViewOption.choice(id, value, Smoothing.class));
            case "bandwidth" -> setBandwidth(ViewOption.number(id, value, 0, 0.5));
            case "massWeighted" -> setMassWeighted(ViewOption.bool(id, value));
            default -> throw ViewOption.unknown(id, viewOptions().keySet());
        }
    }

    /** Which object the pane draws for the current snapshot, or null before the first one. */
    public Drawn drawn() {
        if (snapshot == null) {
            return null;
        }
        ModelSpec spec = snapshot.spec();
        Quantity q = shownQuantity(spec);
        if (!massWeighted || !q.isDirection(spec.block(), shownCoordinate(spec, q))) {
            return Drawn.DENSITY;
        }
        return spec.block() == Block.RELU ? Drawn.LIFTED : Drawn.SIGNED;
    }

    /** The title: the object drawn (ρ before the first snapshot). */
    public String title() {
        Drawn drawn = drawn();
        return (drawn == null ? Drawn.DENSITY : drawn).title();
    }

    /**
     * The colour bar's label: the unit of what is drawn, and when mass weighting was asked for but the scalar is
     * radial, that it was refused.
     */
    public String legend() {
        Drawn drawn = drawn();
        if (drawn == null) {
            return Drawn.DENSITY.barLabel();
        }
        ModelSpec spec = snapshot.spec();
        boolean homogeneous = spec.block() == Block.RELU || spec.block() == Block.REGULARIZED_RELU;
        Quantity q = shownQuantity(spec);
        if (drawn == Drawn.DENSITY && massWeighted && homogeneous) {
            return "ρ, unweighted: " + q.axisLabel(spec, shownCoordinate(spec, q)) + " is radial";
        }
        return drawn.barLabel();
    }

    /**
     * The scalar chosen, or the block's default where none was chosen or the chosen one is not defined for the
     * block: the other half of a comparison may run another block than the one the pane offers scalars for.
     */
    private Quantity shownQuantity(ModelSpec spec) {
        return quantity != null && quantity.isAvailableFor(spec) ? quantity : Quantity.defaultFor(spec);
    }

    private int shownCoordinate(ModelSpec spec, Quantity q) {
        boolean chosen = coordinate >= 0 && (quantity == null || quantity == q);
        int j = chosen ? coordinate : q.defaultCoordinate(spec);
        return Math.min(j, spec.parameterCount() - 1);
    }

    @Override
    public void setScales(Scales scales) {
        Range before = imposedUp();
        imposed = scales;
        if (!java.util.Objects.equals(before, imposedUp())) {
            grid = null;
        }
    }

    /** The vertical range set from outside, or null for the figure's own. */
    private Range imposedUp() {
        return imposed == null || imposed.y() == null ? null : imposed.y().range();
    }

    /** Depth across, the scalar up (its range set from outside where given), the colours of what is drawn. */
    @Override
    public Scales scales() {
        if (snapshot == null) {
            return null;
        }
        DensityGrid grid = grid();
        Drawn drawn = drawn();
        double top = positive(grid.max);
        Scales own = new Scales(new Scales.Scale("depth", new Range(0, 1)), new Scales.Scale(grid.label, grid.range),
                new Scales.Scale(drawn + " " + colorScale, new Range(drawn == Drawn.SIGNED ? -top : 0, top)));
        return imposed == null ? own : imposed.over(own);
    }

    private static double positive(double max) {
        return max > 0 && Double.isFinite(max) ? max : 1;
    }

    /** The histogram of the current snapshot, binned over the vertical range set from outside if any. */
    private DensityGrid grid() {
        if (grid == null) {
            ModelSpec spec = snapshot.spec();
            Quantity q = shownQuantity(spec);
            grid = DensityGrid.of(snapshot, q, shownCoordinate(spec, q), drawn(), BINS,
                    smoothing == Smoothing.GAUSSIAN ? bandwidth : 0, q.isAngle() ? null : imposedUp());
        }
        return grid;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Look look) {
        Drawn drawn = drawn();
        String title = (drawn == null ? Drawn.DENSITY : drawn).typesetTitle();
        Axis depth = Axis.linear("depth $t$", new Range(0, 1));
        if (snapshot == null) {
            String label = quantity == null ? "" : quantity.label();
            PlotFrame.drawEmpty(g, area, look, title, "", depth, Axis.linear(label, new Range(0, 1)), PlotFrame.WAITING);
            return;
        }
        String status = Status.of(snapshot);
        Quantity q = shownQuantity(snapshot.spec());
        DensityGrid grid = grid();
        Axis up = q.isAngle() ? Axis.angle(grid.label) : Axis.linear(grid.label, grid.range);
        if (grid.offScale > 0.001) {
            status = status + String.format(Locale.ROOT, "   %.1f %% off scale", 100 * grid.offScale);
        }
        double top = scales().colour().range().max();
        ValueColors colors = drawn == Drawn.SIGNED
                ? ValueColors.symmetric(signedMap(look), colorScale, top)
                : ValueColors.upTo(ColorMap.VIRIDIS, colorScale, top);
        PlotFrame frame = PlotFrame.begin(g, area, look, title, status, depth, up,
                new PlotFrame.ColorBar(colors, barLabel(drawn, look)));
        Heatmap.draw(g, frame.plot(), grid.values, grid.layers, grid.bins, colors, false);
        frame.drawAxes(g);
    }

    /** The signed measure in a diverging map, 0 in grey; cividis when the figure must survive grey-scale printing. */
    private static ColorMap signedMap(Look look) {
        return look.palette() == Look.Palette.GREY ? ColorMap.CIVIDIS : ColorMap.COOL_WARM;
    }

    /** {@link #legend()} typeset, without colour names where the palette has no red and blue. */
    private String barLabel(Drawn drawn, Look look) {
        if (!legend().equals(drawn.barLabel())) {
            return legend();
        }
        return drawn == Drawn.SIGNED && look.palette() == Look.Palette.GREY ? "$c$ per unit" : drawn.typesetBarLabel();
    }
}
