package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.ExportChecks.assertSamePixels;
import static io.github.meanfieldlab.app.ExportChecks.cli;
import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.render.Look;
import io.github.meanfieldlab.render.Scales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Compare mode in the main window, driven headless as a user would: Ctrl+P pins the paused run as A where it is,
 * the settings switch B to regularized-relu, every pane draws both halves with shared scales, each pane exported
 * is the figure {@code figure --versus} draws of the same two states, a bundle holds both runs and redraws pixel
 * for pixel, restarting B leaves A, and Esc unpins A and leaves B.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private static final ExportSettings SMALL = new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 100);

    @TempDir
    Path dir;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedByEachTest(120);
    private final ScriptedQuestions questions = new ScriptedQuestions();

    private LabModel model() {
        return fixture.model();
    }

    private FigurePanel<?> panel(Pane pane) {
        return fixture.window.panels().get(switch (pane) {
            case density -> 0;
            case particles -> 1;
            case loss -> 2;
            case fit -> 3;
            case depth -> 4;
        });
    }

    /** Waits until every pane shows B at {@code stepB} and, in compare mode, A at {@code stepA}. */
    private void waitForPanes(long stepB, long stepA) {
        waitUntil("the panes at B's step " + stepB + " and A's " + stepA, 20, () -> onFx(() ->
                fixture.window.panels().stream().allMatch(p -> p.shown() != null && p.shown().step() == stepB
                        && p.shown().runId() == model().runId() && p.canvas().isSettled()
                        && (stepA < 0 || p.shownPinned() != null && p.shownPinned().step() == stepA))));
    }

    @Test
    void pinKeepsAEveryPaneSharesItsScalesExportsTakeBothAndEscLeavesB(FxRobot robot) throws Exception {
        questions.choice = new ExportChoice(SMALL, List.of(ExportFormat.PNG));
        fixture.open(WindowFixture.smallRunningExperiment(), 1280, 720, questions);
        fixture.waitForRun(8, 16);
        // Paused and restarted: the run waits at s = 0, so that A and B can be stepped to the same step below.
        onFx(() -> {
            model().pause();
            model().restart();
        });
        waitUntil("the paused restart", 20, () -> fixture.session().latest() != null
                && fixture.session().latest().state() == RunState.PAUSED && fixture.session().latest().step() == 0);
        waitForPanes(0, -1);
        // Trails are a view option of the window (the flow seen so far); figure draws one state, without them.
        onFx(() -> ((CheckBox) panel(Pane.particles).lookupAll(".check-box").stream()
                .filter(n -> ((CheckBox) n).getText().equals("trails")).findFirst().orElseThrow()).setSelected(false));
        FlowSnapshot shown = onFx(() -> panel(Pane.density).shown());

        onFx(() -> fixture.window.lossPanel().getScene().getRoot().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitUntil("A pinned and started", 20, () -> onFx(() -> model().pinnedProperty().get() != null
                && model().pinnedProperty().get().latest() != null));
        ComparedRun a = onFx(() -> model().pinnedProperty().get());
        assertTrue(onFx(() -> fixture.window.compare().bar().isVisible()), "the compare bar says what is compared");
        FlowSnapshot first = a.latest();
        assertEquals(shown.step(), first.step(), "A is pinned where it was shown");
        assertEquals(shown.time(), first.time());
        assertArrayEquals(shown.particles(), first.particles());
        assertEquals(shown.history().size(), first.history().size());

        ExperimentConfig relu = model().running();
        ExperimentConfig regularized = relu.withModel(new ExperimentConfig.Model("regularized-relu",
                relu.model().stateDimension(), relu.model().depth(), relu.model().width(), relu.model().readout(),
                relu.model().eta(), relu.model().bound()));
        long runB = onFx(() -> model().runId());
        onFx(() -> model().formProperty().set(regularized));
        waitUntil("B runs regularized-relu", 20, () -> onFx(() -> model().runId()) != runB
                && fixture.session().latest() != null
                && fixture.session().latest().runId() == onFx(() -> model().runId()));
        assertEquals(first.step(), a.latest().step(), "new settings restart B only");
        for (int k = 1; k <= 3; k++) {
            onFx(() -> model().stepOnce());
            long want = k;
            waitUntil("step " + k + " of both", 20, () -> a.latest().step() == want
                    && fixture.session().latest().step() == want);
        }
        waitForPanes(3, 3);

        // Every pane with halves draws them with the same ranges wherever a scale measures the same quantity.
        for (Pane pane : List.of(Pane.density, Pane.particles, Pane.fit, Pane.depth)) {
            Scales[] drawn = onFx(() -> panel(pane).comparedScales());
            assertNotNull(drawn, pane + " draws A and B");
            assertEquals(drawn[0].x(), drawn[1].x(), pane + ": across");
            if (pane != Pane.density) {
                assertEquals(drawn[0], drawn[1], pane + ": every scale");
            } else {
                // relu's default scalar is the angle of w, regularized-relu's Ŵ: different quantities, own ranges.
                assertNotEquals(drawn[0].y().quantity(), drawn[1].y().quantity());
            }
        }

        // The read-outs name the run under the pointer: a particle of A's half, a point of either loss curve.
        String particle = HoverProbe.hover(robot, panel(Pane.particles), (f, p) -> panel(Pane.particles).twin() instanceof
                io.github.meanfieldlab.render.ParticleFigure twin && twin.particleAt(p.getX(), p.getY()).isPresent(),
                t -> t.contains("particle (l, m)"), "a particle", fixture.window.statusBar());
        assertTrue(particle.startsWith("A: relu\n"), particle);
        String loss = HoverProbe.hover(robot, panel(Pane.loss), (f, p) -> ((LossPanel) panel(Pane.loss))
                .comparedFigure().lossAt(p.getX(), p.getY()).isPresent(), t -> t.contains("E = "), "a loss point",
                fixture.window.statusBar());
        assertTrue(loss.startsWith("A: relu:") || loss.startsWith("B: regularized-relu:"), loss);

        // Each pane exported in compare mode is the figure `figure --versus` draws of the same two states.
        Path fromApp = dir.resolve("app");
        for (Pane pane : Pane.values()) {
            questions.file = fromApp.resolve(pane.name() + ".png");
            onFx(() -> fixture.window.exports().exportPane(pane));
            waitForMessage("Exported the " + pane + " pane");
        }
        Path configA = dir.resolve("A.json");
        Path configB = dir.resolve("B.json");
        Files.writeString(configA, ConfigIO.toJson(a.config()));
        Files.writeString(configB, ConfigIO.toJson(regularized));
        Path fromFigure = dir.resolve("figure");
        cli("figure", "--config", configA.toString(), "--versus", configB.toString(), "--steps", "3", "--size",
                "column", "--style", "paper", "--dpi", "100", "--out", fromFigure.toString());
        for (Pane pane : Pane.values()) {
            assertSamePixels(fromFigure.resolve(pane + ".png"), fromApp.resolve(pane + ".png"), pane.name());
        }

        // A bundle holds both runs and draws the comparison again from its own files.
        Path bundle = dir.resolve("bundle");
        questions.folder = bundle;
        onFx(() -> fixture.window.exports().bundle());
        waitForMessage("Exported the comparison bundle");
        for (String run : List.of("A", "B")) {
            for (String f : List.of("config.json", "data.csv", "particles.csv", "history.csv", "bundle.json")) {
                assertTrue(Files.isRegularFile(bundle.resolve(run).resolve(f)), run + "/" + f);
            }
        }
        String readme = Files.readString(bundle.resolve("README.txt"));
        assertTrue(readme.contains("--versus " + bundle.resolve("B").resolve("config.json")), readme);
        assertTrue(readme.contains("--steps 3"), readme);
        Path again = dir.resolve("again");
        cli("figure", "--from-bundle", bundle.toString(), "--out", again.toString());
        for (Pane pane : Pane.values()) {
            assertSamePixels(bundle.resolve(pane + ".png"), again.resolve(pane + ".png"), pane.name());
            assertSamePixels(fromFigure.resolve(pane + ".png"), again.resolve(pane + ".png"), pane.name());
        }

        // A bundle that cannot be written whole writes nothing, says why, and leaves the folder as it was.
        Path blocked = Files.createDirectories(dir.resolve("blocked"));
        Files.writeString(blocked.resolve("B"), "a file where B/ would go");
        questions.folder = blocked;
        onFx(() -> fixture.window.exports().bundle());
        waitForMessage("Export of the comparison bundle failed");
        assertTrue(message().contains(blocked.resolve("B") + " is a file, not a folder")
                && message().contains("Nothing was written"), message());
        try (var left = Files.list(blocked)) {
            assertEquals(List.of(blocked.resolve("B")), left.toList());
        }

        // figure --versus --bundle writes the bundle the app wrote: the same comparison, the same runs' files.
        Path cliBundle = dir.resolve("cli-bundle");
        cli("figure", "--config", configA.toString(), "--versus", configB.toString(), "--steps", "3", "--size",
                "column", "--style", "paper", "--dpi", "100", "--bundle", "--out", cliBundle.toString());
        for (Pane pane : Pane.values()) {
            assertSamePixels(bundle.resolve(pane + ".png"), cliBundle.resolve(pane + ".png"), pane.name());
        }
        for (String run : List.of("A", "B")) {
            for (String f : List.of("config.json", "data.csv", "particles.csv", "history.csv")) {
                assertArrayEquals(Files.readAllBytes(bundle.resolve(run).resolve(f)),
                        Files.readAllBytes(cliBundle.resolve(run).resolve(f)), run + "/" + f);
            }
        }

        // Record… records the comparison as shown: frame k is A beside B at s_k, the last the exported figure.
        questions.record = new RecordChoice(Pane.density, 0, 0.15, 4, 10, SMALL);
        Path frames = dir.resolve("recorded");
        questions.file = frames;
        onFx(() -> fixture.window.exports().record(Pane.density));
        waitForMessage("Recorded 4 frames");
        try (var recorded = Files.list(frames)) {
            assertEquals(4, recorded.count());
        }
        assertSamePixels(fromFigure.resolve("density.png"), frames.resolve("frame-0004.png"), "the frame at s = 0.15");
        assertFalse(Arrays.equals(Files.readAllBytes(frames.resolve("frame-0001.png")),
                Files.readAllBytes(frames.resolve("frame-0004.png"))), "the frame at s = 0 shows another state");

        // Save session keeps B, the window's run, and says that A is not in it.
        Path session = dir.resolve("b.mflab");
        assertTrue(onFx(() -> fixture.window.files().saveSession(session)));
        assertTrue(Files.isRegularFile(session));
        waitForMessage("Saved run B: regularized-relu to " + session + ". Run A: relu is not saved in the session");

        // Restarting B leaves A; Esc unpins A and leaves B, whose panes show it alone again.
        long runA = a.started().runId();
        onFx(() -> model().restart());
        waitUntil("B restarted", 20, () -> fixture.session().latest() != null && fixture.session().latest().step() == 0);
        assertEquals(runA, a.started().runId());
        assertEquals(3, a.latest().step());
        // Esc through the window's table of accelerators, which is where a key pressed in the window ends up. The robot's
        // key is not used here: the recording's progress window came and went, and under Monocle a key then went to
        // whichever node last took the focus, so the test passed or failed with the run's timing.
        onFx(() -> fixture.stage().getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.ESCAPE)).run());
        waitUntil("A unpinned", 10, () -> onFx(() -> model().pinnedProperty().get()) == null);
        waitUntil("A's solver ends", 10, () -> !a.session().isSolverAlive());
        assertFalse(onFx(() -> fixture.window.compare().bar().isVisible()));
        for (Pane pane : Pane.values()) {
            assertNull(onFx(() -> panel(pane).comparedScales()), pane + " shows B alone");
        }
        onFx(() -> model().play());
        fixture.waitForStep(0, 5);
    }

    private String message() {
        return onFx(() -> fixture.window.statusBar().messageText());
    }

    private void waitForMessage(String start) {
        try {
            waitUntil("a status message starting '" + start + "'", 30, () -> message().startsWith(start));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the status bar says '" + message() + "'", e);
        }
    }
}
