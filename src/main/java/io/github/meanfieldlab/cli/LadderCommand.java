package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ValueList;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.RateFit;
import io.github.meanfieldlab.data.LadderCsv;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LadderLossFigure;
import io.github.meanfieldlab.render.LadderRateFigure;
import io.github.meanfieldlab.render.Look;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ladder}: one experiment at several widths, depths or steps and seeds, and how fast it nears the limit. */
@Command(name = "ladder", mixinStandardHelpOptions = true,
        description = {"Measures how fast an experiment nears its mean-field limit in width, depth or step.",
            "Runs the experiment at every value of --values and every seed, and each seed once more at the "
            + "reference value near the limit; writes ladder.csv (per value, seed and s: the loss, the loss at s = 0, "
            + "their gaps to the reference, and the RMS distance between coupled particles), fit.csv (per s: the "
            + "fitted slope of log gap against log value with its 90 %% interval, the same at s = 0, and the "
            + "distance's) and the figures ladder-loss, ladder-gap and ladder-distance.",
            "Coupling: particle (l, m) of a width-M run is particle (l, m) of the reference (widths nest); a depth "
                + "ladder needs init.kind = depth-continuous and pairs particle (l, m) with the reference particle at "
                + "the same depth t = l/L; a step ladder pairs the same particle.",
            "Example: ladder --vary width --values 8,16,32,64 --seeds 1..8 --at 10 --out results/width"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step of some run produced NaN or infinity; nothing was written"})
final class LadderCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--vary", required = true, paramLabel = "AXIS", description = "What the rungs vary: width, depth or step.")
    private LadderAxis axis;

    @Option(names = "--values", required = true, paramLabel = "V,V,...", description = "The rungs: widths or depths (whole numbers, a..b for a range) or steps.")
    private String values;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Initialisation seeds, such as 1..8 or 1,5,9; default: ${DEFAULT-VALUE}.")
    private String seeds = "1..8";

    @Option(names = "--at", required = true, paramLabel = "S,S,...", description = "Pseudo-times s > 0 at which to compare; every run goes to the largest.")
    private String at;

    @Option(names = "--reference", paramLabel = "V", description = "The reference run's width, depth or step; default: 8 times the largest width or depth, or an eighth of the smallest step.")
    private Double reference;

    @Mixin
    private FigureLookOptions lookOptions = new FigureLookOptions("column", Look.Style.PAPER, 300);

    @Mixin
    private ExportFormatOptions formatOptions;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        experimentOptions.refuseInit("ladder", "it draws every run's particles from the configured distribution");
        experimentOptions.refuseLength("ladder", "it runs each run to the largest --at");
        double[] rungs = ValueList.numbers(values, "--values");
        long[] seedList = ValueList.wholeNumbers(seeds, "--seeds");
        double[] times = ValueList.numbers(at, "--at");
        FigureExporter exporter = new FigureExporter(lookOptions.settings());
        List<String> names = new ArrayList<>(List.of("ladder.csv", "fit.csv"));
        for (String figure : List.of("ladder-loss", "ladder-gap", "ladder-distance")) {
            names.addAll(FigureExporter.fileNames(figure, formatOptions.formats()));
        }
        OutputFolder folder = output.check(names);
        Experiment experiment = experimentOptions.experiment();
        folder.prepare();
        double ref = reference != null ? reference : axis.defaultReference(rungs);
        Ladder ladder;
        try {
            ladder = new Ladder(experiment.spec(), experiment.data(),
                    Experiment.initialDistribution(experiment.config().init()), experiment.stepSize(), axis, rungs,
                    seedList, times, ref);
        } catch (IllegalArgumentException e) {
            throw new InputException("ladder: " + e.getMessage());
        }
        Experiment.checkMemory(ladder.referenceSpec(), experiment.data().size());
        PrintWriter text = spec.commandLine().getOut();
        text.println("ladder of " + experiment.spec() + " over " + axis.symbol() + " = " + values + ", seeds " + seeds
                + ", reference " + axis.symbol() + " = " + Ladder.format(ref) + ", compared at s = " + at);
        LadderResult result;
        try {
            result = run(ladder);
        } catch (NonFiniteStateException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Main.NON_FINITE;
        }
        Map<String, AtomicFile.Text> tables = new LinkedHashMap<>();
        tables.put("ladder.csv", w -> LadderCsv.writeLadder(result, w));
        tables.put("fit.csv", w -> LadderCsv.writeFit(result, w));
        folder.writeSet(tables);
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("ladder-loss", new LadderLossFigure(result));
        figures.put("ladder-gap", new LadderRateFigure(result, LadderResult.Quantity.GAP));
        figures.put("ladder-distance", new LadderRateFigure(result, LadderResult.Quantity.DISTANCE));
        Map<String, byte[]> files = new LinkedHashMap<>();
        figures.forEach((name, figure) -> files.putAll(exporter.render(figure, name, formatOptions.formats())));
        folder.writeEach(files);
        summarise(result, text);
        text.println("wrote ladder.csv, fit.csv and the figures to " + folder);
        return 0;
    }

    private LadderResult run(Ladder ladder) {
        if (experimentOptions.quiet()) {
            return ladder.run(experimentOptions.threads(), (f, s) -> { }, () -> false);
        }
        ProgressBar bar = ProgressBar.onStandardError(spec.commandLine().getErr());
        LadderResult result = ladder.run(experimentOptions.threads(), bar::update, () -> false);
        bar.finish("ladder done");
        return result;
    }

    /** One line per time: the slopes that fit.csv holds, beside the theory's. */
    private void summarise(LadderResult r, PrintWriter text) {
        RateFit initial = r.fit(LadderResult.Quantity.INITIAL_GAP, 0);
        for (int t = 0; t < r.times().length; t++) {
            text.println(String.format(Locale.ROOT, "s = %s: gap slope %s, at s = 0 %s; coupled distance slope %s; "
                    + "theory %s", Ladder.format(r.times()[t]), slope(r.fit(LadderResult.Quantity.GAP, t)), slope(initial),
                    slope(r.fit(LadderResult.Quantity.DISTANCE, t)), axis.theoryLabel()));
        }
    }

    private static String slope(RateFit f) {
        return f.isFitted() ? String.format(Locale.ROOT, "%.2f (90 %% interval %.2f to %.2f)", f.slope(), f.low(), f.high())
                : "none (a gap of 0)";
    }
}
