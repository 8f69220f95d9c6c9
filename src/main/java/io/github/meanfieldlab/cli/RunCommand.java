package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.data.HistoryCsv;
import io.github.meanfieldlab.data.InputException;
import io.github.meanfieldlab.data.ParticleCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: one gradient flow, headless, written to history.csv, particles.csv and config.json. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the gradient flow of one experiment and writes history.csv, particles.csv (final)",
            "and the config.json actually used into --out.",
            "Example: run --steps 2000 --out results/default"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option or a setting)",
            "3:a step produced NaN or infinity; results of the last finite state were written"})
final class RunCommand implements Callable<Integer> {
    static final int NON_FINITE = 3;
    private static final List<String> OUTPUTS = List.of("history.csv", "particles.csv", "config.json");
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Experiment JSON (fields not given take the built-in defaults); default: the built-in default experiment.")
    private Path config;

    @Option(names = "--data", paramLabel = "CSV", description = "Training data CSV (header x1,...,xd,y) instead of the configured generator.")
    private Path data;

    @Option(names = "--init", paramLabel = "PARTICLES.csv", description = "Start from these particles (header layer,index,<coordinates>); their depth and width are used.")
    private Path init;

    @ArgGroup(exclusive = true)
    private Length length;

    static final class Length {
        @Option(names = "--steps", paramLabel = "N", description = "Take exactly N Euler steps.")
        Long steps;

        @Option(names = "--time", paramLabel = "S", description = "Run to pseudo-time S.")
        Double time;
    }

    @Option(names = "--threads", paramLabel = "T", description = "Solver threads (results are identical for any T); default: ${DEFAULT-VALUE}.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the results; created if missing.")
    private Path out;

    @Option(names = "--force", description = "Overwrite existing result files in --out.")
    private boolean force;

    @Option(names = "--quiet", description = "No progress lines.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        if (threads < 1 || threads > 256) {
            throw new InputException("--threads " + threads + " is out of range; allowed: 1 to 256");
        }
        if (length != null && length.steps != null && length.steps < 0) {
            throw new InputException("--steps " + length.steps + " is out of range; allowed: >= 0");
        }
        if (length != null && length.time != null && !(length.time >= 0 && Double.isFinite(length.time))) {
            throw new InputException("--time " + length.time + " is out of range; allowed: finite and >= 0");
        }
        checkOutputs();
        ExperimentConfig cfg = config == null ? ConfigIO.defaults() : ConfigIO.read(config);
        if (data != null) {
            ExperimentConfig.Data d = cfg.data();
            cfg = cfg.withData(new ExperimentConfig.Data(d.generator(), data.toString(), d.samples(), d.noise(),
                    d.seed(), d.standardize(), d.teacherWidth()));
        }
        Experiment experiment = Experiment.build(cfg, init);
        outText.println("running " + experiment.spec() + ", N = " + experiment.data().size() + " ("
                + experiment.data().name() + "), Δs = " + experiment.stepSize() + ", " + threads + " thread(s)");
        int code = 0;
        long start = System.nanoTime();
        try (GradientFlow flow = new GradientFlow(experiment.spec(), experiment.data(), experiment.initialParticles(),
                experiment.stepSize(), threads)) {
            String reason;
            long lastReport = start;
            try {
                while ((reason = stopReason(flow, experiment)) == null) {
                    flow.step();
                    long now = System.nanoTime();
                    if (!quiet && now - lastReport > PROGRESS_NANOS) {
                        lastReport = now;
                        err.println(String.format(Locale.ROOT, "  step %d  s = %.4g  E = %.6g  %.0f steps/s",
                                flow.steps(), flow.time(), flow.loss(), flow.steps() / ((now - start) / 1e9)));
                        err.flush();
                    }
                }
            } catch (NonFiniteStateException e) {
                reason = e.getMessage();
                err.println("error: " + reason);
                code = NON_FINITE;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            write(experiment, flow);
            outText.println(String.format(Locale.ROOT, "stopped at step %d, s = %.6g, E = %.6g (%s) after %.2f s; wrote %s",
                    flow.steps(), flow.time(), flow.loss(), reason, seconds, out));
        }
        return code;
    }

    private String stopReason(GradientFlow flow, Experiment experiment) {
        if (length != null && length.steps != null) {
            return flow.steps() >= length.steps ? "took " + length.steps + " steps" : null;
        }
        if (length != null && length.time != null) {
            return flow.time() >= length.time - 0.5 * flow.stepSize() ? "reached s = " + length.time : null;
        }
        return experiment.stopRule().reason(flow.time(), flow.loss(), flow.stepSize());
    }

    /** Refuses before any work if a result file exists and --force was not given. */
    private void checkOutputs() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + " is a file; it must be a folder");
        }
        if (!force) {
            for (String name : OUTPUTS) {
                if (Files.exists(out.resolve(name))) {
                    throw new InputException(out.resolve(name) + " exists; use --force to overwrite it, or another --out");
                }
            }
        }
    }

    /** Writes each file to a temporary sibling first, so a failure never leaves a half-written result. */
    private void write(Experiment experiment, GradientFlow flow) throws IOException {
        Files.createDirectories(out);
        writeAtomically("history.csv", w -> HistoryCsv.write(flow.history(), w));
        writeAtomically("particles.csv", w -> ParticleCsv.write(experiment.spec(), flow.particles(), w));
        writeAtomically("config.json", w -> w.write(ConfigIO.toJson(experiment.config())));
    }

    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private void writeAtomically(String name, Content content) throws IOException {
        Path target = out.resolve(name);
        Path tmp = Files.createTempFile(out, "." + name, ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
