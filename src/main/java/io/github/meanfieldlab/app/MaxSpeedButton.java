package io.github.meanfieldlab.app;

import javafx.scene.control.ToggleButton;

/**
 * "max" beside the speed slider: pressed, the solver runs as fast as the machine goes; pressed again, it goes
 * back to the watchable default pace. It shows whether the speed is unlimited, however that was set.
 */
final class MaxSpeedButton extends ToggleButton {
    MaxSpeedButton(LabModel model) {
        super("max");
        setId("maxSpeed");
        setTooltip(Tooltips.of("As fast as the machine goes; press again for the default pace of "
                + NumberText.compact(AppSettings.DEFAULT_STEPS_PER_SECOND) + " steps/s."));
        setSelected(model.stepsPerSecondProperty().get() == 0);
        model.stepsPerSecondProperty().addListener((obs, was, now) -> setSelected(now.doubleValue() == 0));
        setOnAction(e -> model.stepsPerSecondProperty().set(isSelected() ? 0 : AppSettings.DEFAULT_STEPS_PER_SECOND));
    }
}
