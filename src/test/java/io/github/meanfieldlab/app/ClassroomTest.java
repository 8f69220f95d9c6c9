package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window in front of a class: help, the replay scrubber, presentation mode, the keyboard and the read-outs. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    /** 120 steps/s of Δs = 0.05: six units of s a second. */
    private static final double SPEED = 120;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.openedBeforeEach(WindowFixture.smallRunningExperiment(), SPEED);

    private MainWindow window() {
        return fixture.window;
    }

    private FigurePanel<?> panel(String id) {
        return window().panels().stream().filter(p -> id.equals(p.getId())).findFirst().orElseThrow();
    }

    @Test
    void f1OpensTheHelpPageWithItsEquationsAndEscClosesIt(FxRobot robot) {
        fixture.waitForRun(8, 16);
        robot.type(KeyCode.F1);
        waitUntil("the help page", 10, () -> onFx(() -> window().help() != null && window().help().isShowing()));
        Stage help = onFx(() -> (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && HelpWindow.TITLE.equals(s.getTitle())).findFirst().orElseThrow());
        Scene scene = help.getScene();
        String words = onFx(() -> texts(scene.getRoot()));
        for (String expected : List.of("The model", "Parameter density", "Particles θ", "Flow through depth",
                "Loss E(s)", "Data and fit", "In front of a class", "Keyboard", "F5", "Esc")) {
            assertTrue(words.contains(expected), "the help page speaks of " + expected);
        }
        // The page shows at once; its equations fill in from the typesetter's thread.
        waitUntil("the help's equations", 20, () -> onFx(() -> window().help().page().pendingEquations()) == 0);
        int equations = onFx(() -> scene.getRoot().lookupAll(".md-math").size());
        assertTrue(equations >= 40, "typeset equations on the help page: " + equations);

        robot.type(KeyCode.ESCAPE);
        waitUntil("the help page to close", 20, () -> onFx(() -> !help.isShowing()));
    }

    @Test
    void eachPanesQuestionMarkShowsItsOwnSectionWithAnEquation(FxRobot robot) {
        fixture.waitForRun(8, 16);
        // Paused, the FX thread (which paints the panes in these tests) is free for the clicks, and nothing moves
        // under the pointer: what is tested is the help, not the run.
        onFx(() -> fixture.model().pause());
        List<String> headings = List.of("Parameter density ρ(θ, t)", "Particles θ", "Loss E(s)", "Data and fit",
                "Flow through depth z_l(x)");
        List<String> ids = List.of("density", "particles", "loss", "fit", "depthFlow");
        for (int i = 0; i < ids.size(); i++) {
            PaneHelp button = robot.lookup("#" + ids.get(i) + "Help").queryAs(PaneHelp.class);
            robot.clickOn(button);
            String id = ids.get(i);
            waitUntil(() -> "the " + id + " help; " + clickReport(robot, button), 10,
                    () -> onFx(() -> button.popup() != null && button.popup().isShowing()));
            Node content = onFx(() -> button.popup().getContent().get(0));
            String words = onFx(() -> texts((Parent) content));
            assertTrue(words.startsWith(headings.get(i)), ids.get(i) + "'s help starts with its title: " + words);
            for (String other : headings) {
                if (!other.equals(headings.get(i))) {
                    assertFalse(words.contains(other), ids.get(i) + "'s help is its own section only");
                }
            }
            waitUntil("the " + ids.get(i) + " help's equation", 20,
                    () -> onFx(() -> ((Parent) content).lookupAll(".md-math").size()) >= 1);
            // The popup grows with its text, wrapped, equations in, up to its most; a scroll pane on its own asks
            // for the height of one line a paragraph.
            ScrollPane scroll = (ScrollPane) content;
            waitUntil("the " + ids.get(i) + " help to show its whole text", 20, () -> onFx(() -> scroll.getViewportBounds()
                    .getHeight() >= Math.min(PaneHelp.MAX_TEXT_HEIGHT, scroll.getContent().getLayoutBounds().getHeight()) - 1));
            robot.type(KeyCode.ESCAPE);
            waitUntil("the popup to close", 20, () -> onFx(() -> !button.popup().isShowing()));
        }
    }

    /** Where a click on {@code button} went: what a failed wait says. */
    private static String clickReport(FxRobot robot, PaneHelp button) {
        // The robot reads the pointer through the FX thread: not from inside onFx.
        Point2D pointer = robot.robotContext().getBaseRobot().retrieveMouse();
        return onFx(() -> "popup " + (button.popup() == null ? "never made (the click did not reach the button)"
                : "made, showing " + button.popup().isShowing()) + "; button at "
                + button.localToScreen(button.getBoundsInLocal()) + "; pointer at " + pointer
                + "; windows showing: " + Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getClass().getSimpleName() + "@" + w.getX() + "," + w.getY() + " " + w.getWidth() + "x"
                        + w.getHeight()).toList());
    }

    /** The words of every Text under {@code root}, in order. */
    private static String texts(Parent root) {
        StringBuilder out = new StringBuilder();
        collect(root, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
            if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null
                    && !p.getChildrenUnmodifiable().contains(sp.getContent())) {
                collect(sp.getContent(), out);
            }
        }
    }

    @Test
    void theScrubberShowsTheChosenSInEveryPaneAndPlayContinuesFromTheNewest(FxRobot robot) {
        fixture.waitForRun(8, 16);
        waitUntil("s = 8", 30, () -> fixture.session().latest().time() >= 8);
        ReplayBar replay = window().replay();
        Slider scrubber = replay.slider();

        onFx(() -> scrubber.setValue(5));     // what a drag to s = 5 does
        assertTrue(onFx(() -> fixture.model().replayingProperty().get()), "scrubbing replays");
        assertFalse(onFx(() -> fixture.model().steppingProperty().get()), "scrubbing pauses");
        FlowSnapshot shown = onFx(replay::shown);
        assertNearest(replay, 5, shown);
        assertEveryPaneShows(shown.time());
        assertEquals("s = " + NumberText.compact(Math.round(shown.time() * 1000) / 1000.0),
                onFx(() -> robot.lookup("#time").queryLabeled().getText()), "the status bar too");
        assertTrue(onFx(() -> robot.lookup("#replayTime").queryLabeled().getText()).contains("of"),
                "the scrubber says where it is and how far the run got");

        // The solver's last snapshots (the pause taking effect) are kept but not shown.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEveryPaneShows(shown.time());

        onFx(() -> scrubber.setValue(2));
        FlowSnapshot two = onFx(replay::shown);
        assertNearest(replay, 2, two);
        assertEveryPaneShows(two.time());
        double newest = onFx(() -> replay.history().newest().time());
        onFx(() -> scrubber.setValue(scrubber.getMax()));
        assertEveryPaneShows(newest);

        onFx(() -> scrubber.setValue(5));
        robot.type(KeyCode.SPACE);
        assertFalse(onFx(() -> fixture.model().replayingProperty().get()), "play ends the replay");
        waitUntil("the panes to follow the flow past where it was", 20,
                () -> onFx(() -> window().panels().stream().allMatch(p -> shownTime(p) > newest)));

        // Opening an experiment while replaying ends the replay too: the panes follow the new run.
        onFx(() -> scrubber.setValue(1));
        assertTrue(onFx(() -> fixture.model().replayingProperty().get()), "scrubbing replays");
        onFx(() -> fixture.model().open(WindowFixture.smallRunningExperiment()));
        assertFalse(onFx(() -> fixture.model().replayingProperty().get()), "opening an experiment ends the replay");
    }

    /**
     * {@code shown} is the kept snapshot nearest {@code s}, and near it: within half the widest gap between kept
     * snapshots (one a frame at most, fewer when frames are slow on a loaded machine).
     */
    private static void assertNearest(ReplayBar replay, double s, FlowSnapshot shown) {
        double[] times = onFx(() -> replay.history().times());
        double widest = 0;
        for (int i = 1; i < times.length; i++) {
            widest = Math.max(widest, times[i] - times[i - 1]);
        }
        assertTrue(times.length >= 5, "snapshots kept: " + times.length);
        assertSame(onFx(() -> replay.history().at(s)), shown, "the snapshot nearest s = " + s);
        assertTrue(Math.abs(shown.time() - s) <= widest / 2 + 1e-9, "s = " + shown.time() + " for " + s
                + "; kept every " + widest + " at most");
    }

    /** Every pane has the snapshot at {@code s} on screen (painted, not only handed over), within 10 s. */
    private void assertEveryPaneShows(double s) {
        waitUntil("every pane painted at s = " + s, 10, () -> onFx(() -> window().panels().stream()
                .allMatch(p -> shownTime(p) == s)));
    }

    private static double shownTime(FigurePanel<?> p) {
        FlowSnapshot shown = p.canvas().shownSnapshot();
        return shown == null ? Double.NaN : shown.time();
    }

    @Test
    void presentationModeTogglesWithF5AndTheMenuAndEscReturns(FxRobot robot) {
        fixture.waitForRun(8, 16);
        BorderPane root = (BorderPane) onFx(() -> window().statusBar().getScene().getRoot());
        Node side = onFx(root::getLeft);
        assertNotNull(side);
        double normalZoom = onFx(() -> panel("loss").canvas().getZoom());

        robot.type(KeyCode.F5);
        assertTrue(onFx(() -> root.getStyleClass().contains("presentation")), "presentation style");
        assertNull(onFx(root::getLeft), "the settings leave");
        for (FigurePanel<?> p : window().panels()) {
            assertEquals(PresentationMode.FIGURE_ZOOM, onFx(() -> p.canvas().getZoom()), p.getId() + " zooms");
        }
        assertTrue(PresentationMode.FIGURE_ZOOM > normalZoom);
        assertFalse(onFx(() -> robot.lookup("#density .check-box").queryAs(Node.class).isVisible()), "options leave");
        assertTrue(onFx(() -> robot.lookup("#densityHelp").queryAs(Node.class).isVisible()), "the ? stays");
        double font = onFx(() -> robot.lookup("#playPause").queryButton().getFont().getSize());
        assertTrue(font >= 20, "larger type: " + font);

        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> root.getStyleClass().contains("presentation")));
        assertSame(side, onFx(root::getLeft), "the settings come back");
        assertEquals(normalZoom, onFx(() -> panel("loss").canvas().getZoom()));
        assertTrue(onFx(() -> robot.lookup("#density .check-box").queryAs(Node.class).isVisible()), "options return");

        robot.clickOn("View").clickOn("#presentationMode");
        assertTrue(onFx(() -> window().presentation().isOn()), "the menu item turns it on");
        robot.type(KeyCode.F5);
        assertFalse(onFx(() -> window().presentation().isOn()), "F5 again turns it off");
    }

    @Test
    void doubleClickFillsTheWindowWithAPaneAndEscBringsTheOthersBack(FxRobot robot) {
        fixture.waitForRun(8, 16);
        FigurePanel<?> loss = panel("loss");
        double gridWidth = onFx(() -> loss.getParent().getLayoutBounds().getWidth());
        robot.type(KeyCode.F5);
        robot.doubleClickOn(loss.canvas());
        assertSame(loss, onFx(() -> window().maximizer().filledProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        for (FigurePanel<?> p : window().panels()) {
            assertEquals(p == loss, onFx(p::isVisible), p.getId() + (p == loss ? " fills" : " is hidden"));
        }
        double grid = onFx(() -> loss.getParent().getLayoutBounds().getWidth());
        assertTrue(onFx(() -> loss.getWidth()) > 0.9 * grid, "the pane fills the grid: " + onFx(loss::getWidth));
        assertTrue(onFx(() -> loss.getHeight()) > 0.9 * onFx(() -> loss.getParent().getLayoutBounds().getHeight()));

        robot.type(KeyCode.ESCAPE);
        assertNull(onFx(() -> window().maximizer().filledProperty().get()));
        assertTrue(onFx(() -> window().presentation().isOn()), "the first Esc only brings the panes back");
        WaitForAsyncUtils.waitForFxEvents();
        for (FigurePanel<?> p : window().panels()) {
            assertTrue(onFx(p::isVisible), p.getId() + " is back");
        }
        assertTrue(onFx(loss::getWidth) < 0.75 * grid, "the loss pane is back in its two columns");
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window().presentation().isOn()), "the second Esc leaves presentation mode");
        assertTrue(gridWidth > 0);
    }

    @Test
    void tabReachesEveryControlAndTheFocusedOneWearsARing(FxRobot robot) {
        fixture.waitForRun(8, 16);
        Scene scene = onFx(() -> window().statusBar().getScene());
        Set<Node> controls = onFx(() -> {
            Set<Node> all = new LinkedHashSet<>();
            for (Node n : scene.getRoot().lookupAll("*")) {
                boolean control = n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof Slider
                        || n instanceof TextInputControl;
                if (control && n.isFocusTraversable() && !n.isDisabled() && shown(n)) {
                    all.add(n);
                }
            }
            return all;
        });
        assertTrue(controls.size() >= 30, "the window's controls: " + controls.size());
        onFx(() -> scene.getRoot().requestFocus());
        Set<Node> reached = new LinkedHashSet<>();
        for (int i = 0; i < controls.size() + 30 && !reached.containsAll(controls); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focus = onFx(scene::getFocusOwner);
            reached.add(focus);
            if (controls.contains(focus)) {
                // The ring is CSS (:focused): it appears with the next CSS pass, which a loaded machine may delay.
                waitUntil("a visible focus ring on " + focus, 20, () -> onFx(focus::getEffect) instanceof DropShadow);
            }
        }
        List<String> missed = controls.stream().filter(c -> !reached.contains(c))
                .map(c -> c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId())).toList();
        assertEquals(List.of(), missed, "controls Tab never reached");
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void maxIsOneClickAwayAndEnterPressesAFocusedButton(FxRobot robot) {
        fixture.waitForRun(8, 16);
        robot.clickOn("#maxSpeed");
        assertEquals(0.0, onFx(() -> fixture.model().stepsPerSecondProperty().get()), "as fast as it goes");
        assertTrue(robot.lookup("speed: max").tryQuery().isPresent());
        robot.clickOn("#maxSpeed");
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, onFx(() -> fixture.model().stepsPerSecondProperty().get()));

        // From the keyboard: Enter presses the focused button; Space stays play/pause.
        onFx(() -> robot.lookup("#maxSpeed").queryAs(Node.class).requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(0.0, onFx(() -> fixture.model().stepsPerSecondProperty().get()), "Enter pressed max");
        boolean stepping = onFx(() -> fixture.model().steppingProperty().get());
        robot.type(KeyCode.SPACE);
        assertEquals(!stepping, onFx(() -> fixture.model().steppingProperty().get()), "Space played or paused");
        assertEquals(0.0, onFx(() -> fixture.model().stepsPerSecondProperty().get()), "and left the button alone");
    }

    @Test
    void hoveringReadsOutAParticleASampleAndALossPoint(FxRobot robot) {
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 20);
        robot.type(KeyCode.SPACE);
        waitUntil("pause", 20, () -> !fixture.session().isStepping());
        waitUntil("every pane painted", 10, () -> onFx(() -> window().panels().stream()
                .noneMatch(p -> p.canvas().isPainting() || p.canvas().hasFinished())));
        hover(robot, panel("particles"), (f, p) -> ((io.github.meanfieldlab.render.ParticleFigure) f)
                .particleAt(p.getX(), p.getY()).isPresent(), "particle (l, m) = (");
        hover(robot, panel("fit"), (f, p) -> ((io.github.meanfieldlab.render.FitFigure) f)
                .sampleAt(p.getX(), p.getY()).isPresent(), "prediction g(z_L(x)) = ");
        hover(robot, panel("loss"), (f, p) -> ((io.github.meanfieldlab.render.LossFigure) f)
                .lossAt(p.getX(), p.getY()).isPresent(), "E = ");
    }

    private void hover(FxRobot robot, FigurePanel<?> panel, BiFunction<Object, Point2D, Boolean> hits, String expected) {
        HoverProbe.hover(robot, panel, hits, text -> text.contains(expected), "'" + expected + "'", window().statusBar());
    }
}
