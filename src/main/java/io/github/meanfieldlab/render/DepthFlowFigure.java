package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** The paths z_0(x_i) … z_L(x_i) of the samples through depth: the ResNet seen as a neural ODE. */
public final class DepthFlowFigure implements Figure {

    /** What the paths are drawn against. */
    public enum View {
        /** The state plane when D = 2, the first two principal components of all states otherwise. */
        STATE_SPACE,
        /** The readout a·z_l against the depth t_l, ending near the targets y_i once the fit is good. */
        READOUT_AGAINST_DEPTH
    }

    private FlowSnapshot snapshot;
    private View view = View.STATE_SPACE;

    /** Hands the figure the newest snapshot. */
    public void show(FlowSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public View getView() {
        return view;
    }

    public void setView(View view) {
        this.view = view;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        PlotFrame frame = PlotFrame.begin(g, area, "Flow through depth z_l(x)",
                Axis.linear("z₁", new Range(-1, 1), 5), Axis.linear("z₂", new Range(-1, 1), 5), false);
        frame.drawBackground(g);
        if (snapshot == null) {
            frame.drawNote(g, "waiting for the flow");
        }
        frame.drawAxes(g);
    }
}
