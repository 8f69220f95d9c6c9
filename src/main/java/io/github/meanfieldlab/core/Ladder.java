package io.github.meanfieldlab.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One experiment at several widths, depths or steps (the rungs), for several seeds, each against a reference
 * run far closer to the limit with the same seed: the measurement behind Theorem 5.1. Every run is the
 * deterministic flow of its rung and seed, so the result does not depend on the order the runs take or on
 * the thread count.
 */
public final class Ladder {
    /** Told how far a ladder has come, from the stepping thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param fraction of the ladder's work done, 0 to 1 (work counted as L·M·steps)
         * @param running the run under way, such as "M = 64, seed 3"
         */
        void progress(double fraction, String running);
    }

    private final ModelSpec base;
    private final Dataset data;
    private final InitialDistribution init;
    private final double stepSize;
    private final LadderAxis axis;
    private final double[] values;
    private final long[] seeds;
    private final double[] times;
    private final double reference;

    /**
     * @param base the experiment's network; the axis replaces its width or depth
     * @param init the initial distribution; each seed replaces its seed
     * @param stepSize Δs of every run, unless the ladder varies the step
     * @param values the rungs, at least two, distinct
     * @param times the pseudo-times s &gt; 0 at which runs are compared; every run goes to the largest
     * @param reference the reference run's width, depth or step, beyond every rung
     * @throws IllegalArgumentException naming what is wrong, if the ladder cannot be measured as asked
     */
    public Ladder(ModelSpec base, Dataset data, InitialDistribution init, double stepSize, LadderAxis axis,
                  double[] values, long[] seeds, double[] times, double reference) {
        this.base = base;
        this.data = data;
        this.init = init;
        this.stepSize = stepSize;
        this.axis = axis;
        this.values = values.clone();
        this.seeds = seeds.clone();
        this.times = times.clone();
        this.reference = reference;
        check();
    }

    private void check() {
        if (values.length < 2 || Arrays.stream(values).distinct().count() != values.length) {
            throw new IllegalArgumentException("a ladder needs at least two distinct values to fit a slope; got "
                    + Arrays.toString(values));
        }
        if (seeds.length == 0 || Arrays.stream(seeds).distinct().count() != seeds.length) {
            throw new IllegalArgumentException("a ladder needs one or more distinct seeds; got " + Arrays.toString(seeds));
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("a ladder needs at least one time s to compare the runs at");
        }
        for (double s : times) {
            if (!(s > 0 && Double.isFinite(s))) {
                throw new IllegalArgumentException("time s = " + s + " is out of range; allowed: finite and > 0");
            }
        }
        if (axis == LadderAxis.DEPTH && init.kind() != InitialDistribution.Kind.DEPTH_CONTINUOUS) {
            throw new IllegalArgumentException("a depth ladder needs init.kind = depth-continuous: " + init.kind().id()
                    + " particles at layer l of different depths sit at different t = l/L and are not coupled");
        }
        for (double v : allValues()) {
            checkValue(v);
        }
        for (double v : values) {
            if (!axis.isBeyond(reference, v)) {
                throw new IllegalArgumentException("the reference " + axis.symbol() + " = " + format(reference)
                        + " must lie beyond every rung (" + (axis == LadderAxis.STEP ? "smaller" : "larger")
                        + " than " + format(v) + ")");
            }
            if (axis == LadderAxis.DEPTH && reference % v != 0) {
                throw new IllegalArgumentException("the reference depth L = " + format(reference)
                        + " must be a multiple of every rung's depth, so that each layer has a partner at its t; "
                        + format(v) + " does not divide it");
            }
            for (double s : times) {
                steps(s, axis.stepSize(stepSize, v));
            }
        }
        for (double s : times) {
            steps(s, axis.stepSize(stepSize, reference));
        }
    }

    private void checkValue(double v) {
        if (axis.isSize() && !(v >= 1 && v <= 1 << 20 && v == Math.rint(v))) {
            throw new IllegalArgumentException(axis.id() + " " + format(v) + " is out of range; allowed: whole numbers 1 to "
                    + (1 << 20));
        }
        if (!axis.isSize() && !(v > 0 && v <= 100)) {
            throw new IllegalArgumentException("step " + format(v) + " is out of range; allowed: > 0 and <= 100");
        }
    }

    /** The Euler steps from 0 to {@code time}, which must be a whole number of them. */
    private static long steps(double time, double step) {
        long n = Math.round(time / step);
        if (Math.abs(n * step - time) > 1e-9 * time) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "s = %s is not a whole number of steps Δs = %s; choose times that every step divides", time, step));
        }
        return n;
    }

    private double[] allValues() {
        double[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = reference;
        return all;
    }

    public LadderAxis axis() {
        return axis;
    }

    /** The seeds, in the order given; a copy. */
    public long[] seeds() {
        return seeds.clone();
    }

    /** The reference run's network: the largest of the ladder (the same network for a step ladder). */
    public ModelSpec referenceSpec() {
        return axis.spec(base, reference);
    }

    /** The work of one run, L·M·steps, for the progress fraction. */
    private double work(double value) {
        ModelSpec spec = axis.spec(base, value);
        return (double) spec.depth() * spec.width() * steps(lastTime(), axis.stepSize(stepSize, value));
    }

    private double lastTime() {
        return Arrays.stream(times).max().orElseThrow();
    }

    /**
     * Runs the reference and every rung for every seed, one after another, on the calling thread: a window
     * runs it on a background thread, shows {@code listener}'s fraction in a progress bar, and cancels through
     * {@code cancelled}; the command line prints the fraction on standard error.
     *
     * @param threads solver threads of each run (results are identical for any count)
     * @param cancelled polled before every step
     * @throws CancellationException if {@code cancelled} turned true
     * @throws NonFiniteStateException naming the run, if a step of any run is not finite
     */
    public LadderResult run(int threads, Listener listener, BooleanSupplier cancelled) {
        double total = seeds.length * Arrays.stream(allValues()).map(this::work).sum();
        double[] done = {0};
        LadderResult result = new LadderResult(axis, values, seeds, times, reference);
        for (int s = 0; s < seeds.length; s++) {
            Measured ref = measure(reference, seeds[s], threads, listener, cancelled, done, total);
            result.reference(s, ref.loss0, ref.losses, ref.history);
            for (int r = 0; r < values.length; r++) {
                Measured rung = measure(values[r], seeds[s], threads, listener, cancelled, done, total);
                double[] distances = new double[times.length];
                for (int t = 0; t < times.length; t++) {
                    distances[t] = axis.distance(rung.spec, rung.particles[t], ref.spec, ref.particles[t]);
                }
                result.rung(r, s, rung.loss0, rung.losses, distances, rung.history);
            }
        }
        listener.progress(1, "done");
        return result;
    }

    /** What one run leaves for the comparison: its losses, and its particles at each time. */
    private record Measured(ModelSpec spec, double loss0, double[] losses, double[][] particles, FlowHistory history) {
    }

    private Measured measure(double value, long seed, int threads, Listener listener, BooleanSupplier cancelled,
                             double[] done, double total) {
        ModelSpec spec = axis.spec(base, value);
        double step = axis.stepSize(stepSize, value);
        long[] at = Arrays.stream(times).mapToLong(s -> steps(s, step)).toArray();
        double[] losses = new double[times.length];
        double[][] particles = new double[times.length][];
        double work = work(value);
        long last = steps(lastTime(), step);
        String name = (value == reference ? "reference " : "") + axis.symbol() + " = " + format(value) + ", seed " + seed;
        try (GradientFlow flow = new GradientFlow(spec, data, init.withSeed(seed).sample(spec), step, threads)) {
            double loss0 = flow.loss();
            FlowLoop.Outcome outcome = FlowLoop.run(flow, StopRule.afterSteps(last), new StepHandler() {
                @Override
                public void handleStep(GradientFlow f) {
                    for (int t = 0; t < at.length; t++) {
                        if (f.steps() == at[t]) {
                            losses[t] = f.loss();
                            particles[t] = f.particles();
                        }
                    }
                    listener.progress((done[0] + work * f.steps() / last) / total, name);
                }
            }, cancelled);
            if (outcome.cancelled()) {
                throw new CancellationException("ladder cancelled during " + name);
            }
            if (!outcome.finite()) {
                throw new NonFiniteStateException(name + ": " + outcome.reason());
            }
            done[0] += work;
            return new Measured(spec, loss0, losses, particles, flow.history());
        }
    }

    /** A value as the user wrote it: 64, not 64.0. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
