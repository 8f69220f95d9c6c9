package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.LadderAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ladder dialog reads seeds as the command line's --seeds does, and names the field it refuses. */
@ExtendWith(ApplicationExtension.class)
class LadderDialogTest {
    private final Experiment experiment = Experiment.build(WindowFixture.smallRunningExperiment());

    @Start
    void start(Stage stage) {
        // The dialog needs the FX toolkit only, not a window of the app.
    }

    @Test
    void seedsAreARangeOrAListAsOnTheCommandLine() {
        LadderDialog dialog = onFx(() -> new LadderDialog(LadderAxis.WIDTH, experiment));
        assertEquals(LadderDialog.DEFAULT_SEEDS, onFx(() -> dialog.seeds.getText()));
        assertArrayEquals(new long[] {1, 2, 3, 4}, onFx(() -> dialog.ladder(LadderAxis.WIDTH, experiment)).seeds());
        onFx(() -> dialog.seeds.setText("1,3,5"));
        assertArrayEquals(new long[] {1, 3, 5}, onFx(() -> dialog.ladder(LadderAxis.WIDTH, experiment)).seeds());
        onFx(() -> dialog.seeds.setText(" 2..3 , 9"));
        assertArrayEquals(new long[] {2, 3, 9}, onFx(() -> dialog.ladder(LadderAxis.WIDTH, experiment)).seeds());
    }

    @Test
    void aBadListIsNamedByItsFieldWithTheAllowedFormAndTheDialogStaysOpen() {
        LadderDialog dialog = onFx(() -> {
            LadderDialog d = new LadderDialog(LadderAxis.WIDTH, experiment);
            d.show();
            return d;
        });
        try {
            assertRefused(dialog, () -> dialog.seeds.setText("1..x"),
                    "seeds 1..x: '1..x' is not a range of whole numbers a..b; allowed: values separated by commas, "
                            + "a..b for the whole numbers a to b (such as 1..8 or 1,3,5)");
            assertRefused(dialog, () -> {
                dialog.seeds.setText(LadderDialog.DEFAULT_SEEDS);
                dialog.values.setText("8 16");
            }, "M values 8 16: '8 16' is not a finite number; allowed:");
            assertRefused(dialog, () -> {
                dialog.values.setText("8,16");
                dialog.reference.setText("64, 128");
            }, "reference M 64, 128: 2 values; allowed: one finite number");
            // The control: with every field in its form the same button runs the ladder and closes the dialog.
            onFx(() -> dialog.reference.setText("64"));
            onFx(() -> runButton(dialog).fire());
            assertTrue(onFx(() -> !dialog.isShowing() && dialog.getResult() != null), "the ladder was accepted");
        } finally {
            onFx(dialog::close);
        }
    }

    private static void assertRefused(LadderDialog dialog, Runnable edit, String messageStart) {
        onFx(edit);
        onFx(() -> runButton(dialog).fire());
        String problem = onFx(() -> dialog.problem.getText());
        assertTrue(problem.startsWith(messageStart), problem);
        assertTrue(onFx(() -> dialog.isShowing()), "the dialog stays open");
    }

    private static Button runButton(LadderDialog dialog) {
        ButtonType run = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(run);
    }
}
