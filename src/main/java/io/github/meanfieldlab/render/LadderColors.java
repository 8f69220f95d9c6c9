package io.github.meanfieldlab.render;

import java.awt.Color;

/** The colours of a ladder's figures: viridis from dark to green along the rungs or times, never its pale end. */
final class LadderColors {
    private LadderColors() {
    }

    /** The colour of item i of n (a rung, or a time s). */
    static Color of(int i, int n) {
        return ColorMap.VIRIDIS.color(n <= 1 ? 0.15 : 0.05 + 0.7 * i / (n - 1));
    }
}
