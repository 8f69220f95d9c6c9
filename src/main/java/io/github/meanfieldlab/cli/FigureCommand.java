package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.DepthFlowFigure;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.FitFigure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.ParticleFigure;
import io.github.meanfieldlab.render.ProbeGrid;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.io.IOException;
import java.io.PrintWriter;
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
        description = {"Draws the app's panes at the end of a run, as figures for papers and slides.",
            "Runs the gradient flow of one experiment, then writes the app's panes at its final state "
            + "as figures into --out, named <pane>.<format>, with the same drawing code as the screen.",
            "Example: figure --pane density,loss --format pdf,png --out figures/default"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity (the figures show the last finite state), or the initial state "
                + "already had them (nothing was written)"})
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

    @Mixin
    private OutputOptions output;

    @Option(names = "--pane", split = ",", paramLabel = "PANE", description = "Panes to draw: ${COMPLETION-CANDIDATES}; default: all.")
    private Set<Pane> panes = EnumSet.allOf(Pane.class);

    @Mixin
    private FigureFormatOptions figureFormat;

    @Option(names = "--versus", paramLabel = "B.json", description = "A second configuration, run B: each pane shows "
            + "the run of --config (A) and B side by side, the loss pane both on one chart, each labelled by the fields "
            + "that differ; run on the same data and seed unless B changes them.")
    private Path versus;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        FigureExporter exporter = figureFormat.exporter();
        List<String> names = new ArrayList<>();
        for (Pane pane : panes) {
            for (ExportFormat format : figureFormat.formats()) {
                names.add(fileName(pane, format));
            }
        }
        OutputFolder folder = output.check(names);
        Experiment experiment = experimentOptions.experiment();
        Experiment other = versus == null ? null : Experiment.build(ConfigIO.read(versus), UserText.path(versus), null);
        PrintWriter text = spec.commandLine().getOut();
        // The same steps as run takes (adaptive if configured), with the sign changes the loss pane's guard needs.
        try (GradientFlow flow = experiment.startFlow(experiment.flowOptions(true, 0), experimentOptions.threads())) {
            folder.prepare(); // after the initial state proved finite: a refused run leaves no folder behind
            FlowLoop.Outcome outcome = experimentOptions.run(flow, experiment, spec.commandLine().getErr());
            FlowSnapshot snapshot = flow.snapshot(0, ProbeGrid.forData(experiment.data(), PROBE_RESOLUTION));
            Function<Pane, Figure> figures = pane -> {
                SnapshotFigure figure = pane.factory.apply(experiment);
                figure.show(snapshot);
                return figure;
            };
            boolean finite = outcome.finite();
            if (other != null) {
                try (GradientFlow flowB = other.startFlow(other.flowOptions(true, 0), experimentOptions.threads())) {
                    finite &= experimentOptions.run(flowB, other, spec.commandLine().getErr()).finite();
                    figures = versus(experiment, snapshot, other,
                            flowB.snapshot(0, ProbeGrid.forData(other.data(), PROBE_RESOLUTION)));
                }
            }
            for (Pane pane : panes) {
                Figure figure = figures.apply(pane);
                for (ExportFormat format : figureFormat.formats()) {
                    Path file = folder.resolve(fileName(pane, format));
                    exporter.write(figure, file);
                    text.println("wrote " + file);
                }
            }
            text.println(String.format(Locale.ROOT, "figures at step %d, s = %.6g, E = %.6g (%s)",
                    flow.steps(), flow.time(), flow.loss(), outcome.reason()));
            return finite ? 0 : Main.NON_FINITE;
        }
    }

    /** Each pane as the comparison of run A ({@code --config}) with run B ({@code --versus}). */
    private static Function<Pane, Figure> versus(Experiment a, FlowSnapshot snapshotA, Experiment b, FlowSnapshot snapshotB) {
        String[] labels = Comparison.labels(a.config(), b.config());
        Comparison.Run runA = new Comparison.Run(labels[0], snapshotA);
        Comparison.Run runB = new Comparison.Run(labels[1], snapshotB);
        return pane -> pane == Pane.loss ? Comparison.loss(runA, runB)
                : Comparison.sideBySide(pane.factory.apply(a), runA, pane.factory.apply(b), runB);
    }

    private static String fileName(Pane pane, ExportFormat format) {
        return pane.name() + "." + format.extension();
    }
}
