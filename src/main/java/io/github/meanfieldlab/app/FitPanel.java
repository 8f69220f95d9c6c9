package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.FitFigure;

/** The data and fit pane: the samples with the network's prediction over the input plane or line. */
public final class FitPanel extends FigurePanel<FitFigure> {

    public FitPanel(FigurePainter painter) {
        this(new FitFigure(), painter);
    }

    private FitPanel(FitFigure figure, FigurePainter painter) {
        super(figure, new FitFigure(), painter);
        options().check("boundary", "boundary g = 0", figure.isShowBoundary(),
                "Draw the decision boundary g(z_L(x)) = 0 over the prediction, for ±1 labels in the plane.",
                on -> change(f -> f.setShowBoundary(on)));
    }
}
