package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.SizeLimits;
import io.github.meanfieldlab.data.DataGenerator;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The settings of an experiment, one control each: network, initial distribution, data and flow. It shows a
 * configuration and, when the user commits a change, hands a new configuration to its owner, who restarts the
 * run; it never starts anything itself.
 */
public final class ControlPanel extends GridPane {
    private final LogSlider depth;
    private final LogSlider width;
    private final ComboBox<String> block = new ComboBox<>();
    private final ComboBox<Integer> stateDimension = new ComboBox<>();
    private final NumberField eta;
    private final NumberField bound;
    private final ComboBox<String> initKind = new ComboBox<>();
    private final NumberField scale;
    private final NumberField kappa;
    private final NumberField initSeed;
    private final ComboBox<String> dataset = new ComboBox<>();
    private final NumberField samples;
    private final NumberField noise;
    private final NumberField dataSeed;
    private final NumberField step;
    private final NumberField maxTime;
    private final NumberField lossTarget;
    private ExperimentConfig shown;
    private boolean showing;
    private Consumer<ExperimentConfig> onRequest = c -> { };
    private int row;

    /** @param complaints where messages about unreadable input go */
    public ControlPanel(ExperimentConfig initial, Consumer<String> complaints) {
        getStyleClass().add("control-panel");
        setHgap(8);
        setVgap(5);
        setPadding(new Insets(10, 12, 10, 12));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);

        depth = new LogSlider("depth L", 256, initial.model().depth(),
                "Depth L: the number of residual layers z_{l+1} = z_l + 1/(L·M) Σ_m f(z_l; θ_{l,m}); layer l sits at t = l/L.");
        width = new LogSlider("width M", 2048, initial.model().width(),
                "Width M: particles per layer; the mean-field limit is M → ∞, and particle (l, m) stays the same when M changes.");
        depth.setId("depth");
        width.setId("width");
        eta = new NumberField("η", false, "η: half-width of the quadratic piece of σ_η around 0 (regularized-relu only).",
                complaints);
        bound = new NumberField("R", false,
                "R: bound of the squashed inner weights, Ŵ = W·ψ(‖W‖)/‖W‖ with ψ(r) = R·tanh(r/R) (regularized-relu only).",
                complaints);
        scale = new NumberField("τ", false,
                "τ: the scale of ρ_ini; small τ is the feature-learning regime, large τ approaches the lazy regime.",
                complaints);
        kappa = new NumberField("κ", false,
                "κ: how much depth-continuous particles vary with t, θ_{l,m} = ξ_m + κ(η_m cos 2πt + ζ_m sin 2πt).",
                complaints);
        initSeed = new NumberField("seed of ρ_ini", true,
                "Seed of ρ_ini: particle (l, m) comes from its own stream keyed by (seed, l, m), so widths nest; "
                        + "depths nest for depth-continuous only.",
                complaints);
        samples = new NumberField("N", true,
                "N: the number of training samples in the loss E = 1/(2N) Σ_i (g(z_L(x_i)) − y_i)².", complaints);
        noise = new NumberField("noise", false,
                "Standard deviation of the Gaussian noise added to the inputs x_i (classification) or the targets y_i (regression).",
                complaints);
        dataSeed = new NumberField("data seed", true, "Seed of the generated samples (x_i, y_i).", complaints);
        step = new NumberField("Δs", false,
                "Δs: the Euler step in pseudo-time, θ ← θ + Δs·v; a flow-fidelity ratio far from 1 says it is too large.",
                complaints);
        maxTime = new NumberField("s_max", false,
                "s_max: the run stops by itself at pseudo-time s = s_max (play continues past it).", complaints);
        lossTarget = new NumberField("loss target", false,
                "Loss target: the run stops by itself once E ≤ target; 0 for never.", complaints);

        block.getItems().addAll(Arrays.stream(Block.values()).map(Block::id).toList());
        stateDimension.getItems().addAll(IntStream.rangeClosed(1, SizeLimits.MAX_STATE_DIMENSION).boxed().toList());
        initKind.getItems().addAll(Arrays.stream(InitialDistribution.Kind.values()).map(InitialDistribution.Kind::id).toList());
        dataset.getItems().addAll(Arrays.stream(DataGenerator.values()).map(DataGenerator::id).toList());
        tip(block, "The block f(z; θ): relu u·relu(w·z + b) is 2-homogeneous, regularized-relu c·σ_η(Ŵz + β̂) is "
                + "1-homogeneous in c, tanh, sigmoid and softplus are not homogeneous.");
        tip(stateDimension, "State dimension D ≥ d: inputs are padded with zeros, z_0(x) = (x, 0, …, 0).");
        tip(initKind, "ρ_ini: gaussian draws every coordinate from N(0, τ²); depth-continuous varies smoothly in t; "
                + "one-sided keeps the amplitude u or c non-negative.");
        tip(dataset, "The training samples (x_i, y_i): ±1 classes in the plane, sine a regression in d = 1, "
                + "teacher labelled by a small random network of the same block.");
        block.setId("block");
        dataset.setId("dataset");
        stateDimension.setId("stateDimension");
        initKind.setId("initKind");
        eta.setId("eta");
        scale.setId("scale");
        samples.setId("samples");
        step.setId("step");

