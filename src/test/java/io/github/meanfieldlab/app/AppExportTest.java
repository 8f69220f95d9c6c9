package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.ExportChecks.assertSamePixels;
import static io.github.meanfieldlab.app.ExportChecks.cli;
import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.render.Look;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Export from the app, driven headless: a pane exported from the window is the file {@code figure} writes of the
 * same state, all panes and a bundle are written (the bundle redraws pixel for pixel), a failed export leaves
 * nothing and says why while the run goes on, Ctrl+E exports the pane clicked last, and "Record…" writes what
 * {@code animate} writes and leaves nothing when cancelled. The file choosers are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class AppExportTest {
    /** Small figures keep the test fast; the sizes and look are the point, not the resolution. */
    private static final ExportSettings SMALL = new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 100);

    @TempDir
    Path dir;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedByEachTest(120);
    private final ScriptedQuestions questions = new ScriptedQuestions();

    /** Opens the window on the small experiment, lets it take a few steps (after one restart if asked), pauses. */
    private FlowSnapshot openPaused(boolean restartOnce) throws Exception {
        questions.choice = new ExportChoice(SMALL, List.of(ExportFormat.PNG));
        fixture.open(WindowFixture.smallRunningExperiment(), 1280, 720, questions);
        // The first window of the JVM loads the solver's and the figures' classes: on a busy machine that takes long.
        waitUntil("the first run in every pane", 90, () -> fixture.window.panels().stream()
                .allMatch(p -> p.canvas().shownRunId() > 0));
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 3);
        if (restartOnce) {
            long run = first.runId();
            onFx(() -> fixture.model().restart());
            waitUntil("the restarted run", 20, () -> fixture.session().currentRunId() > run);
            FlowSnapshot second = fixture.waitForRun(8, 16);
            fixture.waitForStep(second.step(), 2);
        }
        onFx(() -> fixture.model().pause());
        waitUntil("the pause", 10, () -> fixture.session().latest().state() == RunState.PAUSED);
        waitUntil("the paused snapshot on screen", 10, () -> onFx(() ->
                ((Label) fixture.stage().getScene().lookup("#state")).getText()
                        .equals("paused at s = " + NumberText.compact(fixture.session().latest().time()))));
        return fixture.session().latest();
    }

    private PaneExports exports() {
        return fixture.window.exports();
    }

    private String message() {
        return onFx(() -> fixture.window.statusBar().messageText());
    }

    private void waitForMessage(String start) {
        try {
            waitUntil("a status message starting '" + start + "'", 30, () -> message().startsWith(start));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the status bar says '" + message() + "', the file chooser was "
                    + "asked for " + questions.suggested, e);
        }
    }

    @Test
    void aPaneExportedFromTheAppIsTheFigureThatFigureDrawsOfTheSameState() throws Exception {
        FlowSnapshot paused = openPaused(false);
        // Trails are a view option of the window (the flow seen so far); figure draws one state, without them.
        onFx(() -> ((CheckBox) fixture.window.panels().get(1).lookupAll(".check-box").stream()
                .filter(n -> ((CheckBox) n).getText().equals("trails")).findFirst().orElseThrow()).setSelected(false));
        Path fromApp = dir.resolve("app");
        for (Pane pane : Pane.values()) {
            questions.file = fromApp.resolve(pane.name() + ".png");
            onFx(() -> exports().exportPane(pane));
            waitForMessage("Exported the " + pane + " pane");
        }
        Path config = dir.resolve("config.json");
        Files.writeString(config, ConfigIO.toJson(fixture.model().running()));
        Path fromFigure = dir.resolve("figure");
        cli("figure", "--config", config.toString(), "--steps", Long.toString(paused.step()), "--size", "column",
                "--style", "paper", "--dpi", "100", "--out", fromFigure.toString());
        for (Pane pane : Pane.values()) {
            assertSamePixels(fromFigure.resolve(pane + ".png"), fromApp.resolve(pane + ".png"), pane.name());
        }
        assertEquals(List.of(), questions.askedToReplace, "nothing existed, so nothing was asked");
    }

    @Test
    void allPanesAreExportedInEveryFormatChosenAndTheFolderIsRemembered() throws Exception {
        openPaused(false);
        questions.choice = new ExportChoice(SMALL, List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF));
        Path all = dir.resolve("all");
        questions.folder = all;
        onFx(() -> exports().exportAll());
        waitForMessage("Exported all panes: 15 files in " + all);
        for (Pane pane : Pane.values()) {
            BufferedImage png = ImageIO.read(all.resolve(pane + ".png").toFile());
            assertEquals(SMALL.pixelWidth(), png.getWidth(), pane.name());
            assertTrue(Files.readString(all.resolve(pane + ".pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
            assertTrue(Files.readString(all.resolve(pane + ".svg")).contains("<svg"));
        }
        // Again into the same folder: the chooser opens there, and replacing the 15 files is asked first.
        questions.replace = false;
        onFx(() -> exports().exportAll());
        assertEquals(all, questions.openedIn.get(1));
        assertEquals(15, questions.askedToReplace.get(0).size());
        Path settings = fixture.settingsFile;
        fixture.close();
        assertEquals(all.toString(), new JsonSettingsStore(settings).load().orElseThrow().exportFolder(),
                "the folder is remembered in the app settings");
    }

    @Test
    void aBundleFromTheAppRedrawsPixelForPixelWithFigureFromBundle() throws Exception {
        openPaused(true);
        // Views other than the defaults: the bundle must keep them.
        onFx(() -> fixture.window.panels().forEach(p -> p.restoreViewOptions(
                Map.of("logColour", "true", "drift", "true", "boundary", "false"))));
        Path bundle = dir.resolve("bundle");
        questions.folder = bundle;
        onFx(() -> exports().bundle());
        waitForMessage("Exported the bundle");
        for (String f : List.of("config.json", "data.csv", "particles.csv", "history.csv", "history-earlier-1.csv",
                "bundle.json", "view.json", "README.txt")) {
            assertTrue(Files.isRegularFile(bundle.resolve(f)), f);
        }
        String view = Files.readString(bundle.resolve("view.json"));
        assertTrue(view.contains("\"colourScale\" : \"log\"") && view.contains("\"drift\" : \"true\"")
                && view.contains("\"boundary\" : \"false\""), view);
        assertTrue(Files.readString(bundle.resolve("README.txt")).contains("figure --from-bundle " + bundle));
        Path again = dir.resolve("again");
        cli("figure", "--from-bundle", bundle.toString(), "--out", again.toString());
        for (Pane pane : Pane.values()) {
            assertSamePixels(bundle.resolve(pane + ".png"), again.resolve(pane + ".png"), pane.name());
        }
        // The control: the same bundle without its views draws the density pane otherwise.
        Files.delete(bundle.resolve("view.json"));
        Path defaults = dir.resolve("defaults");
        cli("figure", "--from-bundle", bundle.toString(), "--out", defaults.toString());
        BufferedImage shown = ImageIO.read(bundle.resolve("density.png").toFile());
        BufferedImage plain = ImageIO.read(defaults.resolve("density.png").toFile());
        assertFalse(java.util.Arrays.equals(shown.getRGB(0, 0, shown.getWidth(), shown.getHeight(), null, 0, shown.getWidth()),
                plain.getRGB(0, 0, plain.getWidth(), plain.getHeight(), null, 0, plain.getWidth())),
                "log colour drawn, not the default");
    }

    @Test
    void aFailedExportLeavesNothingSaysWhyAndTheRunGoesOn() throws Exception {
        FlowSnapshot paused = openPaused(false);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the folder should be");
        questions.file = blocker.resolve("figures").resolve("fit.png");
        onFx(() -> exports().exportPane(Pane.fit));
        waitForMessage("Export of the fit pane failed");
        assertTrue(message().contains("not-a-folder") && message().contains("Nothing was written"), message());
        try (Stream<Path> left = Files.walk(dir)) {
            assertEquals(List.of(dir, blocker), left.toList(), "nothing but the blocking file is left");
        }
        assertEquals("a file where the folder should be", Files.readString(blocker));
        onFx(() -> fixture.model().play());
        fixture.waitForStep(paused.step(), 2);
        assertEquals(paused.runId(), fixture.session().currentRunId(), "the same run goes on");
    }

    @Test
    void ctrlEExportsThePaneClickedLast() throws Exception {
        openPaused(false);
        FxRobot robot = new FxRobot();
        robot.clickOn(fixture.window.panels().get(2).canvas());
        assertEquals("loss", fixture.window.panels().get(2).getId());
        Path file = dir.resolve("ctrl").resolve("chosen.png");
        questions.file = file;
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitForMessage("Exported the loss pane");
        assertEquals(List.of("loss.png"), questions.suggested);
        assertTrue(Files.isRegularFile(file));
        Path direct = dir.resolve("direct").resolve("loss.png");
        questions.file = direct;
        onFx(() -> exports().exportPane(Pane.loss));
        waitUntil("the direct export", 30, () -> Files.isRegularFile(direct));
        assertSamePixels(direct, file, "loss");
    }

    @Test
    void recordWritesWhatAnimateWritesAndACancelLeavesNothing() throws Exception {
        openPaused(false);
        ExportSettings tiny = new ExportSettings(FigureSize.parse("2x1.5in"), Look.of(Look.Style.SCREEN), 72);
        questions.record = new RecordChoice(Pane.particles, 0, 0.5, 4, 10, tiny);
        Path gif = dir.resolve("rec").resolve("particles.gif");
        questions.file = gif;
        onFx(() -> exports().record(Pane.particles));
        waitForMessage("Recorded 4 frames");
        Path config = dir.resolve("config.json");
        Files.writeString(config, ConfigIO.toJson(fixture.model().running()));
        Path animated = dir.resolve("animate.gif");
        cli("animate", "--config", config.toString(), "--pane", "particles", "--from", "0", "--to", "0.5",
                "--frames", "4", "--fps", "10", "--size", "2x1.5in", "--style", "screen", "--dpi", "72",
                "--out", animated.toString());
        assertArrayEquals(Files.readAllBytes(animated), Files.readAllBytes(gif), "the same bytes as animate");
        assertEquals(4, gifFrames(gif));

        // A long recording, cancelled from its progress window.
        questions.record = new RecordChoice(Pane.density, 0, 1e6, 10_000, 10, tiny);
        Path cancelled = dir.resolve("cancelled").resolve("density.gif");
        questions.file = cancelled;
        onFx(() -> exports().record(Pane.density));
        waitUntil("the recording's progress window", 20, () -> onFx(() -> cancelButton() != null));
        waitUntil("a first frame", 30, () -> onFx(() -> !((Label) cancelButton().getScene().lookup("#recordProgressText"))
                .getText().startsWith("Recording")));
        onFx(() -> cancelButton().fire());
        waitForMessage("Recording cancelled");
        assertFalse(Files.exists(cancelled));
        try (Stream<Path> left = Files.walk(cancelled.getParent())) {
            assertEquals(List.of(cancelled.getParent()), left.toList(), "no partial file");
        }
    }

    private static Button cancelButton() {
        for (Window w : Window.getWindows()) {
            Node n = w.getScene() == null ? null : w.getScene().lookup("#recordCancel");
            if (n instanceof Button b) {
                return b;
            }
        }
        return null;
    }

    private static int gifFrames(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
