package io.github.meanfieldlab.core;

import java.util.SplittableRandom;

/** Standard normal draws that give the same bits on every JVM and processor. */
public final class StandardNormal {
    private StandardNormal() {
    }

    /**
     * One N(0, 1) draw by Box–Muller with StrictMath (Math's intrinsics may differ in the last bit between
     * processors, which would break bit-identical runs).
     */
    public static double draw(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();          // in (0, 1], so the log is finite
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }
}
