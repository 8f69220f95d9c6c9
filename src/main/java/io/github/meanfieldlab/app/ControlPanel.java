package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.config.ExperimentConfig.Data;
import io.github.meanfieldlab.config.ExperimentConfig.Flow;
import io.github.meanfieldlab.config.ExperimentConfig.Init;
import io.github.meanfieldlab.config.ExperimentConfig.Model;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.SizeLimits;
import io.github.meanfieldlab.data.DataGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The settings of an experiment, one control each: network, initial distribution, data and flow. Every control
 * is bound to one field of the model's form; a change the user commits changes the form, and the model restarts
 * the run. It never starts anything itself, and it shows any valid configuration as it is.
 */
public final class ControlPanel extends GridPane {
    private final ObjectProperty<ExperimentConfig> form;
    private final ReadOnlyObjectProperty<FlowSession.Started> run;
    private final LogSlider depth;
    private final LogSlider width;
    private final ComboBox<Integer> stateDimension = new ComboBox<>();
    private int row;

    /** @param complaints where messages about unreadable input go */
    public ControlPanel(LabModel model, Consumer<String> complaints) {
        this.form = model.formProperty();
        this.run = model.runProperty();
        getStyleClass().add("control-panel");
        setHgap(8);
        setVgap(3);
        setPadding(new Insets(4, 10, 6, 10));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);

        ExperimentConfig initial = form.get();
        depth = new LogSlider(UiLabels.DEPTH, SizeLimits.MAX_DEPTH, initial.model().depth(),
                "Depth L: the number of residual layers z_{l+1} = z_l + 1/(L·M) Σ_m f(z_l; θ_{l,m}); layer l sits at t = l/L.",
                complaints);
        width = new LogSlider(UiLabels.WIDTH, SizeLimits.MAX_WIDTH, initial.model().width(),
                "Width M: particles per layer; the mean-field limit is M → ∞, and particle (l, m) stays the same when M changes.",
                complaints);
        depth.setId("depth");
        width.setId("width");
        bind(depth.valueProperty(), c -> c.model().depth(), (c, l) -> c.withModel(c.model().withSize(l, c.model().width())));
        bind(width.valueProperty(), c -> c.model().width(), (c, m) -> c.withModel(c.model().withSize(c.model().depth(), m)));

        ComboBox<String> block = choice("block", Arrays.stream(Block.values()).map(Block::id).toList(),
                "The block f(z; θ): relu u·relu(w·z + b) is 2-homogeneous, regularized-relu c·σ_η(Ŵz + β̂) is "
                        + "1-homogeneous in c, tanh, sigmoid and softplus are not homogeneous.");
        bind(block.valueProperty(), c -> c.model().block(), (c, b) -> withModel(c, m -> new Model(b, m.stateDimension(),
                m.depth(), m.width(), m.readout(), m.eta(), m.bound())));
        stateDimension.setId("stateDimension");
        stateDimension.setTooltip(Tooltips.of("State dimension D ≥ d: inputs are padded with zeros, z_0(x) = (x, 0, …, 0). "
                + "Only D from the data's dimension d up are offered."));
        offerStateDimensions();
        form.addListener((obs, was, now) -> offerStateDimensions());
        run.addListener((obs, was, now) -> offerStateDimensions());
        bind(stateDimension.valueProperty(), c -> c.model().stateDimension(), ControlPanel::withStateDimension);
        NumberField<Double> eta = bound("eta", NumberField.decimal(UiLabels.ETA,
                "η: half-width of the quadratic piece of σ_η around 0 (regularized-relu only).", complaints),
                c -> c.model().eta(), (c, v) -> withModel(c, m -> new Model(m.block(), m.stateDimension(), m.depth(),
                        m.width(), m.readout(), v, m.bound())));
        NumberField<Double> bound = bound("bound", NumberField.decimal(UiLabels.BOUND,
                "R: bound of the squashed inner weights, Ŵ = W·ψ(‖W‖)/‖W‖ with ψ(r) = R·tanh(r/R) (regularized-relu only).",
                complaints), c -> c.model().bound(), (c, v) -> withModel(c, m -> new Model(m.block(), m.stateDimension(),
                        m.depth(), m.width(), m.readout(), m.eta(), v)));

