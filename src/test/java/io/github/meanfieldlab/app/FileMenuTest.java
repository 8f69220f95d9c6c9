package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.lesson.Lesson;
import io.github.meanfieldlab.lesson.Lessons;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.session.Session;
import io.github.meanfieldlab.session.SessionFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The File menu, driven through its items with a scripted file picker; files dropped; the last session kept. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {
    /** Answers the menu's file questions from a queue, as a user picking files would. */
    static final class ScriptedPicker implements FilePicker {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<FileKind> asked = new ArrayList<>();

        @Override
        public Optional<Path> open(FileKind kind) {
            asked.add(kind);
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(FileKind kind, String suggested) {
            asked.add(kind);
            return Optional.ofNullable(answers.poll());
        }
    }

    private final ScriptedPicker picker = new ScriptedPicker();
    private Stage stage;
    private Path dir;
    private JsonSettingsStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("meanfield-file-menu-test");
        store = new JsonSettingsStore(dir.resolve("app-settings.json"));
        store.save(new AppSettings(WindowFixture.smallRunningExperiment(), 1200, 800, 120, java.util.Map.of()));
        window = new MainWindow(store, SameThreadExecutor.both(), picker);
        // Runs start paused, the first too, so that each step below is one the test asked for.
        window.model().pause();
        window.open(stage);
    }

    @AfterEach
    void close() {
        onFx(() -> window.close());
    }

    private FlowSnapshot waitForRunAtStep(long step) {
        waitUntil("a run at step " + step, 20, () -> {
            FlowSnapshot s = window.session().latest();
            long run = onFx(() -> window.model().runId());
            return s != null && s.runId() == run && s.step() == step;
        });
        return window.session().latest();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Menu fileMenu() {
        return window.menuBar().getMenus().get(0);
    }

    private void fire(String id) {
        onFx(() -> item(fileMenu(), id).fire());
    }

    /** {@code steps} Euler steps of {@code config} from ρ_ini, headless on one thread. */
    private static GradientFlow headless(ExperimentConfig config, int steps) {
        Experiment e = Experiment.build(config);
        GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 1);
        for (int i = 0; i < steps; i++) {
            flow.step();
        }
        return flow;
    }

    @Test
    void aSessionOpenedInTheAppContinuesBitIdenticallyAndSavesWhatItShows() throws IOException {
        ExperimentConfig config = WindowFixture.smallRunningExperiment();
        int k = 12;
        int n = 7;
        Path saved = dir.resolve("at-step-12.mflab");
        try (GradientFlow atK = headless(config, k)) {
            SessionFile.write(Session.of(Experiment.build(config), atK, List.of()), saved);
        }
        picker.answers.add(saved);
        fire("openSession");
        assertEquals(List.of(FileKind.SESSION), picker.asked);
        FlowSnapshot resumed = waitForRunAtStep(k);
        assertEquals(k + 1, resumed.history().size(), "the whole history from step 0 comes back");
        for (int i = 0; i < n; i++) {
            long before = window.session().latest().step();
            onFx(() -> window.model().stepOnce());
            fixtureWaitForStep(before + 1);
        }
        FlowSnapshot after = window.session().latest();
        assertEquals(k + n, after.step());
        try (GradientFlow straight = headless(config, k + n)) {
            assertArrayEquals(straight.particles(), after.particles(), "particles after k + n steps, bit for bit");
            for (int r = 0; r <= k + n; r++) {
                assertEquals(straight.history().loss(r), after.history().loss(r), "E at step " + r);
            }
            // Save session… writes what the window shows, and it reads back the same.
            Path again = dir.resolve("again.mflab");
            picker.answers.add(again);
            waitUntil("the window shows step " + (k + n), 10, () -> shows(window, k + n));
            fire("saveSession");
            Session read = SessionFile.read(again);
            assertEquals(k + n, read.steps());
            assertArrayEquals(straight.particles(), read.particles());
            assertEquals("MeanField Lab — again.mflab", onFx(() -> stage.getTitle()));
        }
    }

    /** Whether {@code w} has shown step {@code step} of its run, so that a session saved now holds it. */
    private static boolean shows(MainWindow w, long step) {
        return onFx(() -> w.shownSession().map(Session::steps).orElse(-1L)) == step;
    }

    private void fixtureWaitForStep(long step) {
        waitUntil("step " + step, 20, () -> {
            FlowSnapshot s = window.session().latest();
            return s != null && s.step() >= step;
        });
    }

    @Test
    void aSessionSavedAfterForgettingEarlierRunsHoldsNoneAndOneSavedBeforeHoldsThem() throws Exception {
        waitForRunAtStep(0);
        stepAndWaitUntilShown(2);
        ExperimentConfig wider = WindowFixture.smallRunningExperiment();
        wider = wider.withModel(wider.model().withSize(8, 24));
        ExperimentConfig second = wider;
        onFx(() -> window.model().open(second));
        waitUntil("the second run", 20, () -> second.equals(onFx(() -> window.model().running())));
        waitForRunAtStep(0);
        stepAndWaitUntilShown(1);

        Path before = dir.resolve("before-forgetting.mflab");
        picker.answers.add(before);
        fire("saveSession");
        List<Session.EarlierRun> kept = SessionFile.read(before).earlierRuns();
        assertEquals(1, kept.size(), "the first run is on the chart and in the session");
        assertEquals(WindowFixture.smallRunningExperiment(), kept.get(0).config());
        assertEquals(3, kept.get(0).history().size(), "its history from step 0 to 2");

        assertEquals(1, window.lossPanel().canvas().readLater(LossFigure::getEarlierRuns).get().size());
        onFx(() -> ((Button) window.lossPanel().lookup("#forgetEarlierRuns")).fire());
        assertEquals(List.of(), window.lossPanel().canvas().readLater(LossFigure::getEarlierRuns).get(),
                "the chart shows no earlier run");
        Path after = dir.resolve("after-forgetting.mflab");
        picker.answers.add(after);
        fire("saveSession");
        Session forgotten = SessionFile.read(after);
        assertEquals(List.of(), forgotten.earlierRuns(), "a session saved after forgetting holds no earlier run");
        assertEquals(second, forgotten.config(), "but the current run");
        assertEquals(1, forgotten.steps());
        assertEquals(1, SessionFile.read(before).earlierRuns().size(), "the file saved before keeps its earlier run");
    }

    /** Takes {@code steps} single steps of the paused run and waits until the window has shown the last. */
    private void stepAndWaitUntilShown(int steps) {
        for (int i = 0; i < steps; i++) {
            long s = window.session().latest().step();
            onFx(() -> window.model().stepOnce());
            fixtureWaitForStep(s + 1);
        }
        long last = window.session().latest().step();
        waitUntil("the window shows step " + last, 10, () -> shows(window, last));
    }

    @Test
    void everyLessonOpensFromExamplesWithItsTextAndItsRuns() {
        Menu examples = (Menu) item(fileMenu(), "examplesMenu");
        List<Lesson> lessons = Lessons.all();
        assertEquals(lessons.size(), examples.getItems().size());
        for (Lesson lesson : lessons) {
            onFx(() -> item(examples, "lesson-" + lesson.id()).fire());
            LessonPanel panel = window.lessonPanel();
            assertTrue(onFx(panel::isVisible), lesson.id());
            String text = onFx(() -> panel.text().plainText());
            // The first heading without its '#', and every paragraph's words, rendered.
            String heading = lesson.markdown().lines().findFirst().orElseThrow().replaceFirst("^#+\\s*", "");
            assertTrue(text.startsWith(heading), lesson.id() + ": " + text);
            assertFalse(text.contains("## "), lesson.id() + ": Markdown shown raw");
            assertEquals(lesson.runs().get(0).config(), onFx(() -> window.model().formProperty().get()));
            assertEquals("MeanField Lab — " + lesson.title(), onFx(() -> stage.getTitle()));
            List<Button> runs = onFx(() -> panel.lookupAll(".button").stream()
                    .filter(b -> b.getId() != null && b.getId().startsWith("lessonRun-")).map(b -> (Button) b).toList());
            assertEquals(lesson.runs().size(), runs.size(), lesson.id());
            Lesson.Run last = lesson.runs().get(lesson.runs().size() - 1);
            onFx(() -> runs.get(runs.size() - 1).fire());
            assertEquals(last.config(), onFx(() -> window.model().formProperty().get()), lesson.id());
        }
    }

    @Test
    void openingALessonWhileTheSettingsTabIsSelectedBringsTheLessonTabToTheFront() {
        Menu examples = (Menu) item(fileMenu(), "examplesMenu");
        List<Lesson> lessons = Lessons.all();
        onFx(() -> item(examples, "lesson-" + lessons.get(0).id()).fire());
        TabPane tabs = onFx(() -> (TabPane) stage.getScene().getRoot().lookup(".tab-pane"));
        assertEquals("lessonTab", selectedTab(tabs), "a first lesson opens in front");
        // Another lesson, then the same one again, each while the user is in the settings.
        for (Lesson lesson : List.of(lessons.get(1), lessons.get(1))) {
            onFx(() -> tabs.getSelectionModel().select(1));
            assertEquals("Settings", onFx(() -> tabs.getSelectionModel().getSelectedItem().getText()));
            onFx(() -> item(examples, "lesson-" + lesson.id()).fire());
            assertEquals("lessonTab", selectedTab(tabs), lesson.id() + " opened behind the settings");
            assertSame(tabs, onFx(() -> stage.getScene().getRoot().lookup(".tab-pane")), "the same tabs");
        }
        // With the theory panel in the column's place, the lesson takes it back.
        onFx(() -> window.theoryPanel().toggle().setSelected(true));
        assertFalse(onFx(() -> tabs.getScene() != null), "the theory panel hides the tabs");
        onFx(() -> item(examples, "lesson-" + lessons.get(2).id()).fire());
        assertTrue(onFx(() -> tabs.getScene() != null), "the tabs are back");
        assertEquals("lessonTab", selectedTab(tabs));
        assertEquals(lessons.get(2).id(), onFx(() -> window.lessonPanel().lesson().id()));
    }

    private static String selectedTab(TabPane tabs) {
        return onFx(() -> tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void droppingAnExperimentOrADataFileOpensIt() throws IOException {
        ExperimentConfig wide = WindowFixture.smallRunningExperiment();
        ExperimentConfig.Model m = wide.model().withSize(4, 24);
        // D = 2 with an explicit readout a, which has D entries: when D grows to the data's d = 3, a goes back to e_D.
        wide = wide.withModel(new ExperimentConfig.Model(m.block(), 2, m.depth(), m.width(), List.of(0.6, 0.8), m.eta(),
                m.bound()));
        Path experiment = Files.writeString(dir.resolve("wide.json"), ConfigIO.toJson(wide));
        assertTrue(onFx(() -> window.fileDrop().drop(List.of(experiment.toFile()))));
        assertEquals(wide, onFx(() -> window.model().formProperty().get()));
        assertEquals("MeanField Lab — wide.json", onFx(() -> stage.getTitle()));

        Path data = Files.writeString(dir.resolve("three.csv"), "x1,x2,x3,y\n0,1,2,1\n1,0,2,-1\n2,1,0,1\n");
        assertTrue(onFx(() -> window.fileDrop().drop(List.of(data.toFile()))));
        ExperimentConfig withData = onFx(() -> window.model().formProperty().get());
        assertEquals(data.toAbsolutePath().toString(), withData.data().file());
        assertEquals(3, withData.model().stateDimension(), "D grows to the data's d = 3");
        assertNull(withData.model().readout(), "the readout a of D = 2 entries goes back to e_D");
        waitUntil("a run on the dropped data", 20, () -> onFx(() -> window.model().running()) != null
                && withData.equals(onFx(() -> window.model().running())));
        assertEquals("three.csv", onFx(() -> window.controls().lookup("#dataset") instanceof javafx.scene.control.ComboBox<?> c
                ? String.valueOf(c.getValue()) : ""), "the dataset list shows the file");
        assertTrue(onFx(() -> window.files().recentFiles()).containsAll(List.of(data.toAbsolutePath(),
                experiment.toAbsolutePath())));

        // Two files at once, or a kind the app does not open, are not taken.
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(onFx(() -> window.fileDrop().drop(List.of(notes.toFile()))));
        assertFalse(onFx(() -> window.fileDrop().drop(List.of(experiment.toFile(), data.toFile()))));
    }

    @Test
    void badFilesAreRefusedWithOneMessageAndTheRunGoesOn() throws IOException {
        FlowSnapshot first = waitForRunAtStep(0);
        onFx(() -> window.model().play());
        fixtureWaitForStep(3);
        long runId = onFx(() -> window.model().runId());
        Path escaping = dir.resolve("from-someone.mflab");
        try (OutputStream out = Files.newOutputStream(escaping); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path badConfig = Files.writeString(dir.resolve("bad.json"), "{\"model\": {\"width\": 0}}");
        Path badData = Files.writeString(dir.resolve("bad.csv"), "x1,y\n0.5,1\nabc,2\n");
        List<Path> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.sorted().toList();
        }
        for (Object[] bad : new Object[][] {{escaping, "openSession", "evil.txt"}, {badConfig, "openExperiment",
                "model.width"}, {badData, "openData", "line 3"}}) {
            picker.answers.add((Path) bad[0]);
            fire((String) bad[1]);
            String message = onFx(() -> window.statusBar().messageText());
            assertTrue(message.startsWith("Not opened: ") && message.contains(bad[0].toString())
                    && message.contains((String) bad[2]) && message.endsWith("The current run goes on."), message);
            assertEquals(runId, onFx(() -> window.model().runId()), "the run on screen stays");
        }
        long step = window.session().latest().step();
        fixtureWaitForStep(step + 3);
        assertTrue(window.session().isStepping(), "the current run goes on");
        assertEquals(WindowFixture.smallRunningExperiment(), onFx(() -> window.model().running()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(before, files.sorted().toList(), "nothing written");
        }
        assertFalse(Files.exists(dir.getParent().getParent().resolve("evil.txt")));
        assertNotEquals(null, first);
    }

    @Test
    void closingKeepsTheLastSessionAndReopeningBringsBackParticlesAndHistory() {
        waitForRunAtStep(0);
        for (int i = 0; i < 4; i++) {
            long s = window.session().latest().step();
            onFx(() -> window.model().stepOnce());
            fixtureWaitForStep(s + 1);
        }
        waitUntil("the window shows step 4", 10, () -> shows(window, 4));
        FlowSnapshot shown = window.session().latest();
        onFx(() -> window.close());
        Path kept = store.lastSessionFile().orElseThrow();
        assertTrue(Files.isRegularFile(kept), "the last session is written on close");

        MainWindow next = onFx(() -> {
            MainWindow w = new MainWindow(store, SameThreadExecutor.both(), picker);
            w.model().pause();
            w.open(new Stage());
            return w;
        });
        try {
            onFx(() -> item(next.menuBar().getMenus().get(0), "reopenLastSession").fire());
            waitUntil("the last session reopened", 20, () -> {
                FlowSnapshot s = next.session().latest();
                return s != null && s.runId() == onFx(() -> next.model().runId()) && s.step() == 4;
            });
            FlowSnapshot back = next.session().latest();
            assertArrayEquals(shown.particles(), back.particles(), "the particles, bit for bit");
            assertEquals(5, back.history().size(), "the history from step 0");
            for (int r = 0; r <= 4; r++) {
                assertEquals(shown.history().loss(r), back.history().loss(r));
            }
        } finally {
            onFx(next::close);
        }
    }
}
