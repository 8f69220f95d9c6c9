package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the solver's speed (steps/s, updates/s, GFLOP/s) on fixed sizes, as the median of timed repetitions. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times Euler steps of the gradient flow and prints steps/s, updates/s and GFLOP/s.",
            "A step is the forward pass, the loss, the exact adjoint, the velocities and the update; updates/s "
                + "counts N·L·M per step, GFLOP/s is estimated, and each is the median of timed repetitions after "
                + "a warm-up.",
            "Without --preset or --config: every preset.",
            "Example: bench --preset large --threads 2"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished", "2:bad input (an option or a configuration)",
            "3:the initial state or a step had NaN or infinity"})
final class BenchCommand implements Callable<Integer> {
    /** The history starts with room for 1024 rows, so this many steps after a short warm-up never grow it. */
    static final int MAX_ALLOCATION_STEPS = 1000;
    private static final int ALLOCATION_WARMUP_STEPS = 10;
    private static final int MIN_STEPS = 3;
    private static final double WARMUP_SECONDS = 1.0;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Source source;

    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", description = "One preset: small, medium, large, huge (relu), small-regularized, large-regularized.")
        String preset;

        @Option(names = "--config", paramLabel = "FILE", description = "An experiment JSON (as for run); its data, particles and step are timed.")
        Path config;
    }

    @Mixin
    private ThreadsOption threadsOption;

    @Option(names = "--csv", description = "Rows preset,block,threads,steps_per_s,updates_per_s,gflops instead of a table.")
    private boolean csv;

    @Option(names = "--repetitions", paramLabel = "R", description = "Timed repetitions per preset, of which the median is reported; default: ${DEFAULT-VALUE}.")
    private int repetitions = 5;

    @Option(names = "--seconds", paramLabel = "S", description = "Least duration of one repetition (and at least 3 steps); default: ${DEFAULT-VALUE}.")
    private double seconds = 1.0;

    @Option(names = "--check-allocation", arity = "0..1", paramLabel = "STEPS", fallbackValue = "1000",
            description = "After timing, take STEPS steps (default 1000, at most 1000) on a fresh flow and print the bytes allocated meanwhile by the stepping thread and by the other threads, and the garbage collections.")
    private Integer allocationSteps;

    /** One configuration to time. */
    private record Case(String name, ModelSpec spec, Dataset data, IntFunction<GradientFlow> start) {
    }

    /** Median and spread of the repetitions' rates. */
    private record Timing(double medianStepsPerSecond, double slowest, double fastest) {
    }

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        List<Case> cases = cases();
        if (csv) {
            out.println("preset,block,threads,steps_per_s,updates_per_s,gflops");
        } else {
            out.println(String.format(Locale.ROOT, "Java %s on %d cores, vectors of %d doubles; %d thread(s); median of %d repetitions of >= %.2g s after a %.2g s warm-up",
                    Runtime.version(), Runtime.getRuntime().availableProcessors(), FlowEvaluator.vectorLanes(), threadsOption.threads(),
                    repetitions, seconds, WARMUP_SECONDS));
            out.println(String.format(Locale.ROOT, "%-18s %-16s %5s %3s %3s %4s %5s %9s %10s %8s %17s %10s",
                    "preset", "block", "N", "D", "L", "M", "threads", "steps/s", "updates/s", "GFLOP/s", "steps/s min..max", "peak heap"));
        }
        out.flush();
        for (Case c : cases) {
            Timing t;
            try {
                t = time(c);
            } catch (NonFiniteStateException e) {
                spec.commandLine().getErr().println("error: " + c.name + ": " + e.getMessage());
                return Main.NON_FINITE;
            }
            ModelSpec s = c.spec;
            double updates = (double) c.data.size() * s.depth() * s.width();
            double updatesPerSecond = t.medianStepsPerSecond * updates;
            double gflops = updatesPerSecond * FlowEvaluator.flopsPerUpdate(s) / 1e9;
            if (csv) {
                out.println(String.format(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.4g", c.name, s.block().id(), threadsOption.threads(),
                        t.medianStepsPerSecond, updatesPerSecond, gflops));
            } else {
                out.println(String.format(Locale.ROOT, "%-18s %-16s %5d %3d %3d %4d %5d %9.4g %10.4g %8.3g %8.4g..%-8.4g %6.1f MiB",
                        c.name, s.block().id(), c.data.size(), s.stateDimension(), s.depth(), s.width(), threadsOption.threads(),
                        t.medianStepsPerSecond, updatesPerSecond, gflops, t.slowest, t.fastest, heapPeakBytes() / 1048576.0));
            }
            out.flush();
            if (allocationSteps != null) {
                checkAllocation(c, out);
            }
        }
        return 0;
    }

    private void checkOptions() {
        threadsOption.validate();
        if (repetitions < 1 || repetitions > 1000) {
            throw new InputException("--repetitions " + repetitions + " is out of range; allowed: 1 to 1000");
        }
        if (!(seconds > 0 && seconds <= 600)) {
            throw new InputException("--seconds " + seconds + " is out of range; allowed: > 0 and <= 600");
        }
        if (allocationSteps != null && (allocationSteps < 1 || allocationSteps > MAX_ALLOCATION_STEPS)) {
            throw new InputException("--check-allocation " + allocationSteps + " is out of range; allowed: 1 to "
                    + MAX_ALLOCATION_STEPS + " steps (more would grow the history, the one thing a step may allocate)");
        }
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        if (source != null && source.config != null) {
            Experiment e = Experiment.build(ConfigIO.read(source.config), UserText.path(source.config), null);
            // Through the experiment, so that a non-finite initial state is explained as for run.
            cases.add(new Case(UserText.path(source.config.getFileName()), e.spec(), e.data(), e::startFlow));
            return cases;
        }
        List<BenchPreset> presets = source == null ? BenchPreset.ALL : List.of(BenchPreset.named(source.preset));
        for (BenchPreset p : presets) {
            Dataset data = p.data();
            double[] initial = p.initialParticles();
            cases.add(new Case(p.name(), p.spec(), data,
                    threads -> new GradientFlow(p.spec(), data, initial, BenchPreset.STEP, threads)));
        }
        return cases;
    }

    private Timing time(Case c) {
        try (GradientFlow flow = c.start.apply(threadsOption.threads())) {
            stepsPerSecond(flow, WARMUP_SECONDS);
            // The peak is the flow's own memory and what timed steps allocate, not the warm-up's garbage (until the
            // compiler has compiled the kernels, their vector operations allocate).
            resetHeapPeaks();
            double[] rates = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                rates[r] = stepsPerSecond(flow, seconds);
            }
            Arrays.sort(rates);
            double median = repetitions % 2 == 1 ? rates[repetitions / 2]
                    : (rates[repetitions / 2 - 1] + rates[repetitions / 2]) / 2;
            return new Timing(median, rates[0], rates[repetitions - 1]);
        }
    }

    /** Steps for at least {@code duration} seconds and {@link #MIN_STEPS} steps; returns steps per second. */
    private static double stepsPerSecond(GradientFlow flow, double duration) {
        long start = System.nanoTime();
        long limit = (long) (duration * 1e9);
        int steps = 0;
        long elapsed;
        do {
            flow.step();
            steps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit || steps < MIN_STEPS);
        return steps / (elapsed / 1e9);
    }

    private void checkAllocation(Case c, PrintWriter out) {
        try (GradientFlow flow = c.start.apply(threadsOption.threads())) {
            for (int n = 0; n < ALLOCATION_WARMUP_STEPS; n++) {
                flow.step();
            }
            long self = Thread.currentThread().getId();
            long[] others = Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).filter(id -> id != self).toArray();
            AllocationProbe probe = new AllocationProbe(others);
            probe.start();
            for (int n = 0; n < allocationSteps; n++) {
                flow.step();
            }
            probe.stop();
            out.println(String.format(Locale.ROOT, "  allocation over %d steps of %s: stepping thread %d bytes, %d other threads %d bytes, %d garbage collections",
                    allocationSteps, c.name, probe.selfBytes(), others.length, probe.otherBytes(), probe.collections()));
            out.flush();
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .collect(Collectors.toList());
    }

    /** Collects the garbage so far and restarts the peak counters of the heap's pools from what is live. */
    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since {@link #resetHeapPeaks()}: an upper bound of the peak heap. */
    private static long heapPeakBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
