package io.github.meanfieldlab.export;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The frames of one pane through an s-range of a flow, or of two flows compared, for {@link Animation}: frame k
 * shows each flow's state at step round(s_k/Δs) of its own Δs, with s_k = S0 + k·(S1 − S0)/(N − 1), so the same
 * range gives the same frames. The flows step forward as the frames are asked for; {@code animate} and the app's
 * "Record…" both draw through this.
 */
public final class FlowFrames implements Animation.Frames {
    /** The fewest frames of an animation. */
    public static final int MIN_FRAMES = 1;
    /** The most frames of an animation. */
    public static final int MAX_FRAMES = 10_000;

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

    /** What a frame shows: the figure of the flows' snapshots at its s, given in the order of the flows. */
    public interface Drawing {
        Figure at(List<FlowSnapshot> snapshots);
    }

    private final List<GradientFlow> flows;
    private final List<Dataset> data;
    /** Whether the pane draws the fit on a probe grid: only then is the network evaluated there each frame. */
    private final boolean probes;
    private final Drawing drawing;
    private final FigureExporter exporter;
    private final double from;
    private final double to;
    private final int count;
    private final Progress progress;
    /** Whether each flow's steps so far stayed finite; a flow that failed stays at its last finite state. */
    private final boolean[] finite;

    /**
     * The flows' snapshots at each frame's s, drawn by {@code drawing} ({@code data.get(i)} is flow i's data).
     *
     * @throws IllegalArgumentException when {@code 0 <= from <= to} does not hold or count is not {@link #MIN_FRAMES} to {@link #MAX_FRAMES}
     */
    private FlowFrames(List<GradientFlow> flows, List<Dataset> data, boolean probes, Drawing drawing,
                       FigureExporter exporter, double from, double to, int count, Progress progress) {
        if (!(Double.isFinite(from) && from >= 0 && Double.isFinite(to) && to >= from)) {
            throw new IllegalArgumentException("from s = " + from + " to s = " + to + " is not a range; allowed: "
                    + "0 <= from <= to, finite");
        }
        checkCount("frames", count);
        if (flows.isEmpty() || flows.size() != data.size()) {
            throw new IllegalArgumentException(flows.size() + " flows with " + data.size() + " data sets; allowed: "
                    + "one data set per flow, at least one flow");
        }
        this.flows = List.copyOf(flows);
        this.data = List.copyOf(data);
        this.probes = probes;
        this.drawing = drawing;
        this.exporter = exporter;
        this.from = from;
        this.to = to;
        this.count = count;
        this.progress = progress;
        this.finite = new boolean[flows.size()];
        Arrays.fill(finite, true);
    }

    /**
     * Pane {@code pane} in {@code views} at each frame's s: of run A's flow alone when {@code b} is null, otherwise of
     * A against run B's flow as {@link ComparedPane} draws it, so that frame k is the comparison
     * {@code figure --versus} draws of the two states at s_k.
     *
     * @throws IllegalArgumentException when {@code 0 <= from <= to} does not hold, count is not {@link #MIN_FRAMES} to {@link #MAX_FRAMES}, or a view
     *     option is one the pane does not have
     */
    public static FlowFrames of(Pane pane, PaneViews views, Experiment a, GradientFlow flowA, Experiment b,
                                GradientFlow flowB, FigureExporter exporter, double from, double to, int count,
                                Progress progress) {
        boolean probes = pane == Pane.fit;
        if (b == null) {
            SnapshotFigure figure = views.create(pane, a.teacher());
            return new FlowFrames(List.of(flowA), List.of(a.data()), probes, snapshots -> {
                figure.show(snapshots.get(0));
                return figure;
            }, exporter, from, to, count, progress);
        }
        ComparedPane compared = new ComparedPane(pane, a.config(), a.teacher(), b.config(), b.teacher(), views);
        return new FlowFrames(List.of(flowA, flowB), List.of(a.data(), b.data()), probes,
                snapshots -> compared.at(snapshots.get(0), snapshots.get(1)), exporter, from, to, count, progress);
    }

    /**
     * The one check of a frame count, for {@code animate}, "Record…" and this class alike.
     *
     * @param name what the count was given as, to name in the message ("--frames")
     * @return {@code count}, as an int
     * @throws IllegalArgumentException when {@code count} is not {@link #MIN_FRAMES} to {@link #MAX_FRAMES}
     */
    public static int checkCount(String name, long count) {
        if (count < MIN_FRAMES || count > MAX_FRAMES) {
            throw new IllegalArgumentException(name + " " + count + " is out of range; allowed: " + MIN_FRAMES + " to "
                    + MAX_FRAMES);
        }
        return (int) count;
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
        List<FlowSnapshot> snapshots = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            GradientFlow flow = flows.get(i);
            long step = Math.round(time(k) / flow.stepSize());
            try {
                while (finite[i] && flow.steps() < step) {
                    flow.step();
                }
            } catch (NonFiniteStateException e) {
                finite[i] = false;
                progress.nonFinite(e.getMessage());
            }
            snapshots.add(probes ? Pane.snapshot(flow, data.get(i)) : flow.snapshot(0, null));
        }
        BufferedImage image = exporter.image(drawing.at(snapshots));
        progress.frameDone(k, flows.get(0).time());
        return image;
    }

    /** Whether every step of every flow so far stayed finite. */
    public boolean finite() {
        for (boolean f : finite) {
            if (!f) {
                return false;
            }
        }
        return true;
    }
}
