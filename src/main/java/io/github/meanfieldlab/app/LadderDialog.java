package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.config.ValueList;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for a ladder around the window's experiment: the rungs (by default the running M, L or Δs times 2^j),
 * the seeds, the times s to compare at and the reference. The lists are written as on the command line
 * ({@link ValueList}: "1..8", "1,3,5"); what they or {@link Ladder} refuse is shown in their words, naming the
 * field, and the dialog stays open.
 */
final class LadderDialog extends Dialog<Ladder> {
    /** Four seeds: enough for a first look at the slope's spread, a quarter of the CLI's eight in time. */
    static final String DEFAULT_SEEDS = "1..4";
    static final String SEEDS = "seeds";
    static final String TIMES = "compare at s";
    private static final double PROBLEM_WIDTH = 460;

    final TextField values = new TextField();
    final TextField seeds = new TextField(DEFAULT_SEEDS);
    final TextField times = new TextField();
    final TextField reference = new TextField();
    final Label problem = new Label();

    LadderDialog(LadderAxis axis, Experiment experiment) {
        setTitle(Character.toUpperCase(axis.id().charAt(0)) + axis.id().substring(1) + " ladder");
        setHeaderText("The running experiment at several " + axis.symbol() + ", each seed against a reference run "
                + "near the limit; the theory's slope is " + axis.theoryLabel() + ".");
        double[] rungs = defaultValues(axis, experiment);
        values.setText(list(rungs));
        reference.setText(Ladder.format(axis.defaultReference(rungs)));
        times.setText(Ladder.format(Math.min(2, experiment.config().flow().maxTime())));
        problem.setWrapText(true);
        // Wrapped at the form's width: one long line would widen the dialog and still end in "…".
        problem.setMaxWidth(PROBLEM_WIDTH);
        problem.getStyleClass().add("error");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(valuesField(axis)), values);
        form.addRow(1, new Label(SEEDS + " (such as 1..8 or 1,3,5)"), seeds);
        form.addRow(2, new Label(TIMES), times);
        form.addRow(3, new Label(referenceField(axis)), reference);
        form.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(form);
        ButtonType run = new ButtonType("Run ladder", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        Ladder[] built = new Ladder[1];
        getDialogPane().lookupButton(run).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                built[0] = ladder(axis, experiment);
            } catch (IllegalArgumentException | InputException ex) {
                problem.setText(UiLabels.speak(ex.getMessage()));
                // The dialog grows to the message's lines.
                getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        setResultConverter(b -> b == run ? built[0] : null);
    }

    /** The running value times 2^j, j = −3 … 0 for sizes (at least 1), j = 0 … 2 for steps. */
    static double[] defaultValues(LadderAxis axis, Experiment experiment) {
        double now = switch (axis) {
            case WIDTH -> experiment.spec().width();
            case DEPTH -> experiment.spec().depth();
            case STEP -> experiment.stepSize();
        };
        TreeSet<Double> v = new TreeSet<>();
        for (int j = 0; j < 4 && axis.isSize(); j++) {
            v.add(Math.max(1, Math.floor(now / (1 << j))));
        }
        for (int j = 0; j < 3 && !axis.isSize(); j++) {
            v.add(now * (1 << j));
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String valuesField(LadderAxis axis) {
        return axis.symbol() + " values";
    }

    private static String referenceField(LadderAxis axis) {
        return "reference " + axis.symbol();
    }

    /** The ladder the fields describe; throws naming the field if one is not of its form. */
    Ladder ladder(LadderAxis axis, Experiment experiment) {
        Ladder ladder = new Ladder(experiment.spec(), experiment.data(),
                Experiment.initialDistribution(experiment.config().init()), experiment.stepSize(), axis,
                ValueList.numbers(values.getText(), valuesField(axis)), ValueList.wholeNumbers(seeds.getText(), SEEDS),
                ValueList.numbers(times.getText(), TIMES), ValueList.number(reference.getText(), referenceField(axis)));
        Experiment.checkMemory(ladder.referenceSpec(), experiment.data().size());
        return ladder;
    }

    private static String list(double[] v) {
        return java.util.Arrays.stream(v).mapToObj(Ladder::format).collect(Collectors.joining(", "));
    }

    /**
     * A depth ladder needs depth-continuous particles (only they nest in depth): asks whether to switch the
     * window's experiment to them. Returns the configuration to ladder, or empty if the user declined.
     */
    static Optional<ExperimentConfig> depthReady(ExperimentConfig config) {
        String kind = InitialDistribution.Kind.DEPTH_CONTINUOUS.id();
        if (config.init().kind().equals(kind)) {
            return Optional.of(config);
        }
        ButtonType change = new ButtonType("Switch to " + kind, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A depth ladder needs the initialisation "
                + kind + ": with " + config.init().kind() + ", particle l of a depth-L network and of a deeper one "
                + "sit at different depths t = l/L and are not coupled. Switch the experiment to " + kind + "?",
                change, ButtonType.CANCEL);
        ask.setHeaderText("Depth ladders need depth-continuous particles");
        return ask.showAndWait().filter(b -> b == change).map(b -> {
            ExperimentConfig.Init i = config.init();
            return new ExperimentConfig(config.model(), new ExperimentConfig.Init(kind, i.scale(), i.amplitudeScale(),
                    i.innerScale(), i.kappa(), i.seed()), config.data(), config.flow());
        });
    }
}
