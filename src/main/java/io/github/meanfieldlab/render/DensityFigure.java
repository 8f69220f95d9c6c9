package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** The parameter density ρ(θ, t, s) as a heatmap: depth t across, a chosen scalar of θ up. */
public final class DensityFigure implements Figure {

    /** The scalar of θ plotted up the vertical axis. */
    public enum Quantity {
        /** One coordinate of θ, chosen with {@link #setCoordinate}. */
        COORDINATE("coordinate"),
        /** |θ|. */
        NORM("|θ|"),
        /** |u|·|w| of a neuron block. */
        AMPLITUDE_TIMES_INNER("|u|·|w|"),
        /** The angle of w in the plane, neuron blocks with D = 2. */
        INNER_ANGLE("angle of w"),
        /** The amplitude c of regularized-relu. */
        AMPLITUDE("c");

        private final String label;

        Quantity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether this scalar is defined for the block and state dimension of {@code spec}. */
        public boolean isAvailableFor(ModelSpec spec) {
            return true;
        }
    }

    /** How the per-layer histogram is smoothed along the vertical axis. */
    public enum Smoothing {
        NONE,
        GAUSSIAN
    }

    private FlowSnapshot snapshot;
    private Quantity quantity = Quantity.NORM;
    private int coordinate;
    private ColorScale colorScale = ColorScale.LINEAR;
    private Smoothing smoothing = Smoothing.GAUSSIAN;
    private boolean massWeighted = true;

    /** Hands the figure the newest snapshot; cheap, the histogram is computed when first drawn. */
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public void setQuantity(Quantity quantity) {
        this.quantity = quantity;
    }

    public int getCoordinate() {
        return coordinate;
    }

    /** The coordinate index j (into {@code Block.coordinateNames(D)}) for {@link Quantity#COORDINATE}. */
    public void setCoordinate(int coordinate) {
        this.coordinate = coordinate;
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
    }

    public boolean isMassWeighted() {
        return massWeighted;
    }

    /** True: each particle carries the mass of its block (MODEL.md); false: plain particle counts. */
    public void setMassWeighted(boolean massWeighted) {
        this.massWeighted = massWeighted;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        PlotFrame frame = PlotFrame.begin(g, area, "Parameter density ρ(θ, t)",
                Axis.linear("depth t", new Range(0, 1), 5), Axis.linear(quantity.label(), new Range(-1, 1), 5), true);
        frame.drawBackground(g);
        if (snapshot == null) {
            frame.drawNote(g, "waiting for the flow");
        }
        frame.drawAxes(g);
    }
}
