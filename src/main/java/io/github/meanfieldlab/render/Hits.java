package io.github.meanfieldlab.render;

import java.util.List;

/**
 * What lies under a point of a figure as it was last drawn, for hover read-outs: each figure maps the point
 * from its own drawing back to data ({@code ParticleFigure.particleAt}, {@code FitFigure.sampleAt},
 * {@code LossFigure.lossAt}), in the user-space units it was drawn in.
 */
public final class Hits {
    /** How near the pointer must be to a marker or a curve, in user-space units of the drawing. */
    public static final double REACH = 8;

    private Hits() {
    }

    /**
     * Particle (layer, index) of the snapshot at pseudo-time {@code time}: its coordinates θ, named.
     */
    public record Particle(int layer, int index, List<String> coordinateNames, double[] theta, double time) {
    }

    /**
     * Sample {@code index}: its input x, its target y and the network's prediction g(z_L(x)) there, at
     * pseudo-time {@code time}.
     */
    public record Sample(int index, double[] x, double y, double prediction, double time) {
    }

    /** The point of the loss curve of run {@code run} (its label) nearest the pointer: s and E there. */
    public record LossPoint(String run, double time, double loss) {
    }

    /** The index of the point (xs[i], ys[i]) drawn nearest (x, y) within {@link #REACH}, or −1. */
    static int nearest(PlotFrame frame, double[] xs, double[] ys, double x, double y) {
        int best = -1;
        double bestDistance = REACH * REACH;
        for (int i = 0; i < xs.length; i++) {
            double dx = frame.px(xs[i]) - x;
            double dy = frame.py(ys[i]) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
