package io.github.meanfieldlab.export;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.data.Teacher;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.Map;
import java.util.Optional;

/**
 * One pane of run A against run B, drawn at any pair of their snapshots with the pane's view: the loss of both on
 * one chart, any other pane A and B side by side with shared scales, each run labelled by the settings in which
 * the two differ. {@code figure --versus}, comparison bundles and recordings of a comparison draw through this,
 * so a frame at s is the figure of the two states at s.
 */
public final class ComparedPane {
    private final Pane pane;
    private final String[] labels;
    private final Map<String, String> view;
    /** A's and B's figures of a pane drawn in halves; they keep what a figure keeps between snapshots (trails). */
    private final SnapshotFigure figureA;
    private final SnapshotFigure figureB;
    /** The loss chart of the last frame, whose fitted text the next one takes over; null before the first. */
    private LossFigure lastLoss;

    /**
     * @param teacherA the teacher of A's data, drawn on A's particles (and {@code teacherB} on B's)
     * @throws IllegalArgumentException naming a view option the pane does not have
     */
    public ComparedPane(Pane pane, ExperimentConfig a, Optional<Teacher> teacherA, ExperimentConfig b,
                        Optional<Teacher> teacherB, PaneViews views) {
        this.pane = pane;
        this.labels = Comparison.labels(a, b);
        this.view = views.of(pane);
        if (pane == Pane.loss) {
            figureA = null;
            figureB = null;
        } else {
            figureA = views.create(pane, teacherA);
            figureB = views.create(pane, teacherB);
        }
    }

    /** The comparison of A's snapshot {@code a} with B's {@code b} (either null before its run's first). */
    public Figure at(FlowSnapshot a, FlowSnapshot b) {
        Comparison.Run runA = new Comparison.Run(labels[0], a);
        Comparison.Run runB = new Comparison.Run(labels[1], b);
        if (pane != Pane.loss) {
            return Comparison.sideBySide(figureA, runA, figureB, runB);
        }
        // The loss chart is made anew: it shows each snapshot's whole history, whatever it was shown before. It keeps
        // the text fitted for the last frame's layout.
        LossFigure next = Comparison.loss(runA, runB, view);
        next.adoptFit(lastLoss);
        lastLoss = next;
        return next;
    }
}
