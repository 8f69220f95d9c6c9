package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Once per frame, on the FX thread: takes the newest snapshot of the model's run (if one came), hands it to the
 * window, shows the figures the painter has finished and asks for the next paintings, and measures the frame.
 * Never waits for the solver or the painter.
 */
public final class SnapshotPump extends AnimationTimer {
    private final LabModel model;
    private final FigurePainter painter;
    private final Consumer<FlowSnapshot> onSnapshot;
    private final Consumer<FlowSnapshot> onShown;
    private FlowSnapshot lastShown;
    private final List<FigureCanvas<?>> canvases;
    private final PerformanceMeter meter = new PerformanceMeter();
    private final Consumer<PerformanceMeter> afterFrame;
    /** The stages of the newest restart, which the meter keeps once it is shown in every pane. */
    private RestartTrace trace;

    /**
     * @param onSnapshot receives each new snapshot of the run on screen, to hand to the figures
     * @param onShown receives the snapshot the panes show, in the frame they start showing it (the status bar,
     *     so that it speaks of the same s as the panes)
     * @param afterFrame runs at the end of every frame with the meter (the frame-rate readout)
     */
    public SnapshotPump(LabModel model, FigurePainter painter, Consumer<FlowSnapshot> onSnapshot,
                        Consumer<FlowSnapshot> onShown, List<FigureCanvas<?>> canvases,
                        Consumer<PerformanceMeter> afterFrame) {
        this.model = model;
        this.painter = painter;
        this.onSnapshot = onSnapshot;
        this.onShown = onShown;
        this.canvases = List.copyOf(canvases);
        this.afterFrame = afterFrame;
        // A new run: time from its request until every pane shows it.
        model.runProperty().addListener((obs, was, run) -> {
            if (run != null) {
                trace = new RestartTrace(run);
            }
        });
    }

    @Override
    public void handle(long pulse) {
        long start = System.nanoTime();
        long cpuAtStart = PerformanceMeter.threadCpuNanos();
        long runId = model.runId();
        FlowSnapshot s = model.session().takeNew(runId);
        meter.frame(start, s != null, cpuAtStart, PerformanceMeter.gcMillis());
        if (s != null) {
            if (trace != null && trace.runId() == runId && !trace.isTaken()) {
                trace.taken(start, model.session().firstSnapshotAtNanos(runId), model.session().firstSnapshotCpuNanos(runId));
            }
            onSnapshot.accept(s);
        }
        int shown = 0;
        // The paintings of one batch are shown together, so that one frame shows one snapshot in every pane.
        if (canvases.stream().allMatch(c -> !c.isPainting() || c.hasFinished())) {
            for (FigureCanvas<?> c : canvases) {
                if (c.showFinished()) {
                    shown++;
                    FlowSnapshot now = c.shownSnapshot();
                    if (now != null && now != lastShown && now.runId() == runId) {
                        lastShown = now;
                        onShown.accept(now);
                    }
                }
            }
        }
        // The next paintings go to the painter as one task, and only once the last ones are all shown: so every
        // pane shows the same snapshot, and a restart's skipped paintings do not leave the panes out of step.
        if (canvases.stream().noneMatch(FigureCanvas::isPainting)) {
            List<Runnable> paintings = new ArrayList<>(canvases.size());
            for (FigureCanvas<?> c : canvases) {
                Runnable next = c.nextPainting(runId);
                if (next != null) {
                    paintings.add(next);
                }
            }
            if (!paintings.isEmpty()) {
                RestartTrace timed = trace != null && trace.runId() == runId && trace.paintingAsked(System.nanoTime())
                        ? trace : null;
                painter.run(timed == null ? () -> paintings.forEach(Runnable::run) : () -> {
                    long cpu = PerformanceMeter.threadCpuNanos();
                    paintings.forEach(Runnable::run);
                    timed.painted(System.nanoTime(), PerformanceMeter.threadCpuNanos() - cpu);
                });
            }
        }
        meter.panesDrawn(shown);
        if (trace != null && trace.runId() == runId && !trace.isShown()
                && canvases.stream().allMatch(c -> c.shownRunId() == runId)) {
            trace.shown(System.nanoTime());
            meter.restartShown(trace);
        }
        afterFrame.accept(meter);
        meter.frameWork(PerformanceMeter.threadCpuNanos() - cpuAtStart);
    }

    public PerformanceMeter meter() {
        return meter;
    }
}
