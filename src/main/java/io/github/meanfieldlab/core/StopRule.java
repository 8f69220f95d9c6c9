package io.github.meanfieldlab.core;

/** When a run ends by itself: at pseudo-time {@code maxTime}, or once the loss is at most {@code lossTarget}. */
public record StopRule(double maxTime, double lossTarget) {
    public StopRule {
        if (!(maxTime > 0)) {
            throw new IllegalArgumentException("maxTime = " + maxTime + "; allowed: > 0");
        }
        if (!(lossTarget >= 0)) {
            throw new IllegalArgumentException("lossTarget = " + lossTarget + "; allowed: >= 0 (0: none)");
        }
    }

    /** Why a run at (time, loss) should stop, or null to go on. */
    public String reason(double time, double loss, double stepSize) {
        if (lossTarget > 0 && loss <= lossTarget) {
            return String.format(java.util.Locale.ROOT, "loss %.4g reached the target %s", loss, lossTarget);
        }
        // Half a step of slack, so that n·Δs lands on maxTime despite rounding.
        if (time >= maxTime - 0.5 * stepSize) {
            return "reached s_max = " + maxTime;
        }
        return null;
    }
}
