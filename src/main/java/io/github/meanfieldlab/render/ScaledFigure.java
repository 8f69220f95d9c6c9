package io.github.meanfieldlab.render;

/**
 * A figure of a flow's state whose scales can be set from outside, so that two of them side by side (run A
 * and run B of a comparison) draw with the same axis ranges and the same colour scale.
 */
public interface ScaledFigure extends SnapshotFigure {
    /**
     * The scales the next drawing uses: those set with {@link #setScales} where set, the figure's own elsewhere
     * (its colour scale measured under the axes set); null before the first snapshot or where nothing is drawn.
     */
    Scales scales();

    /** Draws with {@code scales} where they are given (a null scale, or null, leaves the figure's own). */
    void setScales(Scales scales);
}
