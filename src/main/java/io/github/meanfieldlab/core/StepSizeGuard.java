package io.github.meanfieldlab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Watches the flow-fidelity ratio (E_n − E_{n+1})/(Δs·I_n) of MODEL.md: along the gradient flow it tends to 1 as
 * Δs → 0, so a stretch of steps outside [{@value #LOWER}, {@value #UPPER}] says the Euler steps are not following
 * the gradient flow: Δs is too large. One exception: a relu step that carries a pre-activation across its kink is
 * not a step of a smooth flow, and its ratio stays away from 1 for any Δs (relu's chatter, docs/VERIFICATION.md).
 * Such a step is told apart by the fraction of pre-activations that changed sign in it ({@link SignChanges}):
 * a few, at most {@value #CHATTER_FRACTION} of them, against the many that a too-large step moves across.
 */
public final class StepSizeGuard {
    /** The band of the fidelity ratio that counts as following the gradient flow. */
    public static final double LOWER = 0.9;
    public static final double UPPER = 1.1;
    /**
     * The largest fraction of pre-activations crossing their kink in a step that still counts as chatter. Measured:
     * FIXME
     */
    public static final double CHATTER_FRACTION = 5e-3;
    /** This many consecutive steps out of the band, not chatter, make a stretch worth reporting. */
    public static final int MIN_STRETCH = 3;
    /** Adaptive steps never go below this fraction of the configured Δs (ten halvings). */
    static final double SMALLEST_STEP = 1.0 / 1024;
    /** Adaptive steps double Δs again after this many steps in the band. */
    static final int STEPS_BEFORE_DOUBLING = 10;

    private StepSizeGuard() {
    }

    /** Whether a fidelity ratio is in [{@value #LOWER}, {@value #UPPER}] (false for NaN). */
    public static boolean inBand(double fidelity) {
        return fidelity >= LOWER && fidelity <= UPPER;
    }

    /**
     * Whether a step out of the band is relu's chatter: the block is relu and some, but at most
     * {@value #CHATTER_FRACTION}, of its pre-activations changed sign. NaN (not measured) is not chatter.
     */
    public static boolean isChatter(Block block, double signChangeFraction) {
        return block == Block.RELU && signChangeFraction > 0 && signChangeFraction <= CHATTER_FRACTION;
    }

    /** A stretch of history rows whose steps were too large to follow the gradient flow. */
    public record Stretch(int firstRow, int lastRow, double fromTime, double toTime) {
        /** What the loss pane and the run report say about it. */
        public String message() {
            return String.format(java.util.Locale.ROOT, "not a gradient flow: Δs too large (s = %.4g to %.4g, %d steps)",
                    fromTime, toTime, lastRow - firstRow + 1);
        }
    }

    /**
     * The stretches of at least {@value #MIN_STRETCH} consecutive rows whose fidelity is out of the band and that
     * are not chatter. For relu a row out of the band needs its {@code sign_changes} value to be judged; a row
     * without it (a flow that did not count them) is not reported.
     */
    public static List<Stretch> stretches(FlowHistory history, Block block) {
        List<Stretch> found = new ArrayList<>();
        int first = -1;
        for (int r = 1; r <= history.size(); r++) {
            boolean bad = r < history.size() && tooLarge(history, block, r);
            if (bad && first < 0) {
                first = r;
            } else if (!bad && first >= 0) {
                if (r - first >= MIN_STRETCH) {
                    found.add(new Stretch(first, r - 1, history.time(first - 1), history.time(r - 1)));
                }
                first = -1;
            }
        }
        return found;
    }

    private static boolean tooLarge(FlowHistory history, Block block, int row) {
        if (inBand(history.fidelity(row))) {
            return false;
        }
        double crossed = history.get(FlowHistory.Column.SIGN_CHANGES, row);
        if (block == Block.RELU && Double.isNaN(crossed)) {
            return false;
        }
        return !isChatter(block, crossed);
    }
}
