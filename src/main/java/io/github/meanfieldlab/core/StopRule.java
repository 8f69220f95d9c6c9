package io.github.meanfieldlab.core;

import java.util.Locale;

/**
 * When a run ends by itself: after {@code maxSteps} Euler steps, at pseudo-time {@code maxTime}, or once the
 * loss is at most {@code lossTarget}, whichever comes first. The one place that decides stopping, for the
 * app's runs (a configuration's s_max and loss target) and the command line's {@code --steps}/{@code --time}.
 */
public record StopRule(long maxSteps, double maxTime, double lossTarget) {
    /** {@code maxSteps} of a rule that does not count steps. */
    public static final long NO_STEP_LIMIT = Long.MAX_VALUE;

    public StopRule {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps = " + maxSteps + "; allowed: >= 0");
        }
        if (!(maxTime >= 0)) {
            throw new IllegalArgumentException("maxTime = " + maxTime + "; allowed: >= 0 (infinity: none)");
        }
        if (!(lossTarget >= 0)) {
            throw new IllegalArgumentException("lossTarget = " + lossTarget + "; allowed: >= 0 (0: none)");
        }
    }

    /** A configuration's rule: stop at s = {@code maxTime} or once E ≤ {@code lossTarget} (0: no target). */
    public StopRule(double maxTime, double lossTarget) {
        this(NO_STEP_LIMIT, maxTime, lossTarget);
    }

    /** Exactly {@code steps} Euler steps, whatever the loss. */
    public static StopRule afterSteps(long steps) {
        return new StopRule(steps, Double.POSITIVE_INFINITY, 0);
    }

    /** Up to pseudo-time {@code time}, whatever the loss. */
    public static StopRule atTime(double time) {
        return new StopRule(NO_STEP_LIMIT, time, 0);
    }

    /** Why {@code flow} should stop now, or null to go on. */
    public String reason(GradientFlow flow) {
        if (flow.steps() >= maxSteps) {
            return "took " + maxSteps + " steps";
        }
        if (lossTarget > 0 && flow.loss() <= lossTarget) {
            return String.format(Locale.ROOT, "loss %.4g reached the target %s", flow.loss(), lossTarget);
        }
        // Half a step of slack, so that n·Δs lands on maxTime despite rounding.
        if (flow.time() >= maxTime - 0.5 * flow.stepSize()) {
            return "reached s_max = " + maxTime;
        }
        return null;
    }

    /**
     * How far {@code flow} has come towards the step or time limit, from 0 to 1; 0 when the rule has neither
     * (a loss target alone cannot say how far away it is).
     */
    public double progress(GradientFlow flow) {
        double done = 0;
        if (maxSteps != NO_STEP_LIMIT) {
            done = maxSteps == 0 ? 1 : (double) flow.steps() / maxSteps;
        }
        if (Double.isFinite(maxTime)) {
            done = Math.max(done, maxTime == 0 ? 1 : flow.time() / maxTime);
        }
        return Math.min(1, done);
    }

    /** The steps of size {@code stepSize} to the step or time limit; infinite when the rule has neither. */
    public double stepsFor(double stepSize) {
        double byTime = Double.isFinite(maxTime) ? Math.round(maxTime / stepSize) : Double.POSITIVE_INFINITY;
        return maxSteps == NO_STEP_LIMIT ? byTime : Math.min(maxSteps, byTime);
    }
}
