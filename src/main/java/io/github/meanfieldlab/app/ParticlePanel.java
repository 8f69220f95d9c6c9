package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.render.ParticleFigure;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;

/** The particle pane: θ_{l,m} in two coordinates or principal components, with trails and the teacher. */
public final class ParticlePanel extends FigurePanel {
    /** Positions a trail drags behind a particle: enough to see the direction of motion, few enough to stay light. */
    private static final int TRAIL = 12;

    private final ParticleFigure figure;
    private final ComboBox<Integer> xCoordinate;
    private final ComboBox<Integer> yCoordinate;
    private List<String> coordinateNames = List.of();
    private ModelSpec spec;

    public ParticlePanel() {
        this(new ParticleFigure());
    }

    private ParticlePanel(ParticleFigure figure) {
        super(figure);
        this.figure = figure;
        OptionBar bar = options();
        bar.choice("plane", List.of(ParticleFigure.Projection.values()), figure.getProjection(),
                p -> p == ParticleFigure.Projection.COORDINATES ? "coordinates" : "principal components",
                "Show the particles in two chosen coordinates of θ, or in the first two principal components of the cloud.",
                p -> {
                    figure.setProjection(p);
                    showCoordinateChoices();
                    optionChanged();
                });
        xCoordinate = bar.choice("", List.of(0), figure.getXCoordinate(), this::name,
                "The coordinate of θ across.", j -> {
                    figure.setXCoordinate(j);
                    optionChanged();
                });
        yCoordinate = bar.choice("", List.of(1), figure.getYCoordinate(), this::name,
                "The coordinate of θ up.", j -> {
                    figure.setYCoordinate(j);
                    optionChanged();
                });
        showCoordinateChoices();
        bar.check("trails", figure.getTrailLength() > 0,
                "Each particle drags its last few positions behind it: the velocity field v = −L·M·∂E/∂θ made visible.",
                on -> {
                    figure.setTrailLength(on ? TRAIL : 0);
                    optionChanged();
                });
    }

    private String name(int j) {
        return j < coordinateNames.size() ? coordinateNames.get(j) : "θ" + (j + 1);
    }

    private void showCoordinateChoices() {
        boolean show = figure.getProjection() == ParticleFigure.Projection.COORDINATES;
        for (ComboBox<Integer> c : List.of(xCoordinate, yCoordinate)) {
            c.setVisible(show);
            c.setManaged(show);
        }
    }

    @Override
    protected void pass(FlowSnapshot snapshot) {
        figure.show(snapshot);
    }

    @Override
    public void runStarted(FlowSession.Started run) {
        figure.setTeacher(run.experiment().teacher().orElse(null));
        ModelSpec next = run.experiment().spec();
        if (spec == null || spec.block() != next.block() || spec.stateDimension() != next.stateDimension()) {
            spec = next;
            coordinateNames = next.block().coordinateNames(next.stateDimension());
            List<Integer> all = IntStream.range(0, coordinateNames.size()).boxed().toList();
            int x = Math.min(figure.getXCoordinate(), all.size() - 1);
            int y = Math.min(figure.getYCoordinate(), all.size() - 1);
            xCoordinate.getItems().setAll(all);
            yCoordinate.getItems().setAll(all);
            xCoordinate.setValue(x);
            yCoordinate.setValue(y);
            figure.setXCoordinate(x);
            figure.setYCoordinate(y);
        }
        optionChanged();
    }
}
