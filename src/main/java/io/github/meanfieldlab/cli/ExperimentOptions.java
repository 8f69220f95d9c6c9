package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose and run one experiment headless, shared by the commands that run a flow. */
final class ExperimentOptions {
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    @Option(names = "--config", paramLabel = "FILE", description = "Experiment JSON (fields not given take the built-in defaults); default: the built-in default experiment.")
    private Path config;

    @Option(names = "--data", paramLabel = "CSV", description = "Training data CSV (header x1,...,xd,y) instead of the configured generator.")
    private Path data;

    @Option(names = "--init", paramLabel = "PARTICLES.csv", description = "Start from these particles (header layer,index,<coordinates>); their depth and width are used.")
    private Path init;

    @ArgGroup(exclusive = true)
    private Length length;

    static final class Length {
        @Option(names = "--steps", paramLabel = "N", description = "Take exactly N Euler steps (N more with --resume).")
        Long steps;

        @Option(names = "--time", paramLabel = "S", description = "Run for pseudo-time S (S more with --resume).")
        Double time;
    }

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--quiet", description = "No progress lines.")
    private boolean quiet;

    /** Checks the options that need no file; call before any slow work. */
    void validate() {
        threads.validate();
        if (length != null && length.steps != null && length.steps < 0) {
            throw new InputException("--steps " + length.steps + " is out of range; allowed: >= 0");
        }
        if (length != null && length.time != null && !(length.time >= 0 && Double.isFinite(length.time))) {
            throw new InputException("--time " + length.time + " is out of range; allowed: finite and >= 0");
        }
    }

    /** Reads the configuration and files and builds the experiment. */
    Experiment experiment() {
        ExperimentConfig cfg = config == null ? ConfigIO.defaults() : ConfigIO.read(config);
        if (data != null) {
            ExperimentConfig.Data d = cfg.data();
            cfg = cfg.withData(new ExperimentConfig.Data(d.generator(), data.toString(), d.samples(), d.noise(),
                    d.seed(), d.standardize(), d.teacherWidth()));
        }
        return Experiment.build(cfg, init);
    }

    /** Refuses --config, --data and --init beside {@code option}, which brings its own experiment. */
    void refuseExperimentChoice(String option) {
        if (config != null || data != null || init != null) {
            throw new InputException(option + " continues the saved experiment; it cannot be combined with "
                    + "--config, --data or --init");
        }
    }

    int threads() {
        return threads.threads();
    }

    /** How a headless run ended. */
    record Outcome(String reason, boolean finite, double seconds) {
    }

    /**
     * Steps {@code flow} until --steps, --time or else the experiment's stopping rule says stop, printing
     * progress to {@code err} every two seconds. A non-finite step ends the run at the last finite state.
     */
    Outcome run(GradientFlow flow, Experiment experiment, PrintWriter err) {
        long start = System.nanoTime();
        long lastReport = start;
        long firstStep = flow.steps();
        String reason;
        try {
            while ((reason = stopReason(flow, firstStep, experiment)) == null) {
                flow.step();
                long now = System.nanoTime();
                if (!quiet && now - lastReport > PROGRESS_NANOS) {
                    lastReport = now;
                    err.println(String.format(Locale.ROOT, "  step %d  s = %.4g  E = %.6g  %.0f steps/s",
                            flow.steps(), flow.time(), flow.loss(), (flow.steps() - firstStep) / ((now - start) / 1e9)));
                    err.flush();
                }
            }
        } catch (NonFiniteStateException e) {
            err.println("error: " + e.getMessage());
            return new Outcome(e.getMessage(), false, (System.nanoTime() - start) / 1e9);
        }
        return new Outcome(reason, true, (System.nanoTime() - start) / 1e9);
    }

    /** Why to stop; --steps and --time count from {@code firstStep}, where this command took the flow up. */
    private String stopReason(GradientFlow flow, long firstStep, Experiment experiment) {
        long taken = flow.steps() - firstStep;
        if (length != null && length.steps != null) {
            return taken >= length.steps ? "took " + length.steps + " steps" : null;
        }
        if (length != null && length.time != null) {
            return taken * flow.stepSize() >= length.time - 0.5 * flow.stepSize()
                    ? "ran for s = " + length.time : null;
        }
        return experiment.stopRule().reason(flow.time(), flow.loss(), flow.stepSize());
    }
}
