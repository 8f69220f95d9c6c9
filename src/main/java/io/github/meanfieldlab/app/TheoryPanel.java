package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.Homogeneity;
import io.github.meanfieldlab.core.Separation;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The side panel that reads the current run against the theory (MODEL.md, "Theory diagnostics"): the block's
 * measured homogeneity, whether the support of ρ_ini separates, relu's conserved imbalance, the tangent kernel's
 * λ_min and the least layer determinant, and the step Δs. Everything shown was computed elsewhere: the verdicts
 * when the run was built, the diagnostics by the solver into the history; the panel only reads the newest values.
 * Its {@link #toggle()} shows it in place of the settings, so the panes keep their width at 1280×720.
 */
public final class TheoryPanel extends VBox {
    private final ToggleButton toggle = new ToggleButton();
    private final Label homogeneity = text("homogeneity");
    private final Label separation = text("separation");
    private final Label conservation = text("conservation");
    private final Label kernel = text("kernel");
    private final Label floor = text("monotoneFloor");
    private final Label floorTitle = title("Monotone floor (d = D = 1)");
    private final Label step = text("stepSize");
    private FlowSession.Started run;

    public TheoryPanel() {
        super(2);
        getStyleClass().add("theory-panel");
        setId("theory");
        Label strip = new Label("Theory");
        strip.setRotate(-90);
        toggle.setGraphic(new Group(strip));
        toggle.setId("theoryToggle");
        toggle.getStyleClass().add("theory-toggle");
        toggle.setFocusTraversable(false);
        toggle.setTooltip(Tooltips.of("Show the theory of this run in place of the settings, or the settings again."));
        toggle.setMaxHeight(Double.MAX_VALUE);
        setPadding(new Insets(4, 10, 6, 10));
        setPrefWidth(300);
        setMinWidth(280);
        getChildren().addAll(
                title("Homogeneity, measured on the block"), homogeneity,
                title("Separation of the support of ρ_ini"), separation,
                title("Conservation"), conservation,
                title("Tangent kernel and depth"), kernel,
                floorTitle, floor,
                title("Step size"), step);
    }

    /** The strip that shows the panel (selected) or the settings. */
    public ToggleButton toggle() {
        return toggle;
    }

    /** Shows the panel in place of the settings, or the settings again. */
    public void setOpen(boolean show) {
        toggle.setSelected(show);
    }

    public boolean isOpen() {
        return toggle.isSelected();
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label text(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("theory-text");
        return l;
    }

    /** A run has started: its verdicts, which hold for the whole run. */
    public void runStarted(FlowSession.Started started) {
        run = started;
        TheoryVerdicts theory = started.theory();
        homogeneity.setText(homogeneityText(theory.homogeneity()));
        Separation s = theory.separation();
        // {0} × Θ̃ is the hyperplane c = 0; said so, since JavaFX wraps a line at a combining mark (Θ̃) wrongly,
        // drawing part of the text twice and beyond the panel (seen at 1280×720).
        separation.setText(s.verdict().word() + ": " + s.reason().replace("{0} × Θ̃", "the hyperplane {c = 0}")
                + (s.verdict() == Separation.Verdict.NOT_APPLICABLE ? "." : ". The condition is sufficient, not necessary: "
                + "a run that violates it may still reach zero loss."));
        boolean line = !Double.isNaN(theory.monotoneFloor());
        floorTitle.setVisible(line);
        floorTitle.setManaged(line);
        floor.setVisible(line);
        floor.setManaged(line);
        floor.setText(line ? "E ≥ " + NumberText.compact(theory.monotoneFloor()) + " in the depth limit, whose flow on "
                + "the line keeps the order of the inputs (the dashed line on the loss pane); below it the network "
                + "folds the line." : "");
        conservation.setText("");
        kernel.setText("");
        step.setText("");
    }

    private static String homogeneityText(Homogeneity h) {
        String verdict = h.verdict();
        String said = verdict.substring(verdict.indexOf(':') + 1).trim();
        return h.isHomogeneous() ? said : said.replaceFirst("^not homogeneous", "NOT homogeneous");
    }

    /** The newest snapshot of the run: the history's newest theory values. */
    public void show(FlowSnapshot s) {
        if (run == null || s.runId() != run.runId()) {
            return;
        }
        FlowHistory h = s.history();
        int last = h.size() - 1;
        if (last < 0) {
            return;
        }
        String at = " at s = " + NumberText.compact(round(h.time(last)));
        conservation.setText(s.spec().block() == Block.RELU
                ? "relu conserves each particle's imbalance |u|² − |(w, b)|² along the exact flow; its rms drift, "
                + "the Euler error made visible: " + NumberText.compact(h.get(FlowHistory.Column.IMBALANCE_DRIFT, last)) + at
                : s.spec().block().id() + " has no conserved imbalance (relu's |u|² − |(w, b)|²).");
        int measured = lastMeasured(h);
        int every = TheoryVerdicts.DIAGNOSTICS_EVERY;
        kernel.setText(measured < 0 ? "computed every k = " + every + " steps" : "λ_min of the tangent kernel H: "
                + NumberText.compact(h.get(FlowHistory.Column.LAMBDA_MIN, measured))
                + "\nleast det(I + J) of a layer: " + NumberText.compact(h.get(FlowHistory.Column.MIN_JACOBIAN_DET, measured))
                + (h.get(FlowHistory.Column.MIN_JACOBIAN_DET, measured) < 0 ? " (< 0: a layer folds the data)" : "")
                + "\nat step " + h.step(measured) + ", s = " + NumberText.compact(round(h.time(measured)))
                + "; computed every k = " + every + " steps, as by run");
        var flow = run.config().flow();
        step.setText(flow.adaptive()
                ? "adaptive, at most Δs = " + NumberText.compact(flow.step()) + "; now " + NumberText.compact(h.stepSize(last))
                : "fixed Δs = " + NumberText.compact(flow.step()) + "; where the loss pane marks a stretch \"not a "
                + "gradient flow\", it offers to halve Δs (or tick adaptive Δs).");
    }

    /** The newest row holding the costly diagnostics, −1 for none; they come every k steps, so k + 1 rows suffice. */
    private static int lastMeasured(FlowHistory h) {
        for (int r = h.size() - 1; r >= Math.max(0, h.size() - 1 - TheoryVerdicts.DIAGNOSTICS_EVERY); r--) {
            if (!Double.isNaN(h.get(FlowHistory.Column.LAMBDA_MIN, r))) {
                return r;
            }
        }
        return -1;
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
