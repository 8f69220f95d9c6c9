package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.DepthFlowFigure;
import java.util.List;

/** The flow-through-depth pane: the paths z_0(x_i) … z_L(x_i), the ResNet as a neural ODE. */
public final class DepthFlowPanel extends FigurePanel<DepthFlowFigure> {

    public DepthFlowPanel(FigurePainter painter) {
        this(new DepthFlowFigure(), painter);
    }

    private DepthFlowPanel(DepthFlowFigure figure, FigurePainter painter) {
        super(figure, new DepthFlowFigure(), painter);
        options().choice("view", "view", List.of(DepthFlowFigure.View.values()), figure.getView(),
                v -> v == DepthFlowFigure.View.STATE_SPACE ? "state space" : "readout a·z against depth t",
                "The paths of the samples in state space (the plane when D = 2, principal components otherwise), "
                        + "or their readout a·z_l against the depth t_l = l/L.",
                v -> change(f -> f.setView(v)));
    }
}
