package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureBundle;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.export.PaneViews;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.Look;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figure}: runs a flow headless and exports the app's panes as paper-ready PNG, SVG or PDF figures. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Draws the app's panes at the end of a run, as figures for papers and slides.",
            "Runs the gradient flow of one experiment, then writes the app's panes at its final state "
            + "as figures into --out, named <pane>.<format>, with the same drawing code as the screen. "
            + "Without options a figure is ready for a journal column: 3.4 × 2.55 in, 8 pt text, no title, PNG at 300 dpi.",
            "--bundle adds the files that draw them again: figure --from-bundle DIR --out DIR2.",
            "Example: figure --pane density,loss --format pdf,png --size text --out figures/default"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity (the figures show the last finite state), or the initial state "
                + "already had them (nothing was written)"})
final class FigureCommand implements Callable<Integer> {
    /** Options that --from-bundle takes from the bundle instead. */
    private static final List<String> BUNDLE_DECIDES = Stream.concat(FigureLookOptions.NAMES.stream(),
            Stream.of("--config", "--data", "--init", "--steps", "--time", "--pane", "--format", "--bundle", "--versus", "--view")).toList();

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Mixin
    private FigureLookOptions lookOptions = new FigureLookOptions("column", Look.Style.PAPER, 300);

    @Mixin
    private OutputOptions output;

    @Option(names = "--pane", split = ",", paramLabel = "PANE", description = "Panes to draw: ${COMPLETION-CANDIDATES}; default: all.")
    private Set<Pane> panes = EnumSet.allOf(Pane.class);

    @Mixin
    private ExportFormatOptions formatOptions;

    @Mixin
    private FigureViewOptions viewOptions;

    @Option(names = "--bundle", description = "Also write config.json, data.csv, particles.csv, history.csv, bundle.json "
            + "and a README.txt, so that --from-bundle draws the figures again. With --versus: the comparison, a "
            + "README.txt, and run A's and run B's bundles in the folders A and B, as the app's compare mode writes.")
    private boolean bundle;

    @Option(names = "--from-bundle", paramLabel = "DIR", description = "Draw the figures of a bundle again from its own "
            + "files, with its panes, formats and settings (pixel-identical PNGs); runs no flow. A comparison bundle "
            + "(from the app's compare mode or --versus --bundle: run A's and B's bundles in DIR/A and DIR/B) draws "
            + "the comparison.")
    private Path fromBundle;

