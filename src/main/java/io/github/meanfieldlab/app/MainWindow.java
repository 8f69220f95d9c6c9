package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.session.Session;
import io.github.meanfieldlab.render.ProbeGrid;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: the menu bar and time controls on top, the experiment's settings (an open lesson in a tab
 * beside them) or the theory panel on the left, the five live panes in the middle and the status bar below. It
 * wires the controls to a {@link FlowSession} and the session's snapshots to the panes; it computes nothing itself.
 */
public final class MainWindow {
    /**
     * Figures are laid out for print; on a screen across a classroom their text wants to be larger: this much
     * from a column width of {@link #FULL_ZOOM_COLUMN} pixels (a 1600-pixel window) up. Narrower columns zoom
     * less, all panes alike, down to {@link #SMALLEST_ZOOM}, so that titles and labels still fit at 1280×720.
     */
    private static final double FIGURE_ZOOM = 1.2;
    private static final double FULL_ZOOM_COLUMN = 420;
    private static final double SMALLEST_ZOOM = 0.7;
    /** The smallest window in which nothing is cut off; the settings panel scrolls below 720 pixels. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 600;

    private final SettingsStore store;
    private final AppExecutors executors;
    private final LabModel model;
    private final ControlPanel controls;
    private final TimeControls time;
    private final StatusBar status = new StatusBar();
    private final FigurePainter painter;
    private final DensityPanel density;
    private final ParticlePanel particles;
    private final LossPanel loss;
    private final FitPanel fit;
    private final DepthFlowPanel depthFlow;
    private final TheoryPanel theory = new TheoryPanel();
    private final List<FigurePanel<?>> panels;
    private final SnapshotPump pump;
    private final ReplayBar replay;
    private final PresentationMode presentation;
    private final PaneMaximizer maximizer;
        private HelpWindow help;
    private final PaneExports exports;
    private final CompareMode compare;
    private final ExecutorService exportWorker = AppExecutors.daemon("meanfield-export");
    private final ExecutorService recordingThread = AppExecutors.daemon("meanfield-recorder");
    private final BorderPane root = new BorderPane();
    /** The left column: the settings (with an open lesson's tab) or the theory panel, and the theory strip. */
    private final BorderPane left = new BorderPane();
    /** What the left column shows while the theory panel is closed: the settings, or tabs with a lesson. */
    private Node settingsColumn;
    private final ShownRuns shownRuns = new ShownRuns();
    private final RecentFiles recent;
    private final LessonPanel lessonPanel;
    private final FileActions files;
    private final AppMenuBar menuBar;
    private final FileDrop fileDrop;
    private AppSettings settings;
    /** A message about the start (saved settings ignored or not run) that the first run must not clear. */
    private boolean keepMessageThroughStart;
    /** The snapshot that arrived last, of whichever run: its speed predicts the next run's. */
    private FlowSnapshot lastArrived;
    private Stage stage;
    private boolean closed;

    /** A window over the settings in {@code store} (the user's, or a test's own), its work on threads of its own. */
    public MainWindow(SettingsStore store) {
        this(store, AppExecutors.threads());
    }

    /** A window whose background work runs on {@code executors}; it shuts them down when it closes. */
    public MainWindow(SettingsStore store, AppExecutors executors) {
        this(store, executors, new DialogQuestions(), null);
    }

    /** As above, with the export's questions answered by {@code questions} (a test's own). */
    public MainWindow(SettingsStore store, AppExecutors executors, ExportQuestions questions) {
        this(store, executors, questions, null);
    }

    /** As above, asking for files through {@code picker} (tests). */
    MainWindow(SettingsStore store, AppExecutors executors, FilePicker picker) {
        this(store, executors, new DialogQuestions(), picker);
    }

