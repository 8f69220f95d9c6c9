package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LossFigure;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;

/** The loss pane: E(s) with dissipation, flow fidelity and accuracy on demand, and earlier runs faded. */
public final class LossPanel extends FigurePanel<LossFigure> {
    private final Button halveStep;
    /** Whether the figure marked Δs too large when last shown a snapshot; painter thread only. */
    private boolean markedTooLarge;
    /** Compare mode's chart of A and B, and what it was made of; painter thread only. */
    private Overlay overlay;
    private LossFigure overlaid;

    /**
     * @param halveStep halves the form's Δs (and so restarts the run): offered while Δs is marked too large
     * @param forgetEarlierRuns told when the user removes the earlier runs from the chart, so that what the
     *     window saves forgets them too
     */
    public LossPanel(FigurePainter painter, Runnable halveStep, Runnable forgetEarlierRuns) {
        this(new LossFigure(), painter, halveStep, forgetEarlierRuns);
    }

    private LossPanel(LossFigure figure, FigurePainter painter, Runnable halveStep, Runnable forgetEarlierRuns) {
        super(figure, null, painter);
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
        bar.check("theory", "λ_min, det", figure.isShowTheory(),
                "The theory columns over s, computed every " + TheoryVerdicts.DIAGNOSTICS_EVERY + " steps: the least "
                        + "eigenvalue λ_min of the tangent kernel H, and the least det(I + 1/(L·M) Σ_m J_z f) over samples "
                        + "and layers (below 0 a layer folds the data, which the depth limit cannot).",
                on -> change(f -> f.setShowTheory(on)));
        bar.check("drift", "drift", figure.isShowDrift(),
                "relu's imbalance drift over s: the rms change of each particle's |u|² − |(w, b)|² since s = 0. The exact "
                        + "flow conserves it, so the curve is the Euler error made visible, shrinking linearly with Δs. "
                        + "The other blocks conserve no imbalance; the panel says so.",
                on -> change(f -> f.setShowDrift(on)));
        bar.action("Forget earlier runs", "Remove the faded curves of earlier runs; the current run stays, and a "
                + "session saved from now on holds no earlier runs.", () -> {
                    change(LossFigure::clearEarlierRuns);
                    forgetEarlierRuns.run();
                }).setId("forgetEarlierRuns");
        this.halveStep = bar.action("Halve Δs", "The shaded stretch was not a gradient flow: the Euler steps were too "
                + "large to follow it. Restart with half the step Δs (or tick adaptive Δs in the settings).", halveStep);
        this.halveStep.setId("halveStep");
        this.halveStep.getStyleClass().add("warning");
        showHalveStep(false);
    }

    @Override
    protected void pass(LossFigure figure, FlowSnapshot snapshot) {
        figure.show(snapshot);
        boolean marked = figure.marksStepTooLarge();
        if (marked != markedTooLarge) {
            markedTooLarge = marked;
            Platform.runLater(() -> showHalveStep(marked));
        }
    }

    /**
     * In compare mode the loss of A and B on one chart, each under its label, with the curves this pane's option
     * boxes have on; the window's earlier runs stay on this pane's own chart for when compare mode ends.
     */
    @Override
    protected Figure comparison(LossFigure figure, FlowSnapshot b, Compared compared) {
        Overlay wanted = new Overlay(compared, b, figure.viewOptions());
        if (!wanted.equals(overlay)) {
            overlay = wanted;
            LossFigure next = Comparison.loss(new Comparison.Run(compared.labelA(), compared.a()),
                    new Comparison.Run(compared.labelB(), b), wanted.view());
            next.adoptFit(overlaid);
            overlaid = next;
        }
        return overlaid;
    }

    /** The overlaid chart of A and B as last drawn: its curves, labelled A and B, answer the hover read-out. */
    @Override
    protected LossFigure comparedFigure() {
        return overlaid;
    }

    /** What the overlaid chart was made of: made again only when one of these changed. */
    private record Overlay(Compared compared, FlowSnapshot b, Map<String, String> view) {
    }

    private void showHalveStep(boolean show) {
        halveStep.setVisible(show);
        halveStep.setManaged(show);
    }

    /** The button offering to halve Δs, shown while the current run has a stretch marked "Δs too large". */
    public Button halveStepButton() {
        return halveStep;
    }

    /** Archives the curves of the run that ended and draws the new run's monotone floor; the figure labels runs by their settings itself. */
    @Override
    public void runStarted(FlowSession.Started run) {
        double floor = run.theory().monotoneFloor();
        if (run.resumed() == null) {
            changeRun(f -> {
                f.startRun();
                f.setMonotoneFloor(floor);
            });
        } else {
            // A session brings back its own chart: its earlier runs instead of those shown so far.
            List<Map.Entry<String, FlowHistory>> earlier = run.resumed().earlierRuns().stream()
                    .map(r -> Map.entry(r.label(), r.history())).toList();
            changeRun(f -> {
                f.startRun(earlier);
                f.setMonotoneFloor(floor);
            });
        }
    }

    /**
     * What a saved session calls {@code run} among its earlier runs: absolute settings, as the chart's legend
     * names runs ("relu, L = 16, M = 64"), never a change such as "M=64→256".
     */
    static String label(FlowSession.Started run) {
        var model = run.config().model();
        return model.block() + ", L = " + model.depth() + ", M = " + model.width();
    }
}
