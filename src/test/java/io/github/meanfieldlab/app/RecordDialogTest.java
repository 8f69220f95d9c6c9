package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.meanfieldlab.cli.Main;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.render.Look;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Record…" refuses frame counts and rates with the words {@code animate} uses, the field named as it is labelled. */
@ExtendWith(ApplicationExtension.class)
class RecordDialogTest {
    private static final RecordChoice INITIAL = new RecordChoice(Pane.loss, 0, 1, 10, 10,
            new ExportSettings(FigureSize.parse("2x1.5in"), Look.of(Look.Style.SCREEN), 72));

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The dialog needs the FX toolkit only, not a window of the app.
    }

    @Test
    void refusesFramesAndRatesAsAnimateDoes() {
        RecordDialog dialog = onFx(() -> new RecordDialog(null, INITIAL));
        String gif = dir.resolve("x.gif").toString();
        for (String frames : List.of("0", "10001")) {
            assertEquals(animateRefusal("--frames", frames, gif).replace("--frames", "frames"),
                    refusal(dialog, "#recordFrames", frames), "animate --frames " + frames);
        }
        onFx(() -> field(dialog, "#recordFrames").setText("10"));
        assertEquals(animateRefusal("--fps", "51", gif).replace("--fps", "frames per second"),
                refusal(dialog, "#recordFps", "51"));
        onFx(() -> field(dialog, "#recordFps").setText("10"));
        assertEquals("frames 2.5 is not a whole number", refusal(dialog, "#recordFrames", "2.5"));
        // The control: the largest count allowed is taken.
        onFx(() -> field(dialog, "#recordFrames").setText("10000"));
        assertEquals(10_000, onFx(dialog::choice).frames());
    }

    /** What the dialog says with {@code text} in the field {@code id}: its refusal, as the dialog shows it. */
    private static String refusal(RecordDialog dialog, String id, String text) {
        return onFx(() -> {
            field(dialog, id).setText(text);
            try {
                dialog.choice();
                return "accepted";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    private static TextField field(RecordDialog dialog, String id) {
        return (TextField) dialog.getDialogPane().lookup(id);
    }

    /** The message of {@code animate} with {@code option value}, without its "error: " and line end. */
    private static String animateRefusal(String option, String value, String out) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "animate", "--pane", "loss", "--to", "1", option, value, "--out", out);
        assertEquals(2, code, err.toString());
        return err.toString().strip().replaceFirst("^error: ", "");
    }
}
