package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.export.ExportFiles;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.FigureBundle;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.Pane;
import io.github.meanfieldlab.export.PaneViews;
import io.github.meanfieldlab.render.LossFigure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Export from the app: a pane, all panes or a bundle to files, a pane to the clipboard, and the flow recorded
 * over an s-range. Every figure is drawn by the figures branch's code ({@link FigureExporter}, {@link FigureBundle},
 * {@link io.github.meanfieldlab.export.Animation}), so a pane exported here is the file {@code figure} writes of
 * the same state. The FX thread only asks the questions; the state is prepared and the files are written on the
 * worker, the panes drawn on the painter, and a failure leaves nothing behind and says why in the status bar.
 */
public final class PaneExports {
    private final Map<Pane, FigurePanel<?>> panels;
    private final Supplier<FlowSession.Started> run;
    private final Supplier<ComparedRun> pinned;
    private final Supplier<CompletableFuture<List<LossFigure.Run>>> earlierRuns;
    private final StatusBar status;
    private final ExportQuestions questions;
    private final Supplier<Window> owner;
    private final Executor worker;
    private final Executor fx;
    private final Recorder recorder;
    private Path folder;
    private ExportChoice choice = ExportChoice.paper();
    private final ReadOnlyObjectWrapper<Pane> active = new ReadOnlyObjectWrapper<>(this, "active", Pane.density);

    /**
     * @param panels the window's panes by the names their files take
     * @param run the run on screen (null before the first)
     * @param pinned run A of compare mode (null outside it): then every export holds A beside the run on screen
     * @param earlierRuns reads the loss chart's earlier runs on the painter thread
     * @param folder where the choosers open first (the one remembered); null for the user's home
     * @param worker prepares states and writes files, one export at a time
     * @param fx where results are reported (the FX thread)
     */
    public PaneExports(Map<Pane, FigurePanel<?>> panels, Supplier<FlowSession.Started> run,
                       Supplier<ComparedRun> pinned,
                       Supplier<CompletableFuture<List<LossFigure.Run>>> earlierRuns, StatusBar status,
                       ExportQuestions questions, Supplier<Window> owner, Path folder, Executor worker, Executor fx,
                       Recorder recorder) {
        this.panels = Map.copyOf(panels);
        this.run = run;
        this.pinned = pinned;
        this.earlierRuns = earlierRuns;
        this.status = status;
        this.questions = questions;
        this.owner = owner;
        this.folder = folder;
        this.worker = worker;
        this.fx = fx;
        this.recorder = recorder;
    }

    /** The folder the choosers open in: the one written to last. */
    public Path folder() {
        return folder;
    }

    /** The pane Ctrl+E exports: the one clicked last. */
    public Pane active() {
        return active.get();
    }

    public ReadOnlyObjectProperty<Pane> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public void select(Pane pane) {
        active.set(pane);
    }

    /** Asks for settings and a file, then writes the pane {@code pane} in each format chosen, named after the file. */
    public void exportPane(Pane pane) {
        FlowSnapshot live = shownOrSay(pane);
        if (live == null) {
            return;
        }
        Optional<ExportChoice> asked = questions.exportChoice(owner.get(), "Export the " + pane + " pane", choice);
        if (asked.isEmpty()) {
            return;
        }
        choice = asked.get();
        Optional<Path> chosen = questions.file(owner.get(), "Export the " + pane + " pane", folder,
                pane.name() + "." + choice.formats().get(0).extension());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath();
        Path dir = file.getParent();
        String stem = stem(file);
        List<String> names = FigureExporter.fileNames(stem, choice.formats());
        // The chooser asked about the file it returned; the other formats' files are asked about here.
        if (!questions.mayWrite(owner.get(), dir, names, file)) {
            return;
        }
        folder = dir;
        ExportChoice c = choice;
        report("the " + pane + " pane", panels.get(pane).drawFor(Pane::forPrint, figure -> render(figure, stem, c))
                .thenApplyAsync(files -> writeAll(dir, files), worker));
    }

