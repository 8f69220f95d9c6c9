package io.github.meanfieldlab.export;

import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.data.Teacher;
import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.DepthFlowFigure;
import io.github.meanfieldlab.render.FitFigure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.ParticleFigure;
import io.github.meanfieldlab.render.ProbeGrid;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.Optional;

/** The app's five panes, by the names their files take ("density.pdf"), each made as a fresh figure. */
public enum Pane {
    density,
    particles,
    loss,
    fit,
    depth;

    /** Probe points per side of the fit's grid: fine enough for print at text width. */
    public static final int PROBE_RESOLUTION = 160;

    /** A new figure of this pane with its default view; the particles show {@code teacher} when there is one. */
    public SnapshotFigure create(Optional<Teacher> teacher) {
        return switch (this) {
            case density -> new DensityFigure();
            case particles -> {
                ParticleFigure f = new ParticleFigure();
                f.setTeacher(teacher.orElse(null));
                yield f;
            }
            case loss -> new LossFigure();
            case fit -> new FitFigure();
            case depth -> new DepthFlowFigure();
        };
    }

    /** The snapshot every exported pane is drawn from: {@code flow}'s state with the fit on the probe grid of {@code data}. */
    public static FlowSnapshot snapshot(GradientFlow flow, Dataset data) {
        return flow.snapshot(0, ProbeGrid.forData(data, PROBE_RESOLUTION));
    }

    /**
     * A live snapshot (the app's) as {@link #snapshot} would give it: the same state with the fit on the print
     * probe grid, so that a pane exported from the app is the figure {@code figure} draws of that state.
     */
    public static FlowSnapshot forPrint(FlowSnapshot live) {
        return live.withProbes(ProbeGrid.forData(live.data(), PROBE_RESOLUTION));
    }

    /** The pane named {@code id}, or an exception naming the allowed names. */
    public static Pane fromId(String id) {
        for (Pane p : values()) {
            if (p.name().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pane '" + id + "'; allowed: density, particles, loss, fit, depth");
    }
}
