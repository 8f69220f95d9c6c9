package io.github.meanfieldlab.core;

import java.util.Arrays;

/**
 * What a {@link Ladder} measured: for every rung r, seed and time s, the loss, the loss at s = 0 and the
 * distance of its particles from the reference particles they are coupled to; the reference's losses; and
 * every run's history. Filled by the {@link Ladder} that makes it, unchanged once handed out.
 */
public final class LadderResult {
    /** The quantities whose rate a ladder fits, each a non-negative number per rung, seed and time. */
    public enum Quantity {
        /** |E(s) − E_ref(s)|: the loss gap to the reference at time s. */
        GAP("loss gap |E − E_ref|"),
        /** |E(0) − E_ref(0)|: the same gap before any training, the initial network's law of large numbers. */
        INITIAL_GAP("loss gap at s = 0"),
        /** |(E(s) − E_ref(s)) − (E(0) − E_ref(0))|: the part of the gap that the flow added. */
        FLOW_GAP("gap added by the flow"),
        /** The RMS distance between coupled particles, 0 at s = 0: what the flow did to each particle. */
        DISTANCE("coupled particle distance");

        private final String label;

        Quantity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final LadderAxis axis;
    private final double[] values;
    private final long[] seeds;
    private final double[] times;
    private final double reference;
    private final double[][] loss0;
    private final double[][][] loss;
    private final double[][][] distance;
    private final double[] referenceLoss0;
    private final double[][] referenceLoss;
    private final FlowHistory[][] histories;
    private final FlowHistory[] referenceHistories;

    /** An empty result, filled run by run by {@link Ladder} through {@link #reference} and {@link #rung}. */
    LadderResult(LadderAxis axis, double[] values, long[] seeds, double[] times, double reference) {
        this.axis = axis;
        this.values = values.clone();
        this.seeds = seeds.clone();
        this.times = times.clone();
        this.reference = reference;
        loss0 = new double[values.length][seeds.length];
        loss = new double[values.length][seeds.length][];
        distance = new double[values.length][seeds.length][];
        referenceLoss0 = new double[seeds.length];
        referenceLoss = new double[seeds.length][];
        histories = new FlowHistory[values.length][seeds.length];
        referenceHistories = new FlowHistory[seeds.length];
    }

    /** Records the reference run of seed index j. */
    void reference(int j, double e0, double[] losses, FlowHistory history) {
        referenceLoss0[j] = e0;
        referenceLoss[j] = losses.clone();
        referenceHistories[j] = history;
    }

    /** Records the run of rung r, seed index j. */
    void rung(int r, int j, double e0, double[] losses, double[] distances, FlowHistory history) {
        loss0[r][j] = e0;
        loss[r][j] = losses.clone();
        distance[r][j] = distances.clone();
        histories[r][j] = history;
    }

    public LadderAxis axis() {
        return axis;
    }

    /** The rungs' values, in the order given. */
    public double[] values() {
        return values.clone();
    }

    public long[] seeds() {
        return seeds.clone();
    }

    /** The times s compared. */
    public double[] times() {
        return times.clone();
    }

    /** The reference run's width, depth or step. */
    public double reference() {
        return reference;
    }

    /** E(s) of rung r, seed index j, time index t. */
    public double loss(int r, int j, int t) {
        return loss[r][j][t];
    }

    /** E(0) of rung r, seed index j. */
    public double initialLoss(int r, int j) {
        return loss0[r][j];
    }

    /** E_ref(s) for seed index j, time index t. */
    public double referenceLoss(int j, int t) {
        return referenceLoss[j][t];
    }

    /** {@code q} of rung r, seed index j, time index t. */
    public double get(Quantity q, int r, int j, int t) {
        double gap = loss[r][j][t] - referenceLoss[j][t];
        double gap0 = loss0[r][j] - referenceLoss0[j];
        return switch (q) {
            case GAP -> Math.abs(gap);
            case INITIAL_GAP -> Math.abs(gap0);
            case FLOW_GAP -> Math.abs(gap - gap0);
            case DISTANCE -> distance[r][j][t];
        };
    }

    /** {@code q} of every rung (rows) and seed (columns) at time index t. */
    public double[][] samples(Quantity q, int t) {
        double[][] s = new double[values.length][seeds.length];
        for (int r = 0; r < values.length; r++) {
            for (int j = 0; j < seeds.length; j++) {
                s[r][j] = get(q, r, j, t);
            }
        }
        return s;
    }

    /** The root mean square of {@code q} over the seeds, per rung, at time index t. */
    public double[] rms(Quantity q, int t) {
        int[] all = new int[seeds.length];
        Arrays.setAll(all, j -> j);
        return Arrays.stream(samples(q, t)).mapToDouble(row -> RateFit.rms(row, all)).toArray();
    }

    /** The power law of {@code q} against the rungs' values at time index t. */
    public RateFit fit(Quantity q, int t) {
        return RateFit.of(values, samples(q, t));
    }

    /** The history of rung r, seed index j. */
    public FlowHistory history(int r, int j) {
        return histories[r][j];
    }

    /** The history of the reference run for seed index j. */
    public FlowHistory referenceHistory(int j) {
        return referenceHistories[j];
    }
}
