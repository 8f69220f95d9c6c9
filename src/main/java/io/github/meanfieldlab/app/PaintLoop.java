package io.github.meanfieldlab.app;

import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Once per frame, for a window of its own (a ladder's): shows what the painter finished and hands it the next
 * paintings, as {@link SnapshotPump} does for the main window.
 */
final class PaintLoop extends AnimationTimer {
    /**
     * The one "run" such a window's canvases paint: their figures change through {@link FigureCanvas#update} and
     * hold no snapshot, whose run id a canvas takes as 0; they never belong to an older run.
     */
    static final long RUN = 0;

    private final FigurePainter painter;
    private final List<FigureCanvas<?>> canvases;

    PaintLoop(FigurePainter painter, List<? extends FigureCanvas<?>> canvases) {
        this.painter = painter;
        this.canvases = List.copyOf(canvases);
    }

    @Override
    public void handle(long now) {
        for (FigureCanvas<?> c : canvases) {
            c.showFinished();
            Runnable next = c.nextPainting(RUN);
            if (next != null) {
                painter.run(next);
            }
        }
    }
}
