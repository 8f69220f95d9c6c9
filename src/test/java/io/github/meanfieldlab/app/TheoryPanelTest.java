package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The theory side of the window: the theory panel's verdicts for the four separation cases and a block that is
 * not homogeneous, the loss pane's offer to halve Δs where the steps were too large, the adaptive check box
 * reaching the solver, and the density pane's coordinate chooser starting on the direction's w1.
 */
@ExtendWith(ApplicationExtension.class)
class TheoryPanelTest {
    private static final double SPEED = 120;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedByEachTest(SPEED);

    /** The small running experiment with {@code block} and ρ_ini of {@code kind}. */
    private static ExperimentConfig with(String block, String kind) {
        ExperimentConfig c = WindowFixture.smallRunningExperiment();
        var m = c.model();
        var i = c.init();
        return new ExperimentConfig(new ExperimentConfig.Model(block, m.stateDimension(), m.depth(), m.width(),
                m.readout(), m.eta(), m.bound()), new ExperimentConfig.Init(kind, i.scale(), i.amplitudeScale(),
                i.innerScale(), i.kappa(), i.seed()), c.data(), c.flow());
    }

    /** Asks the form for {@code config} and returns the theory panel's text {@code id} once its run is on screen. */
    private String textFor(ExperimentConfig config, String id) {
        onFx(() -> fixture.model().formProperty().set(config));
        waitUntil("the run of " + config.model().block() + ", " + config.init().kind(), 20,
                () -> onFx(() -> config.equals(fixture.model().running())));
        return onFx(() -> ((Label) fixture.window.theoryPanel().lookup("#" + id)).getText());
    }

    @Test
    void thePanelStatesTheVerdictsOfTheRunOnScreen(FxRobot robot) {
        fixture.open(with("relu", "gaussian"));
        robot.clickOn("#theoryToggle");
        assertTrue(onFx(() -> fixture.window.theoryPanel().isVisible() && fixture.window.theoryPanel().getWidth() > 0),
                "the strip shows the panel");
        String relu = onFx(() -> ((Label) fixture.window.theoryPanel().lookup("#separation")).getText());
        assertTrue(relu.startsWith("holds: gaussian has full support"), relu);
        assertTrue(relu.contains("sufficient, not necessary"), relu);
        assertTrue(onFx(() -> ((Label) fixture.window.theoryPanel().lookup("#homogeneity")).getText())
                .startsWith("degree 2 in θ"));

        String oneSided = textFor(with("relu", "one-sided"), "separation");
        assertTrue(oneSided.startsWith("violated: one-sided keeps u ≥ 0"), oneSided);

        String regularized = textFor(with("regularized-relu", "one-sided"), "separation");
        assertTrue(regularized.startsWith("holds: one-sided c ≥ 0 with full-support (W, β)"), regularized);
        assertTrue(textFor(with("regularized-relu", "one-sided"), "homogeneity").startsWith("degree 1 in c, odd in c"));

        ExperimentConfig tanh = with("tanh", "gaussian");
        String homogeneity = textFor(tanh, "homogeneity");
        assertTrue(homogeneity.startsWith("NOT homogeneous"), homogeneity);
        assertTrue(textFor(tanh, "separation").startsWith("not applicable"));
        assertTrue(textFor(tanh, "conservation").isEmpty() || textFor(tanh, "conservation").contains("no conserved"));
    }

    @Test
    void theDiagnosticsAreComputedEveryKStepsAndShown() {
        fixture.open(with("relu", "gaussian"));
        FlowSnapshot s = fixture.waitForStep(0, 1);
        FlowHistory h = s.history();
        assertFalse(Double.isNaN(h.get(FlowHistory.Column.LAMBDA_MIN, 0)), "λ_min at step 0");
        assertFalse(Double.isNaN(h.get(FlowHistory.Column.IMBALANCE_DRIFT, h.size() - 1)), "relu's drift every row");
        if (h.size() > 1) {
            assertTrue(Double.isNaN(h.get(FlowHistory.Column.LAMBDA_MIN, 1)), "not at step 1: every k steps");
        }
        waitUntil("the diagnostics in the panel", 10, () -> onFx(() -> ((Label) fixture.window.theoryPanel()
                .lookup("#kernel")).getText().contains("every k = " + TheoryVerdicts.DIAGNOSTICS_EVERY + " steps")
                && ((Label) fixture.window.theoryPanel().lookup("#kernel")).getText().startsWith("λ_min")));
        // The control of the next test: Δs = 0.05 follows the flow here, and nothing offers to halve it.
        assertFalse(onFx(() -> fixture.window.lossPanel().halveStepButton().isVisible()), "no offer without a stretch");
    }

    /** Δs = 1 on the small spirals run leaves the gradient flow from the first steps (run --theory says so). */
    private static ExperimentConfig tooLargeSteps() {
        ExperimentConfig c = WindowFixture.smallRunningExperiment();
        return c.withFlow(new ExperimentConfig.Flow(1.0, 1e9, 0));
    }

    @Test
    void halveStepHalvesTheFormsStepAndRestarts(FxRobot robot) {
        fixture.open(tooLargeSteps());
        long before = onFx(() -> fixture.model().runId());
        waitUntil("the offer to halve Δs", 30, () -> onFx(() -> fixture.window.lossPanel().halveStepButton().isVisible()));
        robot.clickOn("#halveStep");
        waitUntil("the restart with Δs / 2", 20, () -> onFx(() -> fixture.model().runId() != before
                && fixture.model().running().flow().step() == 0.5));
        assertEquals(0.5, onFx(() -> fixture.model().formProperty().get().flow().step()));
    }

    @Test
    void theAdaptiveCheckBoxReachesTheSolver(FxRobot robot) {
        fixture.open(tooLargeSteps());
        robot.clickOn("#adaptive");
        waitUntil("an adaptive run", 20, () -> onFx(() -> fixture.model().running().flow().adaptive()));
        long run = onFx(() -> fixture.model().runId());
        waitUntil("a step smaller than Δs in the history", 30, () -> {
            FlowSnapshot s = fixture.session().latest();
            if (s == null || s.runId() != run) {
                return false;
            }
            FlowHistory h = s.history();
            for (int r = 1; r < h.size(); r++) {
                if (h.stepSize(r) < 1.0) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void theDensityPaneStartsReluOnTheDirectionsW1WithItsChooserShown() {
        fixture.open(with("relu", "gaussian"));
        DensityPanel density = (DensityPanel) fixture.window.panels().get(0);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> coordinate = onFx(() -> (ComboBox<Integer>) density.lookupAll(".combo-box").stream()
                .filter(Node::isVisible).filter(n -> ((ComboBox<?>) n).getValue() instanceof Integer)
                .findFirst().orElseThrow());
        int D = WindowFixture.smallRunningExperiment().model().stateDimension();
        assertTrue(D >= 3, "the case of the issue: relu with D ≥ 3");
        assertEquals(D, onFx(coordinate::getValue), "w1 is coordinate D, after u1..uD");
        assertEquals("w1", onFx(() -> coordinate.getConverter().toString(coordinate.getValue())));
    }
}
