package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.DepthFlowFigure;
import io.github.meanfieldlab.render.FitFigure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.ParticleFigure;
import io.github.meanfieldlab.render.ProbeGrid;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figure}: runs a flow headless and exports the app's panes as PNG, SVG or PDF figures. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Runs the gradient flow of one experiment, then writes the app's panes at its final state "
            + "as figures into --out, named <pane>.<format>, with the same drawing code as the screen.",
            "Example: figure --pane density,loss --format pdf,png --out figures/default"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity; the figures show the last finite state"})
final class FigureCommand implements Callable<Integer> {
    /** Probe points per side of the fit's grid: fine enough for print at the default size. */
    private static final int PROBE_RESOLUTION = 160;

    /** The panes of the app, by file name. */
    enum Pane {
        density(e -> new DensityFigure()),
        particles(e -> {
            ParticleFigure f = new ParticleFigure();
            f.setTeacher(e.teacher().orElse(null));
            return f;
        }),
        loss(e -> new LossFigure()),
        fit(e -> new FitFigure()),
        depth(e -> new DepthFlowFigure());

        private final Function<Experiment, SnapshotFigure> factory;

        Pane(Function<Experiment, SnapshotFigure> factory) {
            this.factory = factory;
        }
    }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the figures; created if missing.")
    private Path out;

    @Option(names = "--pane", split = ",", paramLabel = "PANE", description = "Panes to draw: ${COMPLETION-CANDIDATES}; default: all.")
    private Set<Pane> panes = EnumSet.allOf(Pane.class);

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "png, svg and/or pdf; default: png.")
    private List<ExportFormat> formats = List.of(ExportFormat.PNG);

    @Option(names = "--width", paramLabel = "W", description = "Figure width in points (pixels at scale 1); default: ${DEFAULT-VALUE}.")
    private double width = 800;

    @Option(names = "--height", paramLabel = "H", description = "Figure height in points; default: ${DEFAULT-VALUE}.")
    private double height = 500;

    @Option(names = "--scale", paramLabel = "X", description = "PNG pixels per point (2 for print); default: ${DEFAULT-VALUE}.")
    private double scale = 2;

    @Option(names = "--force", description = "Overwrite existing figures in --out.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        FigureExporter exporter;
        try {
            exporter = new FigureExporter(width, height, scale);
        } catch (IllegalArgumentException e) {
            throw new InputException("--width/--height/--scale: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (Pane pane : panes) {
            for (ExportFormat format : formats) {
                names.add(fileName(pane, format));
            }
        }
        OutputFolder folder = new OutputFolder(out);
        folder.check(names, force);
        Experiment experiment = experimentOptions.experiment();
        PrintWriter text = spec.commandLine().getOut();
        // The same steps as run takes (adaptive if configured), with the sign changes the loss pane's guard needs.
        GradientFlow.Options options = new GradientFlow.Options(experiment.stepSize(),
                experiment.config().flow().adaptive(), true, 0);
        try (GradientFlow flow = new GradientFlow(experiment.spec(), experiment.data(), experiment.initialParticles(),
                options, experimentOptions.threads())) {
            ExperimentOptions.Outcome outcome = experimentOptions.run(flow, experiment, spec.commandLine().getErr());
            FlowSnapshot snapshot = flow.snapshot(0, ProbeGrid.forData(experiment.data(), PROBE_RESOLUTION));
            for (Pane pane : panes) {
                SnapshotFigure figure = pane.factory.apply(experiment);
                figure.show(snapshot);
                for (ExportFormat format : formats) {
                    Path file = folder.resolve(fileName(pane, format));
                    Files.createDirectories(file.getParent());
                    exporter.write(figure, file);
                    text.println("wrote " + file);
                }
            }
            text.println(String.format(Locale.ROOT, "figures at step %d, s = %.6g, E = %.6g (%s)",
                    flow.steps(), flow.time(), flow.loss(), outcome.reason()));
            return outcome.finite() ? 0 : RunCommand.NON_FINITE;
        }
    }

    private static String fileName(Pane pane, ExportFormat format) {
        return pane.name() + "." + format.extension();
    }
}
