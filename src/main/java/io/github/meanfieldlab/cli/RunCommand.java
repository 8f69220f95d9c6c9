package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.HistoryCsv;
import io.github.meanfieldlab.data.ParticleCsv;
import io.github.meanfieldlab.session.Session;
import io.github.meanfieldlab.session.SessionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        description = {"Runs the gradient flow of one experiment, or resumes a session, and writes history.csv, "
            + "particles.csv and config.json into --out.",
            "particles.csv holds the final particles and config.json the configuration actually used.",
            "Example: run --steps 2000 --out results/default",
            "Continue a saved run: run --resume saved.mflab --steps 500 --out results/more"},
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

    @Option(names = "--save-session", paramLabel = "FILE", description = "Also save the end of the run as a session "
            + "file (.mflab) that --resume or the app continues exactly; an existing one is replaced only with --force.")
    private Path saveSession;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue a session file where it stopped, instead "
            + "of a new run; history.csv then holds the whole history from step 0.")
    private Path resume;

    @Option(names = "--theory", description = "Print what the theory says about this run first: the block's measured "
            + "homogeneity and whether the initial support separates (and the monotone floor when d = D = 1); after "
            + "the run, the stretches whose steps were too large to follow the gradient flow.")
    private boolean theory;

    @Override
    public Integer call() throws IOException {
        experimentOptions.validate();
        if (resume != null) {
            experimentOptions.refuseExperimentChoice("--resume");
        }
        OutputFolder out = output.check(OUTPUTS);
        checkSessionTarget();
        Session resumed = resume == null ? null : SessionFile.read(resume);
        Experiment experiment = resumed == null ? experimentOptions.experiment() : resumed.experiment();
        int threads = experimentOptions.threads();
        PrintWriter outText = spec.commandLine().getOut();
        outText.println((resumed == null ? "running " : "resuming " + UserText.path(resume) + " at step "
                + resumed.steps() + ": ") + experiment.spec() + ", N = " + experiment.data().size() + " ("
                + experiment.data().name() + "), Δs = " + experiment.stepSize() + ", " + threads + " thread(s), vectors of "
                + FlowEvaluator.vectorLanes() + " doubles");
        if (theory) {
            TheoryReport.before(experiment, experimentOptions.particlesFromFile())
                    .forEach(outText::println);
        }
        try (GradientFlow flow = resumed != null ? resumeFlow(resumed, threads)
                : experiment.startFlow(experiment.flowOptions(true, TheoryVerdicts.DIAGNOSTICS_EVERY), threads)) {
            out.prepare(); // after the initial state proved finite: a refused run leaves no folder behind
            FlowLoop.Outcome outcome = experimentOptions.run(flow, experiment, spec.commandLine().getErr());
            if (theory) {
                outText.println(TheoryReport.stepSizeLine(flow.history(), experiment.spec().block(),
                        experiment.config().flow().adaptive()));
            }
            write(out, experiment, flow);
            if (saveSession != null) {
                List<Session.EarlierRun> earlier = resumed == null ? List.of() : resumed.earlierRuns();
                SessionFile.write(Session.of(experiment, flow, earlier), saveSession);
            }
            outText.println(String.format(Locale.ROOT, "stopped at step %d, s = %.6g, E = %.6g (%s) after %.2f s; wrote %s",
                    flow.steps(), flow.time(), flow.loss(), outcome.reason(), outcome.seconds(), out)
                    + (saveSession == null ? "" : " and the session " + UserText.path(saveSession)));
            return outcome.finite() ? 0 : Main.NON_FINITE;
        }
    }

    /** Refuses a --save-session target that is a folder, or that exists unless --force: before any work. */
    private void checkSessionTarget() {
        if (saveSession == null) {
            return;
        }
        if (Files.isDirectory(saveSession)) {
            throw new InputException("--save-session " + UserText.path(saveSession) + " is a folder; it must name a file");
        }
        if (Files.exists(saveSession) && !output.force()) {
            throw new InputException(UserText.path(saveSession) + " exists; use --force to overwrite it, or another "
                    + "--save-session");
        }
    }

    private GradientFlow resumeFlow(Session session, int threads) {
        try {
            return session.resume(threads);
        } catch (InputException e) {
            throw new InputException(UserText.path(resume) + ": " + e.getMessage(), e);
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