    @Option(names = "--versus", paramLabel = "B.json", description = "A second configuration, run B: each pane shows "
            + "the run of --config (A) and B side by side, the loss pane both on one chart, each labelled by the fields "
            + "that differ; run on the same data and seed unless B changes them.")
    private Path versus;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        return fromBundle != null ? redraw() : runAndDraw();
    }

    private Integer runAndDraw() throws IOException {
        ExportSettings settings = lookOptions.settings();
        PaneViews views = viewOptions.views();
        List<ExportFormat> formats = formatOptions.formats();
        List<String> figureNames = fileNames(panes, formats);
        List<String> names = new ArrayList<>(figureNames);
        if (bundle && versus == null) {
            names.addAll(FigureBundle.DATA_FILES);
        } else if (bundle) {
            // A comparison bundle: README.txt beside the comparison, each run's whole bundle in A/ and B/.
            names.add("README.txt");
            for (String run : FigureBundle.COMPARISON_FOLDERS) {
                Stream.concat(figureNames.stream(), FigureBundle.DATA_FILES.stream()).forEach(n -> names.add(run + "/" + n));
            }
        }
        OutputFolder folder = output.check(names);
        Experiment experiment = experimentOptions.experiment();
        Experiment other = versus == null ? null : Experiment.build(ConfigIO.read(versus), UserText.path(versus), null);
        PrintWriter text = spec.commandLine().getOut();
        text.println("figures: " + settings.describe());
        // The same steps and columns as run and the app take (adaptive if configured): the sign changes the loss
        // pane's guard needs, and the theory columns its λ_min, det and drift curves draw.
        try (GradientFlow flow = experiment.startFlow(experiment.flowOptions(true, TheoryVerdicts.DIAGNOSTICS_EVERY),
                experimentOptions.threads())) {
            folder.prepare(); // after the initial state proved finite: a refused run leaves no folder behind
            FlowLoop.Outcome outcome = experimentOptions.run(flow, experiment, spec.commandLine().getErr());
            FlowSnapshot snapshot = Pane.snapshot(flow, experiment.data());
            FigureBundle.State state = new FigureBundle.State(experiment.config(), snapshot, flow.stepSize(),
                    experiment.teacher(), List.of());
            boolean finite = outcome.finite();
            List<Path> written;
            if (other != null) {
                try (GradientFlow flowB = other.startFlow(other.flowOptions(true, TheoryVerdicts.DIAGNOSTICS_EVERY),
                        experimentOptions.threads())) {
                    finite &= experimentOptions.run(flowB, other, spec.commandLine().getErr()).finite();
                    FigureBundle.State stateB = new FigureBundle.State(other.config(),
                            Pane.snapshot(flowB, other.data()), flowB.stepSize(), other.teacher(), List.of());
                    written = bundle
                            ? FigureBundle.writeComparison(folder.path(), state, stateB, List.copyOf(panes), views,
                                    formats, settings, FigureBundle.redrawCommand(folder.path()))
                            : writeFigures(FigureBundle.comparison(state, stateB, List.copyOf(panes), views), formats,
                                    settings, folder);
                }
            } else {
                Map<Pane, SnapshotFigure> figures = FigureBundle.figures(state, List.copyOf(panes), views);
                written = bundle
                        ? FigureBundle.write(folder.path(), state, figures, formats, settings,
                                FigureBundle.redrawCommand(folder.path()))
                        : writeFigures(figures, formats, settings, folder);
            }
            written.forEach(f -> text.println("wrote " + f));
            text.println(String.format(Locale.ROOT, "figures at step %d, s = %.6g, E = %.6g (%s)",
                    flow.steps(), flow.time(), flow.loss(), outcome.reason()));
            return finite ? 0 : Main.NON_FINITE;
        }
    }

    private Integer redraw() throws IOException {
        for (String option : BUNDLE_DECIDES) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new InputException("--from-bundle draws with the bundle's own settings; " + option
                        + " cannot be given with it");
            }
        }
        boolean comparison = FigureBundle.isComparison(fromBundle);
        // A comparison bundle holds run A's and B's bundles, with one set of panes, formats and settings.
        FigureBundle.Restored restored = FigureBundle.read(comparison ? fromBundle.resolve("A") : fromBundle,
                experimentOptions.threads());
        OutputFolder folder = output.check(fileNames(restored.panes(), restored.formats()));
        folder.prepare();
        PrintWriter text = spec.commandLine().getOut();
        text.println("figures: " + restored.settings().describe());
        Map<Pane, ? extends Figure> figures = comparison
                ? FigureBundle.comparison(restored.state(),
                        FigureBundle.read(fromBundle.resolve("B"), experimentOptions.threads()).state(),
                        restored.panes(), restored.views())
                : FigureBundle.figures(restored.state(), restored.panes(), restored.views());
        writeFigures(figures, restored.formats(), restored.settings(), folder).forEach(f -> text.println("wrote " + f));
        return 0;
    }

    /** Writes each figure in each format into {@code folder}, one file at a time. */
    private static List<Path> writeFigures(Map<Pane, ? extends Figure> figures, List<ExportFormat> formats,
                                           ExportSettings settings, OutputFolder folder) throws IOException {
        return folder.writeEach(new FigureExporter(settings).render(figures, formats));
    }

    private static List<String> fileNames(Collection<Pane> panes, List<ExportFormat> formats) {
        return panes.stream().flatMap(pane -> FigureExporter.fileNames(pane.name(), formats).stream()).toList();
    }
}
