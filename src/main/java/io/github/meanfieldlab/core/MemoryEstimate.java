package io.github.meanfieldlab.core;

/** What a run holds in memory, so that sizes the machine cannot hold are refused before they are tried. */
public final class MemoryEstimate {
    private MemoryEstimate() {
    }

    /**
     * Bytes of the solver's arrays: the parameters with their velocities, backup and per-block gradients
     * (L·M·k each), and the layer states z_l(x_i) (N·(L+1)·D), plus one snapshot copy of each.
     */
    public static long bytes(ModelSpec spec, int samples) {
        long parameters = (long) spec.depth() * spec.width() * spec.parameterCount();
        long blocks = FlowEvaluator.blockCount(samples);
        long states = (long) samples * (spec.depth() + 1) * spec.stateDimension();
        return 8 * (parameters * (4 + blocks + 1) + states * 2);
    }

    /** The estimate in a readable unit. */
    public static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