    /**
     * As above, the export's questions answered by {@code questions} and files asked for through {@code picker};
     * null for the platform's file choosers.
     */
    private MainWindow(SettingsStore store, AppExecutors executors, ExportQuestions questions, FilePicker picker) {
        this.store = store;
        this.executors = executors;
        String startupProblem = null;
        try {
            settings = store.load().orElseGet(AppSettings::defaults);
        } catch (InputException e) {
            settings = AppSettings.defaults();
            startupProblem = "Saved settings ignored: " + e.getMessage();
        }
        painter = new FigurePainter(executors.painter());
        density = new DensityPanel(painter);
        particles = new ParticlePanel(painter);
        loss = new LossPanel(painter, this::halveStep, shownRuns::forgetEarlierRuns);
        fit = new FitPanel(painter);
        depthFlow = new DepthFlowPanel(painter);
        panels = List.of(density, particles, loss, fit, depthFlow);
        model = new LabModel((listener, share) -> new FlowSession(listener, Platform::runLater,
                executors.restarter(), MainWindow::probeInputs, share), SolverBudget.ofThisMachine(),
                settings.experiment(), this::showProblem);
        model.stepsPerSecondProperty().set(settings.stepsPerSecond());
        controls = new ControlPanel(model, status::showError);
        time = new TimeControls(model);
        List<FigureCanvas<?>> canvases = panels.stream().<FigureCanvas<?>>map(FigurePanel::canvas).toList();
        pump = new SnapshotPump(model, painter, this::show,
                s -> status.show(s, model.steppingProperty().get()), canvases,
                meter -> status.showFramesPerSecond(meter.framesPerSecond()));
        recent = new RecentFiles(settings.recentFiles());
        lessonPanel = new LessonPanel(run -> files().runLessonRun(run));
        files = new FileActions(model, shownRuns::session, lessonPanel, recent, store.lastSessionFile(),
                status::showError, status::showInfo,
                settings.experiment().equals(ConfigIO.defaults()) ? FileActions.DEFAULT_NAME : "last experiment");
        menuBar = new AppMenuBar(files, picker != null ? picker : new FxFilePicker(() -> stage), StartupWork.lessons(), recent);
        compare = new CompareMode(model, panels, shownRuns::session, status::showError);
        fileDrop = new FileDrop(files::open);
        fileDrop.install(root);
        replay = new ReplayBar(model, this::display);
        model.runProperty().addListener((obs, was, run) -> runStarted(run));
        density.setId("density");
        particles.setId("particles");
        depthFlow.setId("depthFlow");
        loss.setId("loss");
        fit.setId("fit");
        panels.forEach(FigurePanel::addHelp);
        HoverReadout.install(particles, fit, loss);
        presentation = new PresentationMode(root, panels);
        maximizer = new PaneMaximizer(panels);
        restoreViewOptions(settings.viewOptions());
        exports = exports(questions);
        // The export menu sits beside File, then the Lab menu.
        menuBar.getMenus().add(1, new ExportMenu(exports));
        menuBar.getMenus().add(2, new LabMenu(model, compare, status::showError,
                new LadderExport(questions, exports::folder, exportWorker, Platform::runLater)));
        menuBar.addViewAndHelp(presentation, maximizer, this::openHelp);
        layout();
        if (startupProblem != null) {
            showProblem(startupProblem);
        }
    }

    /**
     * The points where the fit pane shows the prediction. The solver evaluates them every 80 ms, a forward pass
     * each, where a step costs about three passes per sample; at a dozen steps per 80 ms, 8N points in the plane
     * (24² to 64², the heatmap interpolates between them) take about a sixth of the solver's time. On a line,
     * 256 points cost little.
     */
    static double[] probeInputs(Experiment experiment) {
        Dataset data = experiment.data();
        int resolution = data.dimension() == 1 ? 256
                : (int) Math.max(24, Math.min(64, Math.round(Math.sqrt(8.0 * data.size()))));
        return ProbeGrid.forData(data, resolution);
    }

