package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.LossFigure;

/** The loss pane: E(s) with dissipation, flow fidelity and accuracy on demand, and earlier runs faded. */
public final class LossPanel extends FigurePanel<LossFigure> {

    public LossPanel(FigurePainter painter) {
        this(new LossFigure(), painter);
    }

    private LossPanel(LossFigure figure, FigurePainter painter) {
        super(figure, painter);
        OptionBar bar = options();
        bar.check("dissipation", "dissipation I(s)", figure.isShowDissipation(),
                "I = 1/(L·M) Σ|v|²: along the exact flow dE/ds = −I, the rate at which the loss must fall.",
                on -> change(f -> f.setShowDissipation(on)));
        bar.check("fidelity", "flow fidelity", figure.isShowFidelity(),
                "(E_n − E_{n+1})/(Δs·I_n): near 1 while the Euler steps follow the gradient flow; far from 1 means Δs is too large.",
                on -> change(f -> f.setShowFidelity(on)));
        bar.check("accuracy", "accuracy", figure.isShowAccuracy(),
                "The fraction of samples with sign g(z_L(x_i)) = y_i, for ±1 labels.",
                on -> change(f -> f.setShowAccuracy(on)));
        bar.action("Forget earlier runs", "Remove the faded curves of earlier runs; the current run stays.",
                () -> change(LossFigure::clearEarlierRuns));
    }

    @Override
    protected void pass(LossFigure figure, FlowSnapshot snapshot) {
        figure.show(snapshot);
    }

    /** Labels each run's curves: the first by its size, later ones by what changed ("M=64→128"). */
    @Override
    public void runStarted(FlowSession.Started run) {
        var model = run.config().model();
        String label = run.previous() == null ? "L=" + model.depth() + ", M=" + model.width()
                : ConfigChange.describe(run.previous(), run.config());
        change(f -> f.startRun(label));
    }
}
