package io.github.meanfieldlab.export;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.awt.image.BufferedImage;
import java.util.concurrent.CancellationException;

/**
 * The frames of one pane through an s-range of a flow, for {@link Animation}: frame k shows the state at step
 * round(s_k/Δs) with s_k = S0 + k·(S1 − S0)/(N − 1), so the same range gives the same frames. The flow steps
 * forward as the frames are asked for; {@code animate} and the app's "Record…" both draw through this.
 */
public final class FlowFrames implements Animation.Frames {
    /** Hears of each frame drawn, and may ask to stop. */
    public interface Progress {
        void frameDone(int k, double s);

        /** A step gave NaN or infinity: the frames after it show the last finite state. */
        void nonFinite(String message);

        /** Asked before each frame; true stops the animation with a {@link CancellationException}. */
        default boolean cancelled() {
            return false;
        }
    }

    private final GradientFlow flow;
    private final Dataset data;
    private final SnapshotFigure figure;
    private final FigureExporter exporter;
    private final double from;
    private final double to;
    private final int count;
    private final Progress progress;
    private boolean finite = true;

    /**
     * @throws IllegalArgumentException when {@code 0 <= from <= to} does not hold or count is not 1 to 10000
     */
    public FlowFrames(GradientFlow flow, Dataset data, SnapshotFigure figure, FigureExporter exporter, double from,
                      double to, int count, Progress progress) {
        if (!(Double.isFinite(from) && from >= 0 && Double.isFinite(to) && to >= from)) {
            throw new IllegalArgumentException("from s = " + from + " to s = " + to + " is not a range; allowed: "
                    + "0 <= from <= to, finite");
        }
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException(count + " frames is out of range; allowed: 1 to 10000");
        }
        this.flow = flow;
        this.data = data;
        this.figure = figure;
        this.exporter = exporter;
        this.from = from;
        this.to = to;
        this.count = count;
        this.progress = progress;
    }

    @Override
    public int count() {
        return count;
    }

    /**
     * How the flow of a recording steps: fixed steps of the experiment's Δs, so that frame k is the state at step
     * round(s_k/Δs), with the sign changes and theory columns that the loss pane's shading and curves draw.
     */
    public static GradientFlow.Options flowOptions(Experiment experiment) {
        return new GradientFlow.Options(experiment.stepSize(), false, true, TheoryVerdicts.DIAGNOSTICS_EVERY);
    }

    /** s_k = S0 + k·(S1 − S0)/(N − 1). */
    public double time(int k) {
        return count == 1 ? from : from + k * (to - from) / (count - 1);
    }

    @Override
    public BufferedImage frame(int k) {
        if (progress.cancelled()) {
            throw new CancellationException("cancelled at frame " + (k + 1) + " of " + count);
        }
        long step = Math.round(time(k) / flow.stepSize());
        try {
            while (finite && flow.steps() < step) {
                flow.step();
            }
        } catch (NonFiniteStateException e) {
            finite = false;
            progress.nonFinite(e.getMessage());
        }
        figure.show(Pane.snapshot(flow, data));
        BufferedImage image = exporter.image(figure);
        progress.frameDone(k, flow.time());
        return image;
    }

    /** Whether every step so far stayed finite. */
    public boolean finite() {
        return finite;
    }
}