    /** Export, copy and record, offered on every pane's option bar and context menu and in the Export menu. */
    private PaneExports exports(ExportQuestions questions) {
        Map<Pane, FigurePanel<?>> byPane = new EnumMap<>(Pane.class);
        byPane.put(Pane.density, density);
        byPane.put(Pane.particles, particles);
        byPane.put(Pane.loss, loss);
        byPane.put(Pane.fit, fit);
        byPane.put(Pane.depth, depthFlow);
        Supplier<Window> owner = () -> stage;
        Recorder recorder = new Recorder(recordingThread, Platform::runLater, new RecordProgress(owner, status));
        PaneExports e = new PaneExports(byPane, () -> model.runProperty().get(), () -> model.pinnedProperty().get(),
                () -> loss.canvas().readLater(LossFigure::getEarlierRuns),
                status, questions, owner, settings.exportFolder() == null ? null : Path.of(settings.exportFolder()),
                exportWorker, Platform::runLater, recorder);
        byPane.forEach((pane, panel) -> {
            panel.offerExport(() -> e.exportPane(pane), () -> e.copy(pane));
            // The pane clicked last is the one Ctrl+E exports.
            panel.addEventFilter(MouseEvent.MOUSE_PRESSED, ev -> e.select(pane));
        });
        return e;
    }

