package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.data.LadderCsv;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.LadderFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Lab menu's ladder windows: a ladder completes in its window and exports the ladder command's files, and closing
 * one mid-run cancels it and leaves no thread.
 */
@ExtendWith(ApplicationExtension.class)
class LabMenuTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedBeforeEach(WindowFixture.smallRunningExperiment(), 200);
    private final ScriptedQuestions questions = new ScriptedQuestions();
    private final LadderExport exports = new LadderExport(questions, () -> null, Runnable::run, Platform::runLater);

    @Test
    void aLadderFromTheAppCompletesAndAClosedOneLeavesNoThread() {
        fixture.waitForRun(8, 16);
        Experiment e = Experiment.build(
                fixture.session().runningConfig());
        // The dialog's rungs: the running M = 16 halved up to three times; Δs doubled twice.
        assertArrayEquals(new double[] {2, 4, 8, 16},
                LadderDialog.defaultValues(LadderAxis.WIDTH, e));
        assertArrayEquals(new double[] {0.05, 0.1, 0.2},
                LadderDialog.defaultValues(LadderAxis.STEP, e));

        LadderView done = onFx(() -> LadderView.open(tinyLadder(e, 0.5), "tiny ladder", null, exports));
        waitUntil("the ladder is done", 60, () -> onFx(() -> done.job().stateProperty().get()) == LadderJob.State.DONE);
        assertNotNull(onFx(() -> done.job().resultProperty().get()));
        onFx(done::close);

        LadderView cancelled = onFx(() -> LadderView.open(tinyLadder(e, 500), "long ladder", null, exports));
        waitUntil("the ladder runs", 10, () -> onFx(() -> cancelled.job().progressProperty().get()) > 0);
        onFx(cancelled::close);
        waitUntil("the ladder is cancelled", 10,
                () -> onFx(() -> cancelled.job().stateProperty().get()) == LadderJob.State.CANCELLED);
        waitUntil("no ladder thread left", 10, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("meanfield-ladder")));
    }

    @Test
    void aFinishedLadderExportsTheFilesOfTheLadderCommandAsOneSet() throws IOException {
        fixture.waitForRun(8, 16);
        Experiment e = Experiment.build(fixture.session().runningConfig());
        LadderView view = onFx(() -> LadderView.open(tinyLadder(e, 0.5), "tiny ladder", null, exports));
        Button export = onFx(() -> (Button) view.stage().getScene().lookup("#ladderExport"));
        // The ladder may finish at once: read its state and the button together, on the FX thread that sets both.
        assertTrue(onFx(() -> export.isDisabled() == (view.job().stateProperty().get() != LadderJob.State.DONE)),
                "nothing to export until the ladder is done");
        waitUntil("the ladder is done", 60, () -> onFx(() -> view.job().stateProperty().get()) == LadderJob.State.DONE);
        assertFalse(onFx(export::isDisabled), "a finished ladder exports");

        Path dir = Files.createTempDirectory("ladder-export-test").resolve("out");
        questions.folder = dir;
        questions.choice = new ExportChoice(ExportSettings.paper(), List.of(ExportFormat.PNG, ExportFormat.SVG,
                ExportFormat.PDF));
        onFx(export::fire);
        waitUntil("the export to be said", 60, () -> onFx(() -> said(view)).startsWith("Exported the ladder"));
        List<String> names = LadderFiles.names(questions.choice.formats());
        assertEquals(2 + 3 * 3, names.size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(names.stream().sorted().toList(), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        LadderResult result = onFx(() -> view.job().resultProperty().get());
        StringWriter table = new StringWriter();
        LadderCsv.writeLadder(result, table);
        assertEquals(table.toString(), Files.readString(dir.resolve("ladder.csv")), "the ladder command's table");
        assertTrue(new String(Files.readAllBytes(dir.resolve("ladder-gap.pdf")), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"), "a PDF");

        // A second export into the same folder asks first; declined, it writes nothing.
        questions.replace = false;
        Files.writeString(dir.resolve("fit.csv"), "mine");
        onFx(export::fire);
        assertEquals(names.size(), questions.askedToReplace.get(0).size(), "asked about every file it would replace");
        assertEquals("mine", Files.readString(dir.resolve("fit.csv")));

        // A folder that cannot be made: one message, nothing written, the window's result still there.
        Path blocked = Files.writeString(dir.getParent().resolve("a-file"), "not a folder").resolve("out");
        questions.folder = blocked;
        onFx(export::fire);
        waitUntil("the failure to be said", 60, () -> onFx(() -> said(view)).startsWith("Export of the ladder failed"));
        assertTrue(onFx(() -> said(view)).contains("a-file"), onFx(() -> said(view)));
        assertFalse(Files.exists(blocked));
        onFx(view::close);
    }

    private static String said(LadderView view) {
        return ((Label) view.stage().getScene().lookup("#ladderSaid")).getText();
    }

    private static Ladder tinyLadder(Experiment e, double s) {
        return new Ladder(e.spec(), e.data(),
                Experiment.initialDistribution(e.config().init()), e.stepSize(),
                LadderAxis.WIDTH, new double[] {4, 8}, new long[] {1}, new double[] {s}, 32);
    }
}
