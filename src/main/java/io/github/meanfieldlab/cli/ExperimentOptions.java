package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ConfigValidator;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.core.StepHandler;
import io.github.meanfieldlab.core.StopRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose and run one experiment headless, shared by the commands that run a flow. */
final class ExperimentOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Experiment JSON (fields not given take the built-in defaults); default: the built-in default experiment.")
    private Path config;

    @Option(names = "--data", paramLabel = "CSV", description = "Training data CSV (header x1,...,xd,y) instead of the configured generator.")
    private Path data;

    @Option(names = "--init", paramLabel = "PARTICLES.csv", description = "Start from these particles (header layer,index,<coordinates>); their depth and width are used.")
    private Path init;

    @ArgGroup(exclusive = true)
    private Length length;

    static final class Length {
        @Option(names = "--steps", paramLabel = "N", description = "Take exactly N Euler steps (with run --resume: N more).")
        Long steps;

        @Option(names = "--time", paramLabel = "S", description = "Run to pseudo-time S (with run --resume: for S more).")
        Double time;
    }

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    /** Checks the options that need no file; call before any slow work. */
    void validate() {
        threads.validate();
        if (length != null && length.steps != null && length.steps < 0) {
            throw new InputException("--steps " + length.steps + " is out of range; allowed: >= 0");
        }
        if (length != null && length.time != null && !(length.time >= 0 && length.time <= ConfigValidator.MAX_TIME)) {
            throw new InputException("--time " + length.time + " is out of range; allowed: 0 to "
                    + ConfigValidator.MAX_TIME + " (as flow.maxTime)");
        }
    }

    /** Reads the configuration and files and builds the experiment. */
    Experiment experiment() {
        return Experiment.build(config(), config == null ? "the built-in default experiment" : UserText.path(config), init);
    }

    /** The configuration: --config or the defaults, with --data laid over it. */
    ExperimentConfig config() {
        ExperimentConfig cfg = config == null ? ConfigIO.defaults() : ConfigIO.read(config);
        if (data != null) {
            ExperimentConfig.Data d = cfg.data();
            cfg = cfg.withData(new ExperimentConfig.Data(d.generator(), data.toString(), d.samples(), d.noise(),
                    d.seed(), d.standardize(), d.teacherWidth()));
        }
        return cfg;
    }

    /** Refuses --init, for a command that draws its own particles; {@code instead} says what it does. */
    void refuseInit(String command, String instead) {
        if (init != null) {
            throw new InputException(command + " takes no --init: " + instead);
        }
    }

    /** Refuses --steps and --time, for a command that sets its own length; {@code instead} says how. */
    void refuseLength(String command, String instead) {
        if (length != null) {
            throw new InputException(command + " takes no " + (length.steps != null ? "--steps" : "--time") + ": "
                    + instead);
        }
    }

    boolean quiet() {
        return quiet;
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

    /** The stopping rule of a run: --steps, --time, or else its configuration's own, {@code configured}. */
    StopRule stopRule(StopRule configured) {
        return stopRule(configured, 0, 0);
    }

    /**
     * The stopping rule of a run that takes a flow up at step {@code steps} and time {@code time} (a resumed one):
     * --steps and --time count from there; the configuration's own rule, {@code configured}, from s = 0.
     */
    private StopRule stopRule(StopRule configured, long steps, double time) {
        if (length != null && length.steps != null) {
            return StopRule.afterSteps(length.steps > Long.MAX_VALUE - steps ? Long.MAX_VALUE : steps + length.steps);
        }
        if (length != null && length.time != null) {
            return StopRule.atTime(time + length.time);
        }
        return configured;
    }

    /** How --steps or --time were given, to recognise the runs of one sweep: "steps 100", "time 5" or "config". */
    String lengthDescription() {
        return length == null ? "config" : length.steps != null ? "steps " + length.steps : "time " + length.time;
    }

    /** Whether the initial particles come from --init rather than the configuration's ρ_ini. */
    boolean particlesFromFile() {
        return init != null;
    }

    /**
     * Steps {@code flow} until --steps, --time (both counted from where {@code flow} is now) or else the
     * experiment's stopping rule says stop, with a progress bar on {@code err} unless --quiet. A non-finite step
     * ends the run at the last finite state.
     */
    FlowLoop.Outcome run(GradientFlow flow, Experiment experiment, PrintWriter err) {
        StepHandler progress = quiet ? StepHandler.NONE : new RunProgress(ProgressBar.onStandardError(err));
        StopRule rule = stopRule(experiment.stopRule(), flow.steps(), flow.time());
        FlowLoop.Outcome outcome = FlowLoop.run(flow, rule, progress, FlowLoop.NEVER_CANCELLED);
        if (!outcome.finite()) {
            err.println("error: " + outcome.reason());
        }
        return outcome;
    }

    /** One run's progress: how far along its step or time limit, at which s and loss. */
    private static final class RunProgress implements StepHandler {
        private final ProgressBar bar;
        private StopRule rule;

        RunProgress(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void init(GradientFlow flow, StopRule stopRule) {
            this.rule = stopRule;
        }

        @Override
        public void handleStep(GradientFlow flow) {
            bar.update(rule.progress(flow), detail(flow));
        }

        @Override
        public void finish(GradientFlow flow, FlowLoop.Outcome outcome) {
            bar.finish(detail(flow));
        }

        private static String detail(GradientFlow flow) {
            return String.format(Locale.ROOT, "step %d  s = %.4g  E = %.6g", flow.steps(), flow.time(), flow.loss());
        }
    }
}