        ComboBox<String> initKind = choice("initKind",
                Arrays.stream(InitialDistribution.Kind.values()).map(InitialDistribution.Kind::id).toList(),
                "ρ_ini: gaussian draws every coordinate from N(0, τ²); depth-continuous varies smoothly in t; "
                        + "one-sided keeps the amplitude u or c non-negative.");
        bind(initKind.valueProperty(), c -> c.init().kind(), (c, k) -> withInit(c, i -> new Init(k, i.scale(),
                i.amplitudeScale(), i.innerScale(), i.kappa(), i.seed())));
        NumberField<Double> scale = bound("scale", NumberField.decimal(UiLabels.SCALE,
                "τ: the scale of ρ_ini; small τ is the feature-learning regime, large τ approaches the lazy regime.",
                complaints), c -> c.init().scale(), (c, v) -> withInit(c, i -> new Init(i.kind(), v, i.amplitudeScale(),
                        i.innerScale(), i.kappa(), i.seed())));
        NumberField<Double> kappa = bound("kappa", NumberField.decimal(UiLabels.KAPPA,
                "κ: how much depth-continuous particles vary with t, θ_{l,m} = ξ_m + κ(η_m cos 2πt + ζ_m sin 2πt).",
                complaints), c -> c.init().kappa(), (c, v) -> withInit(c, i -> new Init(i.kind(), i.scale(),
                        i.amplitudeScale(), i.innerScale(), v, i.seed())));
        NumberField<Long> initSeed = bound("initSeed", NumberField.whole(UiLabels.INIT_SEED,
                "Seed of ρ_ini: particle (l, m) comes from its own stream keyed by (seed, l, m), so widths nest; "
                        + "depths nest for depth-continuous only.",
                complaints), c -> c.init().seed(), (c, v) -> withInit(c, i -> new Init(i.kind(), i.scale(),
                        i.amplitudeScale(), i.innerScale(), i.kappa(), v)));

