package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.SweepGrid;
import io.github.meanfieldlab.config.ValueList;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.StepHandler;
import io.github.meanfieldlab.core.StopRule;
import io.github.meanfieldlab.config.ExperimentConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: one run per combination of configuration values, on one machine or as the shards of a job array. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a grid of configurations, on one machine or in shards on a cluster.",
            "Runs the configuration once for every combination of the --vary values (any field, by its "
            + "JSON path). The first --vary varies slowest, the last fastest; runs are numbered 1.. in that order. "
            + "Each run writes history.csv, particles.csv and config.json into DIR/runs/NNNN_<settings>/, then "
            + "run.json, which marks it complete: a rerun skips complete runs. The shard's rows go to "
            + "DIR/results-i-of-n.csv (run, the varied values, final_loss, s, steps, wall_seconds, status, folder).",
            "--shard i/n runs runs i, i+n, i+2n, ... (for a job array); --merge DIR checks that every run is there "
                + "exactly once and writes DIR/results.csv in run order (an unsharded sweep writes it at once).",
            "Example: sweep --vary model.width=16,64,256 --vary model.block=relu,regularized-relu "
                + "--vary init.seed=1..5 --steps 2000 --out results/sweep --shard 1/4"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (a file, an option, a setting, or an incomplete merge)",
            "3:a step of some run produced NaN or infinity; its row says non-finite, the others ran"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--vary", paramLabel = "PATH=V,V,...", description = "A field and its values, such as model.width=16,64 or init.seed=1..5; repeat for more fields.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder of the sweep; created if missing, shared by its shards.")
    private Path out;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run the i-th of n disjoint slices of the grid; default: ${DEFAULT-VALUE}.")
    private String shard = "1/1";

    @Option(names = "--merge", paramLabel = "DIR", description = "Check that the shards in DIR ran every run once and write DIR/results.csv; no other option.")
    private Path merge;

    @Override
    public Integer call() throws IOException {
        PrintWriter text = spec.commandLine().getOut();
        if (merge != null) {
            if (out != null || !vary.isEmpty()) {
                throw new InputException("--merge DIR takes no --out or --vary: the sweep's own sweep.json says its grid");
            }
            int runs = new SweepFolder(merge).merge();
            text.println("merged " + runs + " runs into " + merge.resolve("results.csv"));
            return 0;
        }
        experimentOptions.validate();
        experimentOptions.refuseInit("sweep", "each run draws its particles from its own configuration");
        if (out == null) {
            throw new InputException("sweep needs --out DIR (or --merge DIR)");
        }
        if (vary.isEmpty()) {
            throw new InputException("sweep needs at least one --vary PATH=V,V,... such as --vary model.width=16,64");
        }
        int[] slice = parseShard(shard);
        SweepGrid grid = new SweepGrid(experimentOptions.config(), fields());
        String length = experimentOptions.lengthDescription();
        SweepFolder folder = new SweepFolder(out);
        folder.claim(grid, length);
        List<Integer> mine = grid.shard(slice[0], slice[1]);
        text.println("sweep of " + grid.size() + " runs; shard " + shard + " has " + mine.size() + " of them; writing "
                + out);
        List<SweepFolder.Run> runs = new ArrayList<>();
        boolean finite = true;
        ProgressBar bar = experimentOptions.quiet() ? null : ProgressBar.onStandardError(spec.commandLine().getErr());
        double total = mine.stream().mapToDouble(i -> work(grid.config(i))).sum();
        double done = 0;
        int skipped = 0;
        for (int k = 0; k < mine.size(); k++) {
            int index = mine.get(k);
            SweepFolder.Run run = folder.completed(grid, index, length);
            if (run == null) {
                String label = String.format(Locale.ROOT, "run %d/%d (%d of this shard) %s", index + 1, grid.size(),
                        k + 1, grid.settings(index));
                run = run(grid, index, folder, length, bar, done, total, label);
            } else {
                skipped++;
            }
            finite &= run.status().equals("finished");
            runs.add(run);
            done += work(grid.config(index));
        }
        if (bar != null) {
            bar.finish("shard " + shard + " done");
        }
        folder.writeShard(grid, slice[0], slice[1], runs);
        text.println(String.format(Locale.ROOT, "ran %d runs, skipped %d already complete; wrote %s",
                runs.size() - skipped, skipped, out.resolve(String.format(Locale.ROOT, "results-%d-of-%d.csv", slice[0], slice[1]))));
        if (slice[1] == 1) {
            folder.merge();
            text.println("wrote " + out.resolve("results.csv"));
        }
        return finite ? 0 : Main.NON_FINITE;
    }

    private SweepFolder.Run run(SweepGrid grid, int index, SweepFolder folder, String length, ProgressBar bar,
                                double done, double total, String label) throws IOException {
        Experiment experiment = Experiment.build(grid.config(index));
        StopRule rule = experimentOptions.stopRule(experiment.stopRule());
        double work = work(grid.config(index));
        StepHandler progress = bar == null ? StepHandler.NONE : new StepHandler() {
            @Override
            public void handleStep(GradientFlow flow) {
                bar.update((done + work * rule.progress(flow)) / total, label);
            }
        };
        String relative = SweepFolder.runFolder(grid, index);
        try (GradientFlow flow = new GradientFlow(experiment.spec(), experiment.data(), experiment.initialParticles(),
                experiment.stepSize(), experimentOptions.threads())) {
            FlowLoop.Outcome outcome = FlowLoop.run(flow, rule, progress, FlowLoop.NEVER_CANCELLED);
            if (!outcome.finite()) {
                spec.commandLine().getErr().println("error: run " + (index + 1) + " " + grid.settings(index) + ": "
                        + outcome.reason() + " Its row says non-finite; the sweep goes on.");
            }
            RunCommand.write(folder.runOutput(relative), experiment, flow);
            SweepFolder.Run run = new SweepFolder.Run(index, grid.settings(index), flow.loss(), flow.time(),
                    flow.steps(), outcome.seconds(), outcome.finite() ? "finished" : "non-finite", relative);
            folder.complete(grid, run, length);
            return run;
        }
    }

    /** A run's cost for the progress bar: L·M·N per step, times the steps its length allows (at least one). */
    private double work(ExperimentConfig c) {
        double steps = experimentOptions.stopRule(c.flow().stopRule()).stepsFor(c.flow().step());
        return (double) c.model().depth() * c.model().width() * c.data().samples() * Math.max(1, steps);
    }

    private List<SweepGrid.Field> fields() {
        List<SweepGrid.Field> fields = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--vary " + v + ": write PATH=V,V,... such as model.width=16,64");
            }
            String path = v.substring(0, eq).trim();
            fields.add(new SweepGrid.Field(path, ValueList.expand(v.substring(eq + 1), "--vary " + path)));
        }
        return fields;
    }

    /** "2/5" → {2, 5}. */
    static int[] parseShard(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                int i = Integer.parseInt(parts[0].trim());
                int n = Integer.parseInt(parts[1].trim());
                if (i >= 1 && i <= n && n <= 100_000) {
                    return new int[] {i, n};
                }
            }
        } catch (NumberFormatException e) {
            // Falls through to the message.
        }
        throw new InputException("--shard " + text + " is out of range; allowed: i/n with 1 <= i <= n <= 100000, "
                + "such as 2/4");
    }
}
