package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.drag;
import static io.github.meanfieldlab.app.WindowFixture.liveSolverThreads;
import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.RunState;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LossFigure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, driven as a user would: sliders, buttons, keys, choices and text fields. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final double SPEED = 120;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedBeforeEach(WindowFixture.smallRunningExperiment(), SPEED);

    private FlowSession session() {
        return fixture.session();
    }

    @Test
    void theWindowOpensOnTheRememberedExperimentAndRunsAtOnce() {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 5);
        assertEquals(WindowFixture.smallRunningExperiment(), session().runningConfig());
        assertEquals("8", onFx(() -> fixture.window.controls().depthSlider().field().getText()));
    }

    @Test
    void theWidthSliderRestartsWithTheNewWidthAndTheSameParticles(FxRobot robot) {
        fixture.waitForRun(8, 16);
        ExperimentConfig before = session().runningConfig();
        double[] initial = Experiment.build(before).initialParticles();
        robot.clickOn("#playPause");
        waitUntil("pause", 20, () -> !session().isStepping());

        onFx(() -> drag(fixture.window.controls().widthSlider(), 32));
        FlowSnapshot wider = fixture.waitForRun(8, 32);
        assertEquals(before.withModel(before.model().withSize(8, 32)), session().runningConfig());
        assertEquals(0, wider.step(), "a paused session starts the new run paused at s = 0");
        assertNested(initial, 16, wider, 8, 16);
        String block = before.model().block();
        assertEquals(List.of(block + ", M = 16"), earlierRuns(),
                "the first run stays on the loss chart, faded, labelled by the setting in which it differs");

        onFx(() -> drag(fixture.window.controls().widthSlider(), 4));
        FlowSnapshot narrower = fixture.waitForRun(8, 4);
        assertNested(initial, 16, narrower, 8, 4);
        assertEquals(List.of(block + ", M = 16", block + ", M = 32"), earlierRuns(),
                "each earlier run is labelled by its own width, the setting in which the runs differ");
    }

    private List<String> earlierRuns() {
        LossPanel loss = (LossPanel) fixture.window.panels().stream().filter(p -> p instanceof LossPanel).findFirst()
                .orElseThrow();
        return onFx(() -> loss.canvas().inspect(LossFigure::getEarlierRunLabels));
    }

    @Test
    void theDepthSliderFollowsTheKeyboardAndRestartsWithTheNewDepth(FxRobot robot) {
        fixture.waitForRun(8, 16);
        double[] initial = Experiment.build(session().runningConfig()).initialParticles();
        robot.clickOn("#playPause");
        waitUntil("pause", 20, () -> !session().isStepping());
        onFx(() -> fixture.window.controls().depthSlider().slider().requestFocus());
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
            // Slower than the slider settles, so each step is committed before the next.
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        }
        // Four stops up from L = 8: 12, 16, 24, 32.
        FlowSnapshot deeper = fixture.waitForRun(32, 16);
        assertEquals(32, session().runningConfig().model().depth());
        assertEquals(0, deeper.step());
        assertNested(initial, 16, deeper, 8, 16);
    }

    /** Particle (l, m) of the new run equals particle (l, m) of the old initial particles wherever both exist. */
    private static void assertNested(double[] initial, int width, FlowSnapshot run, int commonDepth, int commonWidth) {
        int k = run.spec().parameterCount();
        for (int l = 0; l < Math.min(commonDepth, run.spec().depth()); l++) {
            for (int m = 0; m < Math.min(commonWidth, run.spec().width()); m++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(initial[(l * width + m) * k + j], run.particle(l, m, j),
                            "particle (" + l + ", " + m + "), coordinate " + j);
                }
            }
        }
    }

    @Test
    void playPauseStepAndRestartFromButtonsAndKeys(FxRobot robot) {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 3);

        robot.clickOn("#playPause");
        waitUntil("pause", 20, () -> !session().isStepping());
        assertEquals("Play", onFx(() -> robot.lookup("#playPause").queryButton().getText()));
        // A single step while paused publishes its state, so counting starts from there.
        robot.clickOn("#stepButton");
        waitUntil("a paused snapshot", 20, () -> session().latest().state() == RunState.PAUSED);
        long n = session().latest().step();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertEquals(n, session().latest().step(), "paused runs do not step");

        robot.clickOn("#stepButton");
        waitUntil("one step", 20, () -> session().latest().step() == n + 1);
        robot.type(KeyCode.RIGHT);
        waitUntil("another step", 20, () -> session().latest().step() == n + 2);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(n + 2, session().latest().step(), "a single step takes exactly one step");
        waitUntil("the state to say where it paused", 20, () -> onFx(() -> robot.lookup("#state").queryLabeled().getText())
                .equals("paused at s = " + NumberText.compact(session().latest().time())));

        robot.type(KeyCode.SPACE);
        fixture.waitForStep(n + 2, 5);
        assertEquals(RunState.RUNNING, session().latest().state());
        waitUntil("the Pause label", 20, () -> "Pause".equals(onFx(() -> robot.lookup("#playPause").queryButton().getText())));

        long run = session().currentRunId();
        robot.type(KeyCode.R);
        assertTrue(session().currentRunId() > run, "R restarted at once");
        assertEquals(WindowFixture.smallRunningExperiment(), session().runningConfig());

        robot.type(KeyCode.SPACE);
        long paused = session().currentRunId();
        robot.type(KeyCode.R);
        assertTrue(session().currentRunId() > paused);
        waitUntil("the restarted run, paused at s = 0", 20, () -> "paused at s = 0".equals(
                onFx(() -> robot.lookup("#state").queryLabeled().getText())));
        assertEquals("Play", onFx(() -> robot.lookup("#playPause").queryButton().getText()));
    }

    @Test
    void theSpeedSliderLimitsTheSolverAndResetAllRestoresTheDefaults(FxRobot robot) {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        Slider speed = robot.lookup("#speed").queryAs(Slider.class);
        onFx(() -> speed.setValue(1));
        long from = fixture.waitForStep(first.step(), 1).step();
        long start = System.nanoTime();
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        long steps = session().latest().step() - from;
        double seconds = (System.nanoTime() - start) / 1e9;
        // A slow machine takes fewer steps, never more: the limit is an upper bound whatever the machine.
        assertTrue(steps >= 1 && steps <= 10 * seconds + 2,
                "10 steps/s for " + seconds + " s took " + steps + " steps");
        assertTrue(robot.lookup("speed: 10 steps/s").tryQuery().isPresent(), "the speed label says so");

        robot.clickOn("#resetAll");
        assertEquals(ConfigIO.defaults(), session().runningConfig(), "the default experiment runs at once");
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, onFx(() -> fixture.model().stepsPerSecondProperty().get()),
                "the speed is back to the default pace");
        assertTrue(robot.lookup("speed: 150 steps/s").tryQuery().isPresent(), "the speed label says so");
    }

    @Test
    void switchingTheBlockAndTheDatasetRestartsWithThem(FxRobot robot) {
        fixture.waitForRun(8, 16);
        robot.clickOn("#block").clickOn("regularized-relu");
        waitUntil("a regularized-relu run", 10, () -> session().latest() != null
                && session().latest().spec().block() == Block.REGULARIZED_RELU);
        assertEquals("regularized-relu", session().runningConfig().model().block());
        assertFalse(robot.lookup("#eta").queryAs(TextField.class).isDisabled(), "η matters for regularized-relu");

        robot.clickOn("#dataset").clickOn("sine");
        waitUntil("a run on sine", 10, () -> session().latest() != null && session().latest().data().dimension() == 1);
        assertEquals("sine", session().runningConfig().data().generator());
        assertEquals("regularized-relu", session().runningConfig().model().block(), "the block stays");
        fixture.waitForStep(session().latest().step(), 3);
    }

    @Test
    void everyPaneDrawsSomething() {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 5);
        waitUntil("every pane to show the run", 10, () -> onFx(() -> fixture.window.panels().stream()
                .allMatch(p -> p.canvas().shownRunId() == first.runId())));
        for (FigurePanel<?> panel : fixture.window.panels()) {
            WritableImage image = onFx(() -> panel.canvas().canvas().snapshot(null, null));
            assertTrue(image.getWidth() > 100 && image.getHeight() > 80, panel.getId() + " has room");
            assertTrue(distinctColours(image) >= 3, panel.getId() + " is not blank");
            // The empty placeholder alone has 158–214 colours: what the pane draws must differ from it. Read on the
            // FX thread: the window's painter runs there in this test, and the figure is shown snapshots there.
            double differs = onFx(() -> panel.canvas().inspect(MainWindowTest::differenceFromPlaceholder));
            assertTrue(differs > 0.02, panel.getId() + " differs from its empty placeholder in only "
                    + String.format("%.2f %%", 100 * differs) + " of the pixels");
        }
    }

    /** Fraction of pixels in which {@code figure} differs from a new, empty figure of its kind (480×340 pt). */
    private static double differenceFromPlaceholder(Figure figure) {
        try {
            int[] shown = pixels(figure);
            int[] empty = pixels(figure.getClass().getDeclaredConstructor().newInstance());
            int differ = 0;
            for (int i = 0; i < shown.length; i++) {
                differ += shown[i] != empty[i] ? 1 : 0;
            }
            return (double) differ / shown.length;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("every figure has a public constructor for its empty state", e);
        }
    }

    private static int[] pixels(Figure figure) {
        BufferedImage image = new BufferedImage(480, 340, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        figure.draw(g, new Rectangle2D.Double(0, 0, 480, 340));
        g.dispose();
        return image.getRGB(0, 0, 480, 340, null, 0, 480);
    }

    private static int distinctColours(WritableImage image) {
        PixelReader r = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(r.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void aBadSettingShowsItsMessageAndTheRunGoesOn(FxRobot robot) {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        long run = first.runId();

        typeInto(robot, "#step", "-1");
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = onFx(() -> fixture.window.statusBar().messageText());
        assertTrue(refusal.contains("step Δs = -1 is out of range"), "the form's own label: " + refusal);
        assertEquals(run, session().currentRunId());
        fixture.waitForStep(session().latest().step(), 5);
        assertEquals("0.05", onFx(() -> robot.lookup("#step").queryAs(TextField.class).getText()),
                "the field shows the running value again");

        typeInto(robot, "#scale", "abc");
        waitUntil("the complaint", 20, () -> onFx(() -> fixture.window.statusBar().messageText()).contains("'abc' is not a number"));
        assertTrue(robot.lookup("#scale").queryAs(TextField.class).getStyleClass().contains("invalid"));
        assertEquals(run, session().currentRunId());
        fixture.waitForStep(session().latest().step(), 3);
    }

    @Test
    void aSizeTooLargeForMemoryIsRefusedWithTheEstimate(FxRobot robot) {
        fixture.waitForRun(8, 16);
        onFx(() -> drag(fixture.window.controls().depthSlider(), 256));
        FlowSnapshot deep = fixture.waitForRun(256, 16);

        typeInto(robot, "#samples", "1000000");
        WaitForAsyncUtils.waitForFxEvents();
        String message = onFx(() -> fixture.window.statusBar().messageText());
        assertTrue(message.contains("GiB") && message.contains("N = 1000000"), message);
        assertEquals(deep.runId(), session().currentRunId(), "the current run goes on");
        fixture.waitForStep(session().latest().step(), 3);
        assertEquals(48, session().runningConfig().data().samples());
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        onFx(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void closingStopsTheSolverAndRemembersTheSettings(FxRobot robot) {
        fixture.waitForRun(8, 16);
        onFx(() -> drag(fixture.window.controls().widthSlider(), 32));
        fixture.waitForRun(8, 32);
        robot.clickOn("log colour");
        assertFalse(liveSolverThreads().isEmpty());

        onFx(fixture.stage()::close);
        waitUntil("the solver and the painter to stop", 10, () -> !session().isSolverAlive()
                && liveSolverThreads().isEmpty() && Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.isAlive() && t.getName().equals("meanfield-painter")));
        JsonSettingsStore store = new JsonSettingsStore(fixture.settingsFile);
        AppSettings saved = store.load().orElseThrow();
        assertEquals(32, saved.experiment().model().width());
        assertEquals(SPEED, saved.stepsPerSecond(), 1e-9);
        assertEquals("true", saved.viewOptions().get("density.logColour"));

        MainWindow reopened = onFx(() -> {
            MainWindow w = new MainWindow(store);
            w.open(fixture.stage());
            return w;
        });
        try {
            waitUntil("the remembered run", 20, () -> reopened.session().latest() != null
                    && reopened.session().latest().spec().width() == 32);
            assertTrue(robot.lookup("log colour").queryAs(CheckBox.class).isSelected(), "the view option is back");
        } finally {
            onFx(reopened::close);
        }
    }
}
