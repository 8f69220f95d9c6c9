package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.data.Teacher;
import io.github.meanfieldlab.render.ParticleFigure;
import java.util.List;
import javafx.scene.control.ComboBox;

/** The particle pane: θ_{l,m} in two coordinates or principal components, with trails and the teacher. */
public final class ParticlePanel extends FigurePanel<ParticleFigure> {
    /** Positions a trail drags behind a particle: enough to see the direction of motion, few enough to stay light. */
    private static final int TRAIL = 12;

    private final ComboBox<ParticleFigure.Projection> projection;
    private final ComboBox<Integer> xCoordinate;
    private final ComboBox<Integer> yCoordinate;
    private final CoordinateNames names = new CoordinateNames();

    public ParticlePanel(FigurePainter painter) {
        this(new ParticleFigure(), painter);
    }

    private ParticlePanel(ParticleFigure figure, FigurePainter painter) {
        super(figure, new ParticleFigure(), painter);
        OptionBar bar = options();
        projection = bar.choice("plane", "plane", List.of(ParticleFigure.Projection.values()), figure.getProjection(),
                p -> p == ParticleFigure.Projection.COORDINATES ? "coordinates" : "principal components",
                "Show the particles in two chosen coordinates of θ, or in the first two principal components of the cloud.",
                p -> {
                    change(f -> f.setProjection(p));
                    showCoordinateChoices();
                });
        xCoordinate = bar.choice(null, "", List.of(0), figure.getXCoordinate(), names::name,
                "The coordinate of θ across.", j -> change(f -> f.setXCoordinate(j)));
        yCoordinate = bar.choice(null, "", List.of(1), figure.getYCoordinate(), names::name,
                "The coordinate of θ up.", j -> change(f -> f.setYCoordinate(j)));
        showCoordinateChoices();
        bar.check("trails", "trails", figure.getTrailLength() > 0,
                "Each particle drags its last few positions behind it: the velocity field v = −L·M·∂E/∂θ made visible.",
                on -> change(f -> f.setTrailLength(on ? TRAIL : 0)));
    }

    private void showCoordinateChoices() {
        boolean show = projection.getValue() == ParticleFigure.Projection.COORDINATES;
        for (ComboBox<Integer> c : List.of(xCoordinate, yCoordinate)) {
            c.setVisible(show);
            c.setManaged(show);
        }
    }

    /** A's particles are drawn with the teacher of A's data. */
    @Override
    protected void pinned(ParticleFigure twin, FlowSession.Started a) {
        twin.setTeacher(a.experiment().teacher().orElse(null));
    }

    @Override
    public void runStarted(FlowSession.Started run) {
        Teacher teacher = run.experiment().teacher().orElse(null);
        changeRun(f -> f.setTeacher(teacher));
        ModelSpec next = run.experiment().spec();
        if (names.update(next)) {
            List<Integer> all = names.indices();
            int x = Math.min(xCoordinate.getValue(), all.size() - 1);
            int y = Math.min(yCoordinate.getValue(), all.size() - 1);
            xCoordinate.getItems().setAll(all);
            yCoordinate.getItems().setAll(all);
            xCoordinate.setValue(x);
            yCoordinate.setValue(y);
            change(f -> {
                f.setXCoordinate(x);
                f.setYCoordinate(y);
            });
        }
    }
}
