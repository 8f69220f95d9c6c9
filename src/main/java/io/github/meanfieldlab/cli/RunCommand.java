package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.HistoryCsv;
import io.github.meanfieldlab.data.ParticleCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: one gradient flow, headless, written to history.csv, particles.csv and config.json. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the gradient flow of one experiment and writes history.csv, particles.csv (final) "
            + "and the config.json actually used into --out.",
            "Example: run --steps 2000 --out results/default"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity (results of the last finite state were written), or the initial "
                + "state already had them (nothing was written)"})
final class RunCommand implements Callable<Integer> {
    private static final List<String> OUTPUTS = List.of("history.csv", "particles.csv", "config.json");

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Mixin
    private OutputOptions output;

    @Option(names = "--theory", description = "Print what the theory says about this run first: the block's measured "
            + "homogeneity and whether the initial support separates (and the monotone floor when d = D = 1); after "
            + "the run, the stretches whose steps were too large to follow the gradient flow.")
    private boolean theory;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        OutputFolder out = output.check(OUTPUTS);
        Experiment experiment = experimentOptions.experiment();
        int threads = experimentOptions.threads();
        PrintWriter outText = spec.commandLine().getOut();
        outText.println("running " + experiment.spec() + ", N = " + experiment.data().size() + " ("
                + experiment.data().name() + "), Δs = " + experiment.stepSize() + ", " + threads + " thread(s), vectors of "
                + FlowEvaluator.vectorLanes() + " doubles");
        if (theory) {
            TheoryReport.before(experiment, experimentOptions.particlesFromFile()).forEach(outText::println);
        }
        try (GradientFlow flow = experiment.startFlow(experiment.flowOptions(true, TheoryReport.DIAGNOSTICS_EVERY),
                threads)) {
            out.prepare(); // after the initial state proved finite: a refused run leaves no folder behind
            FlowLoop.Outcome outcome = experimentOptions.run(flow, experiment, spec.commandLine().getErr());
            if (theory) {
                outText.println(TheoryReport.stepSizeLine(flow.history(), experiment.spec().block()));
            }
            write(out, experiment, flow);
            outText.println(String.format(Locale.ROOT, "stopped at step %d, s = %.6g, E = %.6g (%s) after %.2f s; wrote %s",
                    flow.steps(), flow.time(), flow.loss(), outcome.reason(), outcome.seconds(), out));
            return outcome.finite() ? 0 : Main.NON_FINITE;
        }
    }

    /** Writes the three results as one set. */
    static void write(OutputFolder out, Experiment experiment, GradientFlow flow) throws IOException {
        Map<String, AtomicFile.Text> files = new LinkedHashMap<>();
        files.put("history.csv", w -> HistoryCsv.write(flow.history(), w));
        files.put("particles.csv", w -> ParticleCsv.write(experiment.spec(), flow.particles(), w));
        files.put("config.json", w -> w.write(ConfigIO.toJson(experiment.config())));
        out.writeSet(files);
    }
}
