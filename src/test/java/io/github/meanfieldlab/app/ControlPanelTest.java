package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings panel shows any valid configuration as it is and changes only what the user changed; no run is
 * built here (the session's restarter only collects the requests).
 */
@ExtendWith(ApplicationExtension.class)
class ControlPanelTest {
    private final List<Runnable> requests = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    @Start
    void start(Stage stage) {
    }

    private LabModel model(ExperimentConfig initial) {
        return new LabModel((listener, share) -> new FlowSession(listener, Runnable::run, requests::add, e -> null,
                share), new SolverBudget(1), initial, messages::add);
    }

    @Test
    void aLargeNetworkBetweenTheSliderStopsIsShownAsItIsAndKeptWhenAnotherFieldChanges() {
        ExperimentConfig d = ConfigIO.defaults();
        ExperimentConfig large = d.withModel(d.model().withSize(1000, 4000));
        onFx(() -> {
            LabModel model = model(large);
            ControlPanel panel = new ControlPanel(model, messages::add);
            assertEquals("1000", panel.depthSlider().field().getText());
            assertEquals("4000", panel.widthSlider().field().getText());
            assertEquals(large, model.formProperty().get(), "showing it changed nothing");

            NumberField<Double> step = lookup(panel, "#step");
            step.setText("0.01");
            step.fireEvent(new javafx.event.ActionEvent());
            ExperimentConfig asked = model.formProperty().get();
            assertEquals(1000, asked.model().depth());
            assertEquals(4000, asked.model().width());
            assertEquals(large.withFlow(new ExperimentConfig.Flow(0.01, d.flow().maxTime(), d.flow().lossTarget())), asked);
            assertEquals(1, requests.size(), "one restart asked for");
            return null;
        });
    }

    @Test
    void theSliderStopsAtNiceValuesAndItsFieldTakesAnyValue() {
        onFx(() -> {
            LabModel model = model(ConfigIO.defaults());
            ControlPanel panel = new ControlPanel(model, messages::add);
            assertEquals(List.of(1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64), java.util.Arrays.stream(LogSlider.stopsUpTo(64))
                    .boxed().toList());
            LogSlider width = panel.widthSlider();
            WindowFixture.drag(width, 200);
            assertEquals(192, model.formProperty().get().model().width(), "a drag lands on the nearest stop");
            width.field().setText("200");
            width.field().fireEvent(new javafx.event.ActionEvent());
            assertEquals(200, model.formProperty().get().model().width(), "the field is exact");
            return null;
        });
    }

    @Test
    void onlyStateDimensionsFromTheDataDimensionUpAreOffered() {
        onFx(() -> {
            ExperimentConfig d = ConfigIO.defaults();
            LabModel model = model(d.withData(new ExperimentConfig.Data("sine", null, 32, 0, 1, false, 4))
                    .withModel(new ExperimentConfig.Model("relu", 1, 8, 8, null, 0.1, 5)));
            ControlPanel panel = new ControlPanel(model, messages::add);
            ComboBox<Integer> dimension = lookup(panel, "#stateDimension");
            assertEquals(1, dimension.getItems().get(0), "sine has d = 1");
            ComboBox<String> dataset = lookup(panel, "#dataset");
            dataset.setValue("moons");
            assertEquals(2, dimension.getItems().get(0), "moons has d = 2");
            assertEquals(2, model.formProperty().get().model().stateDimension(), "D grew with the data: D ≥ d");
            return null;
        });
    }

    @Test
    void aFormWhoseDataDimensionDropsKeepsItsOwnStateDimension() {
        onFx(() -> {
            ExperimentConfig d = ConfigIO.defaults();
            LabModel model = model(d.withModel(new ExperimentConfig.Model("relu", 3, 8, 8, null, 0.1, 5)));
            new ControlPanel(model, messages::add);
            // From d = 2, D = 3 to d = 1, D = 2: replacing the D choices must not write the old choice back.
            ExperimentConfig sine = d.withData(new ExperimentConfig.Data("sine", null, 32, 0, 1, false, 4))
                    .withModel(new ExperimentConfig.Model("relu", 2, 8, 8, null, 0.1, 5));
            model.formProperty().set(sine);
            assertEquals(sine, model.formProperty().get());
        });
    }

    @Test
    void decimalFieldsTakePlainNumbersOnly() {
        onFx(() -> {
            LabModel model = model(ConfigIO.defaults());
            ControlPanel panel = new ControlPanel(model, messages::add);
            NumberField<Double> scale = lookup(panel, "#scale");
            double before = model.formProperty().get().init().scale();
            for (String javaOnly : List.of("0x1p3", "1d", "2f", "NaN", "Infinity")) {
                scale.setText(javaOnly);
                scale.fireEvent(new javafx.event.ActionEvent());
                assertEquals(before, model.formProperty().get().init().scale(), javaOnly + " is not applied");
                assertTrue(scale.getStyleClass().contains("invalid"), javaOnly);
            }
            scale.setText("2.5e-1");
            scale.fireEvent(new javafx.event.ActionEvent());
            assertEquals(0.25, model.formProperty().get().init().scale());
        });
    }

    @Test
    void messagesNameSettingsAsTheFormDoes() {
        assertEquals("Not applied: step Δs = -1 is out of range",
                "Not applied: " + UiLabels.speak("field flow.step = -1 is out of range"));
        assertEquals("state dim. D = 1 is smaller than the data dimension d = 2",
                UiLabels.speak("field model.stateDimension = 1 is smaller than the data dimension d = 2"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(ControlPanel panel, String id) {
        return (T) panel.lookup(id);
    }
}
