package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.LossFigure;

/** The loss pane: E(s) with dissipation, flow fidelity and accuracy on demand, and earlier runs faded. */
public final class LossPanel extends FigurePanel {
    private final LossFigure figure;

    public LossPanel() {
        this(new LossFigure());
    }

    private LossPanel(LossFigure figure) {
        super(figure);
        this.figure = figure;
        OptionBar bar = options();
        bar.check("dissipation I(s)", figure.isShowDissipation(),
                "I = 1/(L·M) Σ|v|²: along the exact flow dE/ds = −I, the rate at which the loss must fall.", on -> {
                    figure.setShowDissipation(on);
                    optionChanged();
                });
        bar.check("flow fidelity", figure.isShowFidelity(),
                "(E_n − E_{n+1})/(Δs·I_n): near 1 while the Euler steps follow the gradient flow; far from 1 means Δs is too large.",
                on -> {
                    figure.setShowFidelity(on);
                    optionChanged();
                });
        bar.check("accuracy", figure.isShowAccuracy(),
                "The fraction of samples with sign g(z_L(x_i)) = y_i, for ±1 labels.", on -> {
                    figure.setShowAccuracy(on);
                    optionChanged();
                });
        bar.action("Forget earlier runs", "Remove the faded curves of earlier runs; the current run stays.", () -> {
            figure.clearEarlierRuns();
            optionChanged();
        });
    }

    @Override
    protected void pass(FlowSnapshot snapshot) {
        figure.show(snapshot);
    }

    /** Labels each run's curves: the first by its size, later ones by what changed ("M=64→128"). */
    @Override
    public void runStarted(FlowSession.Started run) {
        var model = run.config().model();
        figure.startRun(run.previous() == null ? "L=" + model.depth() + ", M=" + model.width()
                : ConfigChange.describe(run.previous(), run.config()));
        optionChanged();
    }
}