    /** Pane options are remembered as "pane.option", the pane named by its id. */
    private void restoreViewOptions(Map<String, String> remembered) {
        for (FigurePanel<?> p : panels) {
            String prefix = p.getId() + ".";
            Map<String, String> mine = new HashMap<>();
            remembered.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    mine.put(key.substring(prefix.length()), value);
                }
            });
            p.restoreViewOptions(mine);
        }
    }

    private Map<String, String> viewOptions() {
        Map<String, String> all = new HashMap<>();
        for (FigurePanel<?> p : panels) {
            p.viewOptions().forEach((option, value) -> all.put(p.getId() + "." + option, value));
        }
        return all;
    }

    private void layout() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pane-grid");
        placePanes(grid, false);
        model.pinnedProperty().addListener((obs, was, now) -> placePanes(grid, now != null));
        // The panes share what is left; their own minimum sizes must not push the grid out of the window.
        grid.setMinSize(0, 0);
        grid.widthProperty().addListener((obs, was, now) -> zoomFigures(now.doubleValue()));
        presentation.onProperty().addListener((obs, was, now) -> zoomFigures(grid.getWidth()));
        // A click on the figures hands the keyboard back to the flow (Right steps rather than moving a slider).
        grid.setOnMousePressed(e -> root.requestFocus());

        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(300);
        side.setMinWidth(280);
        side.getStyleClass().add("side");

        placeMenus(false);
        presentation.onProperty().addListener((obs, was, now) -> placeMenus(now));
        // The theory panel takes the settings' place when its strip is pressed, so the panes keep their width.
        left.setCenter(side);
        left.setRight(theory.toggle());
        theory.toggle().selectedProperty().addListener((obs, was, open) -> left.setCenter(open ? theory : settingsColumn));
        settingsColumn = side;
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setLeft(left);
        lessonPanel.setOnShow(() -> showLesson(side, true));
        lessonPanel.visibleProperty().addListener((obs, was, open) -> {
            if (!open) {
                showLesson(side, false);
            }
        });
        // The scrubber sits under the panes, for the same room in the settings panel. It replays the window's run
        // alone: in compare mode, where it would set B's past beside A's present, it gives its row to the panes.
        replay.visibleProperty().bind(model.pinnedProperty().isNull());
        replay.managedProperty().bind(replay.visibleProperty());
        root.setCenter(new VBox(compare.bar(), grid, replay));
        root.setBottom(status);
    }

    /**
     * Three columns, the loss twice as wide below; in compare mode, where four panes draw two halves each, two
     * columns with the loss across the bottom: at 1280×720 a third of the width left each half too narrow for
     * its axis labels.
     */
    private void placePanes(GridPane grid, boolean comparing) {
        // A pane filling the grid goes back to its cell first: the cell it would go back to is about to move.
        maximizer.restore();
        int columns = comparing ? 2 : 3;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        // In compare mode the density pane's two rows of options take from its figure: its row is the tallest; the
        // loss chart needs about a third of 720 pixels to keep room for its plot.
        for (double percent : comparing ? new double[] {35, 32, 33} : new double[] {50, 50}) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(percent);
            grid.getRowConstraints().add(rc);
        }
        if (comparing) {
            grid.add(density, 0, 0);
            grid.add(particles, 1, 0);
            grid.add(depthFlow, 0, 1);
            grid.add(fit, 1, 1);
            grid.add(loss, 0, 2, 2, 1);
        } else {
            grid.add(density, 0, 0);
            grid.add(particles, 1, 0);
            grid.add(depthFlow, 2, 0);
            grid.add(loss, 0, 1, 2, 1);
            grid.add(fit, 2, 1);
        }
    }

    /**
     * An open lesson takes a tab beside the settings, so that the panes keep their width at 1280×720; without
     * one the settings have the column to themselves and no tab row, which would make them scroll. The lesson
     * is shown at once, its tab in front and in the theory panel's place if that was open, also when a lesson
     * was open already.
     */
    private void showLesson(ScrollPane settingsPane, boolean open) {
        if (open && settingsColumn instanceof TabPane tabs) {
            tabs.getSelectionModel().select(0);
            theory.toggle().setSelected(false);
        } else if (open) {
            Tab lessonTab = new Tab("Lesson", lessonPanel);
            lessonTab.setId("lessonTab");
            TabPane tabs = new TabPane(lessonTab, new Tab("Settings", settingsPane));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setPrefWidth(settingsPane.getPrefWidth());
            tabs.setMinWidth(settingsPane.getMinWidth());
            settingsColumn = tabs;
            theory.toggle().setSelected(false);
            left.setCenter(tabs);
        } else if (settingsColumn instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> t.setContent(null));
            settingsColumn = settingsPane;
            if (!theory.toggle().isSelected()) {
                left.setCenter(settingsPane);
            }
        }
    }

    /** Restarts with half the form's Δs: the loss pane offers it where the steps were too large for the flow. */
    private void halveStep() {
        ExperimentConfig c = model.formProperty().get();
        var f = c.flow();
        model.formProperty().set(c.withFlow(new ExperimentConfig.Flow(f.step() / 2, f.maxTime(), f.lossTarget(),
                f.adaptive())));
    }

    /** Shows the window on {@code stage} and starts the flow of the remembered (or default) experiment at once. */
    public void open(Stage stage) {
        this.stage = stage;
        ScreenFit fit = ScreenFit.onPrimaryScreen(settings.windowWidth(), settings.windowHeight());
        Scene scene = new Scene(root, fit.width(), fit.height());
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new ClassroomKeys(maximizer, presentation));
        stage.titleProperty().bind(Bindings.concat("MeanField Lab — ", files.documentProperty()));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> close());
        fit.place(stage);
        stage.show();
        root.requestFocus();
        pump.start();
        compare.start();
        model.start();
    }

    /** Space plays or pauses, Right steps, R restarts; not while the user types, nor Right on a slider. */
    private void shortcut(KeyEvent e) {
        var focus = stage.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            model.togglePlay();
        } else if (e.getCode() == KeyCode.RIGHT && !(focus instanceof Slider)) {
            model.stepOnce();
        } else if (e.getCode() == KeyCode.R) {
            model.restart();
        } else {
            return;
        }
        e.consume();
    }

    private void show(FlowSnapshot s) {
        model.snapshotArrived();
        shownRuns.shown(s);
        lastArrived = s;
        // Kept for replay, and shown unless the user is looking back at an earlier one.
        replay.arrived(s);
    }

    /** Hands a snapshot, live or replayed, to every pane; the pump tells the status bar once they show it. */
    private void display(FlowSnapshot s) {
        for (FigurePanel<?> p : panels) {
            p.show(s);
        }
        theory.show(s);
    }

    /**
     * One zoom for all panes. Presentation mode has its own, chosen for a 1280-pixel projector where the panes
     * have the whole width; otherwise it follows the column width.
     */
    private void zoomFigures(double gridWidth) {
        double zoom = presentation.isOn() ? PresentationMode.FIGURE_ZOOM
                : Math.max(SMALLEST_ZOOM, FIGURE_ZOOM * Math.min(1, gridWidth / 3 / FULL_ZOOM_COLUMN));
        panels.forEach(p -> p.canvas().setZoom(zoom));
    }

    /**
     * The menus share the time controls' row, so that the settings panel keeps the height it needs to fit at
     * 1280×720 without scrolling; in presentation mode, whose larger type would not fit one row and whose
     * settings are out of the way, they have a row of their own.
     */
    private void placeMenus(boolean presenting) {
        if (presenting) {
            VBox rows = new VBox(menuBar, time);
            rows.getStyleClass().add("top-row");
            root.setTop(rows);
        } else {
            HBox row = new HBox(menuBar, time);
            row.getStyleClass().add("top-row");
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(time, Priority.ALWAYS);
            root.setTop(row);
        }
    }

    /** Opens the help page (F1), in front of the window. */
    void openHelp() {
        if (help == null) {
            help = new HelpWindow(stage);
        }
        help.show();
    }

    private void showProblem(String message) {
        status.showError(message);
        if (model == null || model.running() == null) {
            keepMessageThroughStart = true;
        }
    }

    /** Tells the panes about a run that has started. */
    private void runStarted(FlowSession.Started run) {
        if (closed || run == null) {
            return;
        }
        shownRuns.started(run);
        for (FigurePanel<?> p : panels) {
            p.runStarted(run);
        }
        theory.runStarted(run);
        status.showStarting(lastArrived, run.experiment().spec(), run.experiment().data().size());
        if (keepMessageThroughStart) {
            keepMessageThroughStart = false;
        } else {
            status.clearMessage();
        }
    }

    /** Stops the flow and saves the settings; called when the window closes, safe to call again. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (help != null) {
            help.close();
        }
        pump.stop();
        compare.stop();
        painter.close();
        // Before the settings: a session that cannot be written leaves the one kept before, and says so.
        files.keepLastSession();
        ExperimentConfig running = model.running();
        model.close();
        executors.restarter().shutdown();
        // Exports asked for finish and a recording stops, so that no half-written file stays behind when the
        // program ends (their threads are daemons, stopped where they stand at exit).
        exports.cancelRecording();
        exportWorker.shutdown();
        recordingThread.shutdown();
        try {
            exportWorker.awaitTermination(5, TimeUnit.SECONDS);
            recordingThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AppSettings last = settings.withStepsPerSecond(model.stepsPerSecondProperty().get())
                .withViewOptions(viewOptions()).withRecentFiles(recent.asStrings());
        if (exports.folder() != null) {
            last = last.withExportFolder(exports.folder().toString());
        }
        if (running != null) {
            last = last.withExperiment(running);
        }
        if (stage != null && stage.getWidth() > 0) {
            last = last.withWindow(stage.getWidth(), stage.getHeight());
        }
        try {
            store.save(last);
        } catch (UncheckedIOException e) {
            System.err.println("warning: " + e.getMessage());
        }
    }

    /** What the File menu does. */
    public FileActions files() {
        return files;
    }

    public AppMenuBar menuBar() {
        return menuBar;
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    FileDrop fileDrop() {
        return fileDrop;
    }

    /** The window's run as a session, as far as it has been shown. */
    Optional<Session> shownSession() {
        return shownRuns.session();
    }

    /** The model the window shows. */
    public LabModel model() {
        return model;
    }

    public FlowSession session() {
        return model.session();
    }

    public ControlPanel controls() {
        return controls;
    }

    public TimeControls timeControls() {
        return time;
    }

    public StatusBar statusBar() {
        return status;
    }

    public TheoryPanel theoryPanel() {
        return theory;
    }

    public LossPanel lossPanel() {
        return loss;
    }

    public List<FigurePanel<?>> panels() {
        return panels;
    }

    public ReplayBar replay() {
        return replay;
    }

    PresentationMode presentation() {
        return presentation;
    }

    PaneMaximizer maximizer() {
        return maximizer;
    }

    HelpWindow help() {
        return help;
    }

    /** Compare mode: run A pinned beside the window's run. */
    public CompareMode compare() {
        return compare;
    }

    /** Export, copy and record from the window. */
    public PaneExports exports() {
        return exports;
    }

    public PerformanceMeter meter() {
        return pump.meter();
    }
}