        ComboBox<String> dataset = choice("dataset", Arrays.stream(DataGenerator.values()).map(DataGenerator::id).toList(),
                "The training samples (x_i, y_i): ±1 classes in the plane, sine a regression in d = 1, "
                        + "teacher labelled by a small random network of the same block.");
        // Data from a file (File ▸ Open data CSV) shows the file's name; choosing a generator replaces it.
        bind(dataset.valueProperty(), c -> c.data().file() == null ? c.data().generator()
                : java.nio.file.Path.of(c.data().file()).getFileName().toString(),
                (c, v) -> dataset.getItems().contains(v) ? withGenerator(c, v) : c);
        NumberField<Long> samples = bound("samples", NumberField.whole(UiLabels.SAMPLES,
                "N: the number of training samples in the loss E = 1/(2N) Σ_i (g(z_L(x_i)) − y_i)².", complaints),
                c -> (long) c.data().samples(), (c, v) -> withData(c, d -> new Data(d.generator(), d.file(),
                        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)), d.noise(), d.seed(),
                        d.standardize(), d.teacherWidth())));
        NumberField<Double> noise = bound("noise", NumberField.decimal(UiLabels.NOISE,
                "Standard deviation of the Gaussian noise added to the inputs x_i (classification) or the targets y_i (regression).",
                complaints), c -> c.data().noise(), (c, v) -> withData(c, d -> new Data(d.generator(), d.file(),
                        d.samples(), v, d.seed(), d.standardize(), d.teacherWidth())));
        NumberField<Long> dataSeed = bound("dataSeed", NumberField.whole(UiLabels.DATA_SEED, "Seed of the generated samples (x_i, y_i).",
                complaints), c -> c.data().seed(), (c, v) -> withData(c, d -> new Data(d.generator(), d.file(),
                        d.samples(), d.noise(), v, d.standardize(), d.teacherWidth())));

        NumberField<Double> step = bound("step", NumberField.decimal(UiLabels.STEP,
                "Δs: the Euler step in pseudo-time, θ ← θ + Δs·v; a flow-fidelity ratio far from 1 says it is too large.",
                complaints), c -> c.flow().step(), (c, v) -> c.withFlow(new Flow(v, c.flow().maxTime(), c.flow().lossTarget(), c.flow().adaptive())));
        NumberField<Double> maxTime = bound("maxTime", NumberField.decimal(UiLabels.MAX_TIME,
                "s_max: the run stops by itself at pseudo-time s = s_max (play continues past it).", complaints),
                c -> c.flow().maxTime(), (c, v) -> c.withFlow(new Flow(c.flow().step(), v, c.flow().lossTarget(), c.flow().adaptive())));
        NumberField<Double> lossTarget = bound("lossTarget", NumberField.decimal(UiLabels.LOSS_TARGET,
                "Loss target: the run stops by itself once E ≤ target; 0 for never.", complaints),
                c -> c.flow().lossTarget(), (c, v) -> c.withFlow(new Flow(c.flow().step(), c.flow().maxTime(), v, c.flow().adaptive())));

        CheckBox adaptive = new CheckBox("adaptive");
        adaptive.setId("adaptive");
        adaptive.setMinWidth(Region.USE_PREF_SIZE);
        adaptive.setTooltip(Tooltips.of("flow.adaptive: halve Δs when a step's flow fidelity leaves [0.9, 1.1] (other "
                + "than relu's chatter at a kink) and double it again, never above Δs, after ten steps in the band; "
                + "deterministic. The step used is in history.csv (step_size)."));
        Binding.bindPart(form, adaptive.selectedProperty(), c -> c.flow().adaptive(), (c, on) -> c.withFlow(
                new Flow(c.flow().step(), c.flow().maxTime(), c.flow().lossTarget(), on)));

        // Controls that mean nothing for the chosen block or initialisation are greyed out, not hidden.
        var notRegularized = Bindings.createBooleanBinding(
                () -> !Block.REGULARIZED_RELU.id().equals(form.get().model().block()), form);
        eta.disableProperty().bind(notRegularized);
        bound.disableProperty().bind(notRegularized);
        kappa.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !InitialDistribution.Kind.DEPTH_CONTINUOUS.id().equals(form.get().init().kind()), form));

        section("Network");
        wide(depth);
        wide(width);
        field(UiLabels.BLOCK, block);
        field(UiLabels.STATE_DIMENSION, stateDimension);
        pair(UiLabels.ETA, eta, UiLabels.BOUND, bound);
        section("Initial distribution ρ_ini");
        field(UiLabels.INIT_KIND, initKind);
        pair(UiLabels.SCALE, scale, UiLabels.KAPPA, kappa);
        field(UiLabels.INIT_SEED, initSeed);
        section("Data");
        field(UiLabels.DATASET, dataset);
        field(UiLabels.SAMPLES, samples);
        pair(UiLabels.NOISE, noise, "seed", dataSeed);
        section("Flow");
        pair("Δs", step, UiLabels.MAX_TIME, maxTime);
        pair("or at E ≤", lossTarget, "", adaptive);
    }

    /** Ties {@code control} to the field of the form that {@code get} reads and {@code with} writes. */
    private <T> void bind(ObjectProperty<T> control, Function<ExperimentConfig, T> get,
                          BiFunction<ExperimentConfig, T, ExperimentConfig> with) {
        Binding.bindPart(form, control, get, with);
    }

    private ComboBox<String> choice(String id, List<String> items, String tooltip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setTooltip(Tooltips.of(tooltip));
        return box;
    }

    /** {@code field}, named {@code id} and bound to the field of the form that {@code get} and {@code with} name. */
    private <T extends Number> NumberField<T> bound(String id, NumberField<T> field, Function<ExperimentConfig, T> get,
                                                    BiFunction<ExperimentConfig, T, ExperimentConfig> with) {
        field.setId(id);
        bind(field.valueProperty(), get, with);
        return field;
    }

    /** D from the data's dimension d up: smaller ones would be refused. */
    private void offerStateDimensions() {
        int d = dataDimension(form.get(), run.get());
        if (stateDimension.getItems().isEmpty() || stateDimension.getItems().get(0) != d) {
            // This runs before the binding has shown a new form's D. Nothing is selected while the items change
            // (null is not written to the form), then the form's own D: keeping the old choice wrote it into the new
            // form, and the sine lesson (D = 2) opened after the teacher lesson (D = 3) ran with D = 3.
            stateDimension.setValue(null);
            stateDimension.getItems().setAll(IntStream.rangeClosed(d, SizeLimits.MAX_STATE_DIMENSION).boxed().toList());
            stateDimension.setValue(form.get().model().stateDimension());
        }
    }

    /** The dimension d of the form's data: the generator's, or for a file that of the running data (else 1). */
    private static int dataDimension(ExperimentConfig c, FlowSession.Started running) {
        if (c.data().file() == null) {
            return DataGenerator.fromId(c.data().generator()).dimension();
        }
        return running != null && c.data().equals(running.config().data()) ? running.experiment().data().dimension() : 1;
    }

    private static ExperimentConfig withModel(ExperimentConfig c, Function<Model, Model> change) {
        return c.withModel(change.apply(c.model()));
    }

    private static ExperimentConfig withInit(ExperimentConfig c, Function<Init, Init> change) {
        return new ExperimentConfig(c.model(), change.apply(c.init()), c.data(), c.flow());
    }

    private static ExperimentConfig withData(ExperimentConfig c, Function<Data, Data> change) {
        return c.withData(change.apply(c.data()));
    }

    private static ExperimentConfig withStateDimension(ExperimentConfig c, int dimension) {
        return c.withModel(c.model().withStateDimension(dimension));
    }

    /** Generated data instead of a file; D grows to the data's dimension d if it was smaller (D ≥ d). */
    private static ExperimentConfig withGenerator(ExperimentConfig c, String generator) {
        Data d = c.data();
        ExperimentConfig next = c.withData(new Data(generator, null, d.samples(), d.noise(), d.seed(), d.standardize(),
                d.teacherWidth()));
        int dimension = DataGenerator.fromId(generator).dimension();
        return c.model().stateDimension() < dimension ? withStateDimension(next, dimension) : next;
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
        add(label(name, control), 0, row);
        control.setMaxWidth(Double.MAX_VALUE);
        add(control, 1, row++);
    }

    /** Two short fields on one row, to keep the panel within a 720-pixel screen. */
    private void pair(String name1, Control control1, String name2, Control control2) {
        GridPane inner = new GridPane();
        inner.setHgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        inner.getColumnConstraints().addAll(grow, new ColumnConstraints(), grow);
        control1.setMaxWidth(Double.MAX_VALUE);
        control2.setMaxWidth(Double.MAX_VALUE);
        inner.add(control1, 0, 0);
        inner.add(label(name2, control2), 1, 0);
        inner.add(control2, 2, 0);
        add(label(name1, control1), 0, row);
        add(inner, 1, row++);
    }

    private static Label label(String name, Control control) {
        Label l = new Label(name);
        l.getStyleClass().add("control-label");
        // A label is never cut short: the controls beside it give way instead.
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(control.getTooltip());
        l.setLabelFor(control);
        return l;
    }

    public LogSlider depthSlider() {
        return depth;
    }

    public LogSlider widthSlider() {
        return width;
    }
}