        section("Network");
        wide(depth);
        wide(width);
        field("block", block);
        field("state dim. D", stateDimension);
        field("η", eta);
        field("R", bound);
        section("Initial distribution ρ_ini");
        field("kind", initKind);
        field("scale τ", scale);
        field("κ", kappa);
        field("seed", initSeed);
        section("Data");
        field("dataset", dataset);
        field("samples N", samples);
        field("noise", noise);
        field("seed", dataSeed);
        section("Flow");
        field("step Δs", step);
        field("s_max", maxTime);
        field("or at E ≤", lossTarget);

        depth.setOnCommit(v -> changed());
        width.setOnCommit(v -> changed());
        for (ComboBox<?> c : new ComboBox<?>[] {block, stateDimension, initKind, dataset}) {
            c.setOnAction(e -> changed());
        }
        for (NumberField f : new NumberField[] {eta, bound, scale, kappa, initSeed, samples, noise, dataSeed, step,
            maxTime, lossTarget}) {
            f.setOnCommit(this::changed);
        }
        show(initial);
    }

    private static void tip(Control c, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        c.setTooltip(t);
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section");
        add(l, 0, row++, 2, 1);
    }

    private void wide(Node n) {
        add(n, 0, row++, 2, 1);
    }

    private void field(String name, Control control) {
        Label l = new Label(name);
        l.getStyleClass().add("control-label");
        l.setTooltip(control.getTooltip());
        l.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        add(l, 0, row);
        add(control, 1, row++);
    }

    /** Shows {@code config} in every control without asking for a restart. */
    public void show(ExperimentConfig config) {
        showing = true;
        try {
            shown = config;
            ExperimentConfig.Model m = config.model();
            depth.show(m.depth());
            width.show(m.width());
            block.setValue(m.block());
            stateDimension.setValue(m.stateDimension());
            eta.show(m.eta());
            bound.show(m.bound());
            ExperimentConfig.Init i = config.init();
            initKind.setValue(i.kind());
            scale.show(i.scale());
            kappa.show(i.kappa());
            initSeed.show(i.seed());
            ExperimentConfig.Data d = config.data();
            dataset.setValue(d.file() == null ? d.generator() : null);
            samples.show(d.samples());
            noise.show(d.noise());
            dataSeed.show(d.seed());
            ExperimentConfig.Flow f = config.flow();
            step.show(f.step());
            maxTime.show(f.maxTime());
            lossTarget.show(f.lossTarget());
            updateRelevance();
        } finally {
            showing = false;
        }
    }

    /** Controls that mean nothing for the chosen block or initialisation are greyed out, not hidden. */
    private void updateRelevance() {
        boolean regularized = Block.REGULARIZED_RELU.id().equals(block.getValue());
        eta.setDisable(!regularized);
        bound.setDisable(!regularized);
        kappa.setDisable(!InitialDistribution.Kind.DEPTH_CONTINUOUS.id().equals(initKind.getValue()));
    }

    private void changed() {
        if (showing) {
            return;
        }
        updateRelevance();
        onRequest.accept(read());
    }

    /** The configuration the controls describe, over the one shown for the fields without a control. */
    public ExperimentConfig read() {
        ExperimentConfig.Model m = shown.model();
        ExperimentConfig.Init i = shown.init();
        ExperimentConfig.Data d = shown.data();
        String generator = dataset.getValue();
        return new ExperimentConfig(
                new ExperimentConfig.Model(block.getValue(), stateDimension.getValue(), depth.valueProperty().get(),
                        width.valueProperty().get(), m.stateDimension() == stateDimension.getValue() ? m.readout() : null,
                        eta.value(), bound.value()),
                new ExperimentConfig.Init(initKind.getValue(), scale.value(), i.amplitudeScale(), i.innerScale(),
                        kappa.value(), (long) initSeed.value()),
                new ExperimentConfig.Data(generator == null ? d.generator() : generator,
                        generator == null ? d.file() : null, (int) Math.min(Integer.MAX_VALUE, samples.value()),
                        noise.value(), (long) dataSeed.value(), d.standardize(), d.teacherWidth()),
                new ExperimentConfig.Flow(step.value(), maxTime.value(), lossTarget.value()));
    }

    /** Called with the configuration the user asked for, each time a change is committed. */
    public void setOnRequest(Consumer<ExperimentConfig> onRequest) {
        this.onRequest = onRequest;
    }

    public LogSlider depthSlider() {
        return depth;
    }

    public LogSlider widthSlider() {
        return width;
    }
}
