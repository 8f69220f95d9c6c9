package io.github.meanfieldlab.core;

/**
 * The largest sizes the program accepts, one set for every way in: a configuration, a data file, an
 * {@code --init} particle file and the app's controls. What one way writes, every other way reads.
 */
public final class SizeLimits {
    /** D: the views and the d×D, D×D weights are made for small states. */
    public static final int MAX_STATE_DIMENSION = 16;
    /** d: at most D, since the data are embedded in the state (D ≥ d). */
    public static final int MAX_DATA_DIMENSION = MAX_STATE_DIMENSION;
    /** L. */
    public static final int MAX_DEPTH = 4096;
    /** M. */
    public static final int MAX_WIDTH = 65536;
    /** L·M: a particle file holds one row per particle, and this many rows is as much as one may hold. */
    public static final int MAX_PARTICLES = 4_000_000;
    /** N: more samples than this would not train at interactive speed. */
    public static final int MAX_SAMPLES = 1_000_000;

    private SizeLimits() {
    }
}