    /** Asks for settings and a folder, then writes every pane as {@code <pane>.<format>} into it. */
    public void exportAll() {
        FlowSnapshot live = shownOrSay(Pane.density);
        if (live == null) {
            return;
        }
        Optional<Path> asked = askForEveryPane("Export all panes", "Export all panes into", List.of());
        if (asked.isEmpty()) {
            return;
        }
        Path dir = asked.get();
        folder = dir;
        ExportChoice c = choice;
        // Asked for together, so that every pane is drawn from the one state (the same s in every file).
        UnaryOperator<FlowSnapshot> forPrint = new PrintOnce();
        Map<String, byte[]> files = new LinkedHashMap<>();
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Pane p : Pane.values()) {
            CompletableFuture<Map<String, byte[]>> drawn = panels.get(p).drawFor(forPrint, figure -> render(figure, p.name(), c));
            all = all.thenCombine(drawn, (v, d) -> {
                files.putAll(d);
                return null;
            });
        }
        report("all panes", all.thenApplyAsync(v -> writeAll(dir, files), worker));
    }

    /**
     * {@link Pane#forPrint} computed once per snapshot for the panes of one export, which are drawn from the same
     * snapshot (two in compare mode, A's and B's).
     */
    private static final class PrintOnce implements UnaryOperator<FlowSnapshot> {
        private final Map<FlowSnapshot, FlowSnapshot> print = new IdentityHashMap<>();

        @Override
        public synchronized FlowSnapshot apply(FlowSnapshot shown) {
            return print.computeIfAbsent(shown, Pane::forPrint);
        }
    }

    /**
     * Asks for settings and a folder, then writes a figure bundle there with the code of {@code figure --bundle}:
     * every pane in the formats chosen, the configuration, data, particles, histories (the earlier runs' too) and
     * a README.txt with the command that draws the figures again. Bundled figures are drawn as {@code figure}
     * draws them, with the view options the panes show (kept in view.json), so that the command redraws them pixel
     * for pixel. (A particle trail grows over the snapshots shown; a bundle holds one, so its particles have none.)
     * In compare mode it is a comparison bundle ({@link FigureBundle#writeComparison}): the comparison, and run A's
     * and run B's own bundles in the folders A and B.
     */
    public void bundle() {
        FlowSnapshot live = shownOrSay(Pane.density);
        FlowSession.Started current = run.get();
        if (live == null || current == null) {
            return;
        }
        if (live.runId() != current.runId()) {
            status.showError("Bundle not written: the new run has not shown its first frame yet; try again.");
            return;
        }
        ComparedRun a = pinned.get();
        FlowSnapshot liveA = a == null ? null : panels.get(Pane.density).shownPinned();
        if (a != null && (liveA == null || a.started() == null || liveA.runId() != a.started().runId())) {
            status.showError("Bundle not written: run A has not shown its first frame yet; try again.");
            return;
        }
        Optional<Path> asked = askForEveryPane("Save a figure bundle", "Save the bundle into",
                a == null ? FigureBundle.DATA_FILES : FigureBundle.comparisonFiles());
        if (asked.isEmpty()) {
            return;
        }
        Path dir = asked.get();
        folder = dir.getParent() == null ? dir : dir.getParent();
        ExportChoice c = choice;
        Experiment e = current.experiment();
        if (a != null) {
            Experiment ea = a.started().experiment();
            // The comparison's chart holds A and B only: neither bundle brings the window's earlier runs.
            report("the comparison bundle", shownViews().thenApplyAsync(views -> {
                FigureBundle.State stateA = new FigureBundle.State(ea.config(), Pane.forPrint(liveA), ea.stepSize(),
                        ea.teacher(), List.of());
                FigureBundle.State stateB = new FigureBundle.State(e.config(), Pane.forPrint(live), e.stepSize(),
                        e.teacher(), List.of());
                try {
                    return FigureBundle.writeComparison(dir, stateA, stateB, List.of(Pane.values()), views,
                            c.formats(), c.settings(), FigureBundle.redrawCommand(dir));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }, worker));
            return;
        }
        report("the bundle", earlierRuns.get().thenCombine(shownViews(), Map::entry).thenApplyAsync(shown -> {
            FigureBundle.State state = new FigureBundle.State(e.config(), Pane.forPrint(live), e.stepSize(), e.teacher(),
                    shown.getKey());
            try {
                return FigureBundle.write(dir, state, FigureBundle.figures(state, List.of(Pane.values()), shown.getValue()),
                        c.formats(), c.settings(), FigureBundle.redrawCommand(dir));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, worker));
    }

    /**
     * Asks for export settings, a folder, and whether to replace the files there that every pane in the chosen
     * formats and {@code alsoWritten} would replace: the folder, or empty if the user declined one of them.
     */
    private Optional<Path> askForEveryPane(String settingsTitle, String folderTitle, List<String> alsoWritten) {
        Optional<ExportChoice> asked = questions.exportChoice(owner.get(), settingsTitle, choice);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        choice = asked.get();
        Optional<Path> chosen = questions.folder(owner.get(), folderTitle, folder);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path dir = chosen.get().toAbsolutePath();
        List<String> names = new ArrayList<>(alsoWritten);
        for (Pane p : Pane.values()) {
            choice.formats().forEach(f -> names.add(p.name() + "." + f.extension()));
        }
        return questions.mayWrite(owner.get(), dir, names, null) ? Optional.of(dir) : Optional.empty();
    }

    /** Every pane's view options as it draws now, read on the painter thread. */
    private CompletableFuture<PaneViews> shownViews() {
        Map<Pane, Map<String, String>> options = new EnumMap<>(Pane.class);
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Pane p : Pane.values()) {
            all = all.thenCombine(panels.get(p).figureViewOptions(), (v, o) -> {
                options.put(p, o);
                return null;
            });
        }
        return all.thenApply(v -> new PaneViews(options));
    }

    /** Puts the pane {@code pane} on the clipboard as an image, drawn with the export settings chosen last. */
    public void copy(Pane pane) {
        FlowSnapshot live = shownOrSay(pane);
        if (live == null) {
            return;
        }
        FigureExporter exporter = new FigureExporter(choice.settings());
        panels.get(pane).drawFor(Pane::forPrint, exporter::image)
                .whenCompleteAsync((image, error) -> {
                    if (error != null) {
                        status.showError("Not copied: " + reason(error) + ". The run goes on.");
                        return;
                    }
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    status.showInfo("Copied the " + pane + " pane as an image, " + image.getWidth() + " × "
                            + image.getHeight() + " px (" + choice.settings().size().describe() + ").");
                }, fx);
    }

    /** Asks for a range and a file, then records the pane over it on a background task with progress and cancel. */
    public void record(Pane pane) {
        FlowSession.Started current = run.get();
        if (current == null) {
            status.showError("Nothing to record yet: the first run has not started.");
            return;
        }
        Optional<RecordChoice> asked = questions.recordChoice(owner.get(), recorder.lastChoice(pane));
        if (asked.isEmpty()) {
            return;
        }
        RecordChoice r = asked.get();
        Optional<Path> chosen = questions.file(owner.get(), "Record to a .gif, an .mp4, or a folder (no extension) "
                + "for PNG frames", folder, r.pane().name() + ".gif");
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get().toAbsolutePath();
        if (Files.isDirectory(out) && !questions.replace(owner.get(), List.of(out))) {
            return;
        }
        folder = out.getParent();
        // The pane as it is drawn now: its scalar, colour scale, curves on, ...; in compare mode A beside B, as shown.
        ComparedRun a = pinned.get();
        ExperimentConfig configA = a == null ? null : a.config();
        panels.get(r.pane()).figureViewOptions()
                .thenAcceptAsync(view -> recorder.record(current.experiment().config(), configA, r, view, out), fx);
    }

    /** Stops the recording under way, if any, leaving no file (the window closes). */
    public void cancelRecording() {
        recorder.cancel();
    }

    private FlowSnapshot shownOrSay(Pane pane) {
        FlowSnapshot live = panels.get(pane).shown();
        if (live == null) {
            status.showError("Nothing to export yet: the pane has not shown its first frame.");
        }
        return live;
    }

    /** The figure in every format of {@code c}, named {@code stem.<format>}; on the painter thread. */
    private static Map<String, byte[]> render(io.github.meanfieldlab.render.Figure figure, String stem, ExportChoice c) {
        return new FigureExporter(c.settings()).render(figure, stem, c.formats());
    }

    private static List<Path> writeAll(Path dir, Map<String, byte[]> files) {
        try {
            return ExportFiles.writeAll(dir, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says in the status bar what was written, or why nothing was. */
    private void report(String what, CompletableFuture<List<Path>> written) {
        status.showInfo("Exporting " + what + "…");
        written.whenCompleteAsync((files, error) -> {
            if (error != null) {
                status.showError("Export of " + what + " failed: " + reason(error) + ". Nothing was written; the run goes on.");
            } else {
                status.showInfo("Exported " + what + ": " + describe(files));
            }
        }, fx);
    }

    private static String describe(List<Path> files) {
        if (files.size() == 1) {
            return files.get(0).toString();
        }
        return files.size() + " files in " + files.get(0).getParent();
    }

    static String reason(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        for (ExportFormat f : ExportFormat.values()) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith("." + f.extension())) {
                return name.substring(0, name.length() - f.extension().length() - 1);
            }
        }
        return name;
    }
}
