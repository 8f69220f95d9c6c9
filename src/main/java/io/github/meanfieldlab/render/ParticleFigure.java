package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.data.Teacher;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/** The particles θ_{l,m} as a scatter of two coordinates or of the first two principal components. */
public final class ParticleFigure implements Figure {

    /** Which plane the particles are shown in. */
    public enum Projection {
        /** Two chosen coordinates of θ. */
        COORDINATES,
        /** The first two principal components of all particles. */
        PRINCIPAL_COMPONENTS
    }

    private FlowSnapshot snapshot;
    private Teacher teacher;
    private Projection projection = Projection.PRINCIPAL_COMPONENTS;
    private int xCoordinate;
    private int yCoordinate = 1;
    private int trailLength;

    /** Hands the figure the newest snapshot, and records it for the trails when it continues the same run. */
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public Optional<Teacher> getTeacher() {
        return Optional.ofNullable(teacher);
    }

    /** The network that labelled the data, drawn over the particles; null for none. */
    public void setTeacher(Teacher teacher) {
        this.teacher = teacher;
    }

    public Projection getProjection() {
        return projection;
    }

    public void setProjection(Projection projection) {
        this.projection = projection;
    }

    public int getXCoordinate() {
        return xCoordinate;
    }

    /** The coordinate index j shown across under {@link Projection#COORDINATES}. */
    public void setXCoordinate(int coordinate) {
        this.xCoordinate = coordinate;
    }

    public int getYCoordinate() {
        return yCoordinate;
    }

    /** The coordinate index j shown up under {@link Projection#COORDINATES}. */
    public void setYCoordinate(int coordinate) {
        this.yCoordinate = coordinate;
    }

    public int getTrailLength() {
        return trailLength;
    }

    /** How many earlier positions each particle drags behind it; 0 turns the trails off. */
    public void setTrailLength(int trailLength) {
        this.trailLength = trailLength;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        PlotFrame frame = PlotFrame.begin(g, area, "Particles θ",
                Axis.linear("PC 1", new Range(-1, 1), 5), Axis.linear("PC 2", new Range(-1, 1), 5), true);
        frame.drawBackground(g);
        if (snapshot == null) {
            frame.drawNote(g, "waiting for the flow");
        }
        frame.drawAxes(g);
    }
}
