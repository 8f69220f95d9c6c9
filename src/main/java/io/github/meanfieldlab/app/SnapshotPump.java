package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Once per frame, on the FX thread: takes the newest snapshot of the run on screen (if one came), hands it to
 * the window, redraws the figures that changed, and measures the frame. Never waits for the solver.
 */
public final class SnapshotPump extends AnimationTimer {
    /** FX-thread time per frame for drawing figures: leaves room in a 16.7 ms frame for layout and rendering. */
    private static final long DRAW_BUDGET_NANOS = 8_000_000L;

    private final FlowSession session;
    private final Consumer<FlowSnapshot> onSnapshot;
    private final List<FigureCanvas> canvases;
    private final PerformanceMeter meter = new PerformanceMeter();
    private final Consumer<PerformanceMeter> afterFrame;
    private long runId;
    private long requestedAt;
    private boolean firstFrameDue;
    private int nextCanvas;
    /** Panes that have not yet drawn the run followed since its first snapshot arrived. */
    private final BitSet panesBehind = new BitSet();

    /**
     * @param onSnapshot receives each new snapshot of the run on screen
     * @param afterFrame runs at the end of every frame with the meter (the frame-rate readout)
     */
    public SnapshotPump(FlowSession session, Consumer<FlowSnapshot> onSnapshot, List<FigureCanvas> canvases,
                        Consumer<PerformanceMeter> afterFrame) {
        this.session = session;
        this.onSnapshot = onSnapshot;
        this.canvases = List.copyOf(canvases);
        this.afterFrame = afterFrame;
    }

    /**
     * From now on, shows run {@code id} only, and times from {@code requestedAtNanos} until every pane shows it.
     * Snapshots of any other run are late and dropped.
     */
    public void follow(long id, long requestedAtNanos) {
        runId = id;
        requestedAt = requestedAtNanos;
        firstFrameDue = true;
        panesBehind.clear();
    }

    @Override
    public void handle(long pulse) {
        long start = System.nanoTime();
        FlowSnapshot s = session.takeNew(runId);
        meter.frame(start, s != null);
        if (s != null) {
            onSnapshot.accept(s);
            if (firstFrameDue) {
                firstFrameDue = false;
                panesBehind.set(0, canvases.size());
            }
        }
        redrawWithinBudget(start);
        if (!panesBehind.isEmpty()) {
            for (int i = panesBehind.nextSetBit(0); i >= 0; i = panesBehind.nextSetBit(i + 1)) {
                if (!canvases.get(i).isDirty()) {
                    panesBehind.clear(i);
                }
            }
            if (panesBehind.isEmpty()) {
                meter.restartShown(requestedAt, System.nanoTime());
            }
        }
        afterFrame.accept(meter);
    }

    /**
     * Redraws changed figures in turn, starting after the last one drawn, until this frame's drawing budget is
     * spent; the others keep their mark and go first next frame. So a slow figure lowers how often each figure
     * is redrawn, never the frame rate of the window.
     */
    private void redrawWithinBudget(long frameStart) {
        int n = canvases.size();
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            int index = (nextCanvas + i) % n;
            if (canvases.get(index).redrawIfDirty()) {
                drawn++;
                if (System.nanoTime() - frameStart > DRAW_BUDGET_NANOS) {
                    nextCanvas = (index + 1) % n;
                    break;
                }
            }
        }
        meter.panesDrawn(drawn);
    }

    public PerformanceMeter meter() {
        return meter;
    }
}
