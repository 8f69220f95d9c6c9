package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.export.Animation;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.export.FlowFrames;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.export.PaneViews;
import io.github.meanfieldlab.render.Look;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * "Record…": the experiment on screen run again from s = 0 on a background task and one pane drawn at evenly
 * spaced s (in compare mode the comparison of A and B, both run again), with the code of {@code animate} ({@link FlowFrames}, {@link Animation}), so the same choices give
 * the same file. The run on screen goes on; a cancel or a failure leaves no file.
 */
public final class Recorder {
    /** What a recording tells the window: progress, and how it ended. Called on the FX thread. */
    public interface Listener {
        void started(RecordChoice choice, Path out, Runnable cancel);

        void progress(int framesDone, int frames, double s);

        /** {@code error} is null on success; a {@link CancellationException} when cancelled. */
        void finished(RecordChoice choice, Path out, Throwable error);
    }

    /** What {@code animate} draws when asked for nothing else: 6 × 4 in, screen style, 100 dpi. */
    static final ExportSettings DEFAULT_LOOK = new ExportSettings(FigureSize.parse("6x4in"), Look.of(Look.Style.SCREEN), 100);

    private final Executor background;
    private final Executor fx;
    private final Listener listener;
    private RecordChoice last;
    /** The cancel flag of the recording under way (or finished last). */
    private volatile AtomicBoolean current = new AtomicBoolean();

    /**
     * @param background runs the recordings, one at a time (a thread of its own, not the export worker, so that
     *     exports need not wait for a long recording)
     */
    public Recorder(Executor background, Executor fx, Listener listener) {
        this.background = background;
        this.fx = fx;
        this.listener = listener;
    }

    /** The dialog's starting point for {@code pane}: the last choice, else 50 frames from s = 0 to 10. */
    RecordChoice lastChoice(Pane pane) {
        return last == null ? new RecordChoice(pane, 0, 10, 50, 10, DEFAULT_LOOK)
                : new RecordChoice(pane, last.from(), last.to(), last.frames(), last.fps(), last.settings());
    }

    /**
     * Records {@code choice} of the experiment {@code config} into {@code out}, the pane drawn with the view options
     * {@code view} ({@link io.github.meanfieldlab.render.SnapshotFigure#viewOptions}); returns at once. With a
     * {@code pinned} configuration (compare mode's run A; null otherwise) each frame is the comparison of A and
     * {@code config}'s run, both run again from s = 0 and drawn at the frame's s, as {@code animate --versus}.
     */
    public CompletableFuture<Void> record(ExperimentConfig config, ExperimentConfig pinned, RecordChoice choice,
                                          Map<String, String> view, Path out) {
        last = choice;
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        listener.started(choice, out, () -> cancelled.set(true));
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            Experiment e = Experiment.build(config);
            Experiment a = pinned == null ? null : Experiment.build(pinned);
            Animation kind = Animation.of(out);
            FigureExporter exporter = new FigureExporter(choice.settings());
            PaneViews views = new PaneViews(Map.of(choice.pane(), view));
            // The steps animate takes. One solver thread: the run on screen keeps the others; the frames do not
            // depend on it.
            try (GradientFlow flow = e.startFlow(FlowFrames.flowOptions(e), 1);
                 GradientFlow flowA = a == null ? null : a.startFlow(FlowFrames.flowOptions(a), 1)) {
                FlowFrames.Progress progress = new FlowFrames.Progress() {
                            @Override
                            public void frameDone(int k, double s) {
                                fx.execute(() -> listener.progress(k + 1, choice.frames(), s));
                            }

                            @Override
                            public void nonFinite(String message) {
                                // The frames after it show the last finite state, as animate's do.
                            }

                            @Override
                            public boolean cancelled() {
                                return cancelled.get();
                            }
                        };
                // Alone, the window's run; in compare mode A against it (B).
                FlowFrames frames = a == null
                        ? FlowFrames.of(choice.pane(), views, e, flow, null, null, exporter, choice.from(), choice.to(),
                                choice.frames(), progress)
                        : FlowFrames.of(choice.pane(), views, a, flowA, e, flow, exporter, choice.from(), choice.to(),
                                choice.frames(), progress);
                kind.write(out, frames, choice.fps(), choice.settings().dpi());
            } catch (java.io.IOException ex) {
                throw new CompletionException(ex);
            }
        }, background);
        return done.whenCompleteAsync((v, error) -> listener.finished(choice, out, unwrap(error)), fx);
    }

    /** Cancels the recording under way, if any: it stops before its next frame and leaves no file. */
    public void cancel() {
        current.set(true);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
