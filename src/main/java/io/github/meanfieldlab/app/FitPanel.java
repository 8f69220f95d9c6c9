package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.FitFigure;

/** The data and fit pane: the samples with the network's prediction over the input plane or line. */
public final class FitPanel extends FigurePanel {
    private final FitFigure figure;

    public FitPanel() {
        this(new FitFigure());
    }

    private FitPanel(FitFigure figure) {
        super(figure);
        this.figure = figure;
        options().check("boundary g = 0", figure.isShowBoundary(),
                "Draw the decision boundary g(z_L(x)) = 0 over the prediction, for ±1 labels in the plane.", on -> {
                    figure.setShowBoundary(on);
                    optionChanged();
                });
    }

    @Override
    protected void pass(FlowSnapshot snapshot) {
        figure.show(snapshot);
    }
}
