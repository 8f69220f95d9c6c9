package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.render.ColorScale;
import io.github.meanfieldlab.render.DensityFigure;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;

/** The density pane: ρ(θ, t) or its lifted measure over depth, with its scalar, colour scale, smoothing and weighting. */
public final class DensityPanel extends FigurePanel<DensityFigure> {
    /** The smoothing choices offered: the figure's kernel at a few widths (fractions of the vertical range). */
    private enum Smoothing {
        NONE("none", 0),
        LIGHT("light", 0.01),
        MEDIUM("medium", 0.02),
        STRONG("strong", 0.05);

        private final String label;
        private final double bandwidth;

        Smoothing(String label, double bandwidth) {
            this.label = label;
            this.bandwidth = bandwidth;
        }

        String label() {
            return label;
        }

        void applyTo(DensityFigure figure) {
            if (bandwidth == 0) {
                figure.setSmoothing(DensityFigure.Smoothing.NONE);
            } else {
                figure.setSmoothing(DensityFigure.Smoothing.GAUSSIAN);
                figure.setBandwidth(bandwidth);
            }
        }
    }

    private final ComboBox<DensityFigure.Quantity> quantity;
    private final ComboBox<Integer> coordinate;
    private final CoordinateNames names = new CoordinateNames();

    public DensityPanel(FigurePainter painter) {
        this(new DensityFigure(), painter);
    }

    private DensityPanel(DensityFigure figure, FigurePainter painter) {
        super(figure, new DensityFigure(), painter);
        change(Smoothing.MEDIUM::applyTo);
        OptionBar bar = options();
        quantity = bar.choice("scalar", "scalar", List.of(DensityFigure.Quantity.values()), figure.getQuantity(),
                DensityFigure.Quantity::label,
                "The scalar of θ up the vertical axis. First the block's default, a direction: for relu a coordinate of "
                        + "(w, b)/|(w, b)| (the angle of w when D = 2, of (w, b) when D = 1), for regularized-relu a "
                        + "squashed inner weight Ŵ or β̂. Radial scalars (|θ|, |u|·|w|, c) are always drawn as ρ.",
                q -> {
                    change(f -> f.setQuantity(q));
                    chooseDefaultCoordinate(q);
                });
        coordinate = bar.choice(null, "", List.of(0), 0, names::name,
                "Which coordinate of θ, in the order of the particle files.", j -> change(f -> f.setCoordinate(j)));
        showCoordinateChoice();
        bar.check("logColour", "log colour", figure.getColorScale() == ColorScale.LOG,
                "Colour by the logarithm of the density, so thin tails of ρ stay visible.",
                log -> change(f -> f.setColorScale(log ? ColorScale.LOG : ColorScale.LINEAR)));
        bar.choice("smoothing", "smoothing", List.of(Smoothing.values()), Smoothing.MEDIUM, Smoothing::label,
                "How each layer's histogram is smoothed along the scalar: a Gaussian kernel of 1%, 2% or 5% of the "
                        + "range, or none for the raw particle counts.", s -> change(s::applyTo));
        bar.check("massWeighted", "mass-weighted", figure.isMassWeighted(),
                "Draw the lifted measure the homogeneity arguments use: for relu, directions carrying the mass "
                        + "|u|·|(w, b)|; for regularized-relu, the signed measure of c over (Ŵ, β̂), red positive, blue "
                        + "negative, cancelling where they overlap. Off: ρ, each particle counted once.",
                w -> change(f -> f.setMassWeighted(w)));
    }

    /** A scalar that takes a coordinate starts on its own default one (w1 of the direction, not u1). */
    private void chooseDefaultCoordinate(DensityFigure.Quantity q) {
        if (names.spec() != null && q.usesCoordinate()) {
            coordinate.setValue(q.defaultCoordinate(names.spec()));
        }
        showCoordinateChoice();
    }

    private void showCoordinateChoice() {
        DensityFigure.Quantity q = quantity.getValue();
        boolean show = q != null && q.usesCoordinate();
        coordinate.setVisible(show);
        coordinate.setManaged(show);
    }

    @Override
    public void runStarted(FlowSession.Started run) {
        ModelSpec next = run.experiment().spec();
        if (!names.update(next)) {
            return;
        }
        coordinate.getItems().setAll(names.indices());
        List<DensityFigure.Quantity> available = Arrays.stream(DensityFigure.Quantity.values())
                .filter(q -> q.isAvailableFor(next)).toList();
        DensityFigure.Quantity q = quantity.getValue();
        quantity.getItems().setAll(available);
        DensityFigure.Quantity shown = available.contains(q) ? q : available.get(0);
        quantity.setValue(shown);
        chooseDefaultCoordinate(shown);
    }
}
