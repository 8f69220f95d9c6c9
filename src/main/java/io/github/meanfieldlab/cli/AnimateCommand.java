package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.export.Animation;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FlowFrames;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.export.PaneViews;
import io.github.meanfieldlab.render.Look;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code animate}: one pane through an s-range of a headless flow, as a GIF, an MP4 or PNG frames. */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = {"Draws one pane through a stretch of a run, as a GIF, an MP4 or PNG frames.",
            "Runs the gradient flow of one experiment and draws one pane at --frames evenly spaced "
            + "pseudo-times from --from to --to: frame k shows the state at step round(s_k/Δs), so the same "
            + "command gives the same file. --out names a .gif (looping), an .mp4 (H.264) or a folder of "
            + "numbered PNG frames.",
            "--versus B.json draws run A (the experiment options) against run B, as figure --versus does.",
            "Example: animate --pane particles --to 20 --frames 80 --fps 20 --out particles.gif"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity; the frames after it show the last finite state"})
final class AnimateCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Mixin
    private FigureLookOptions lookOptions = new FigureLookOptions("6x4in", Look.Style.SCREEN, 100);

    @Mixin
    private FigureViewOptions viewOptions;

    @Option(names = "--pane", required = true, paramLabel = "PANE", description = "The pane to animate: ${COMPLETION-CANDIDATES}.")
    private Pane pane;

    @Option(names = "--from", paramLabel = "S0", description = "Pseudo-time of the first frame; default: ${DEFAULT-VALUE}.")
    private double from = 0;

    @Option(names = "--to", required = true, paramLabel = "S1", description = "Pseudo-time of the last frame.")
    private double to;

    @Option(names = "--frames", paramLabel = "N", description = "Number of frames, " + FlowFrames.MIN_FRAMES + " to "
            + FlowFrames.MAX_FRAMES + "; default: ${DEFAULT-VALUE}.")
    private int frames = 50;

    @Option(names = "--fps", paramLabel = "F", description = "Frames per second, " + Animation.MIN_FPS + " to "
            + Animation.MAX_FPS + " (a GIF shows each frame "
            + "round(100/F) hundredths of a second); default: ${DEFAULT-VALUE}.")
    private int fps = 10;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "A .gif, an .mp4, or a folder for PNG frames.")
    private Path out;

    @Option(names = "--versus", paramLabel = "B.json", description = "A second configuration, run B: each frame "
            + "shows the pane of the experiment options' run (A) and of B as figure --versus draws them, both at the "
            + "frame's s; run on the same data and seed unless B changes them.")
    private Path versus;

    @Option(names = "--force", description = "Overwrite an existing --out.")
    private boolean force;

    @Override
    public Integer call() {
        experimentOptions.validate();
        for (String option : new String[] {"--steps", "--time"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new InputException(option + " does not apply to animate: --from and --to choose the frames");
            }
        }
        if (!(Double.isFinite(from) && from >= 0 && Double.isFinite(to) && to >= from)) {
            throw new InputException("--from " + from + " --to " + to + " is not a range; allowed: 0 <= S0 <= S1, finite");
        }
        FlowFrames.checkCount("--frames", frames);
        Animation.checkFps("--fps", fps);
        Animation kind;
        try {
            kind = Animation.of(out);
        } catch (IllegalArgumentException e) {
            throw new InputException("--out: " + e.getMessage());
        }
        if (Files.exists(out) && !force) {
            throw new InputException(out + " exists; use --force to overwrite it, or another --out");
        }
        if (kind == Animation.PNG_FRAMES && Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + " is a file; PNG frames need a folder");
        }
        ExportSettings settings = lookOptions.settings();
        PaneViews views = viewOptions.views();
        for (Pane other : views.options().keySet()) {
            if (other != pane) {
                throw new InputException("--view " + other + ".…: animate draws the " + pane + " pane only");
            }
        }
        Experiment experiment = experimentOptions.experiment();
        Experiment other = versus == null ? null : Experiment.build(ConfigIO.read(versus), UserText.path(versus), null);
        PrintWriter text = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        text.println("frames: " + settings.describe());
        FigureExporter exporter = new FigureExporter(settings);
        try (GradientFlow flow = experiment.startFlow(FlowFrames.flowOptions(experiment), experimentOptions.threads());
             GradientFlow flowB = other == null ? null
                     : other.startFlow(FlowFrames.flowOptions(other), experimentOptions.threads())) {
            FrameProgress progress = new FrameProgress(err,
                    experimentOptions.quiet() ? null : ProgressBar.onStandardError(err), frames);
            FlowFrames drawn = FlowFrames.of(pane, views, experiment, flow, other, flowB, exporter, from, to, frames,
                    progress);
            try {
                kind.write(out, drawn, fps, settings.dpi());
            } catch (IOException e) {
                progress.breakLine();
                throw new InputException(e.getMessage());
            }
            progress.finish(flow.time());
            text.println("wrote " + out + ": " + frames + " frames from s = " + drawn.time(0) + " to "
                    + drawn.time(frames - 1) + " at " + fps + " frames/s");
            return drawn.finite() ? 0 : Main.NON_FINITE;
        }
    }

    /**
     * Each frame drawn as a step of the {@link ProgressBar} that {@code run}, {@code ladder} and {@code sweep}
     * show, none with --quiet; a non-finite step is reported with or without it.
     */
    private static final class FrameProgress implements FlowFrames.Progress {
        private final PrintWriter err;
        /** Null with --quiet. */
        private final ProgressBar bar;
        private final int total;

        FrameProgress(PrintWriter err, ProgressBar bar, int total) {
            this.err = err;
            this.bar = bar;
            this.total = total;
        }

        @Override
        public void frameDone(int k, double s) {
            if (bar != null) {
                bar.update((k + 1) / (double) total, detail(k + 1, s));
            }
        }

        @Override
        public void nonFinite(String message) {
            breakLine();
            err.println("error: " + message);
        }

        /** Ends the bar's line, so that an error printed next starts a line of its own. */
        void breakLine() {
            if (bar != null) {
                bar.breakLine();
            }
        }

        void finish(double s) {
            if (bar != null) {
                bar.finish(detail(total, s));
            }
        }

        private String detail(int done, double s) {
            return String.format(Locale.ROOT, "frame %d/%d  s = %.4g", done, total, s);
        }
    }
}
