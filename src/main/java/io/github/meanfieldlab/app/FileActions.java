package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.lesson.Lesson;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.session.Session;
import io.github.meanfieldlab.session.SessionFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the File menu does: open an experiment, a data file, a lesson or a session, save the experiment or the
 * session, and keep the last session when the window closes. A file that cannot be used is refused with one
 * message and changes nothing: the current run goes on and no file is written. FX thread only.
 */
public final class FileActions {
    /** What the window's title calls the built-in default experiment. */
    static final String DEFAULT_NAME = "default experiment";

    private final LabModel model;
    private final Supplier<Optional<Session>> shown;
    private final LessonPanel lessons;
    private final RecentFiles recent;
    private final Optional<Path> lastSession;
    private final Consumer<String> errors;
    private final Consumer<String> infos;
    private final ReadOnlyStringWrapper document = new ReadOnlyStringWrapper(this, "document");

    /**
     * @param shown the window's run as a session (empty before its first snapshot)
     * @param lastSession where the session is kept when the window closes; empty for none
     * @param errors where a refusal goes (the status bar)
     * @param infos where news of a success goes
     */
    FileActions(LabModel model, Supplier<Optional<Session>> shown, LessonPanel lessons, RecentFiles recent,
                Optional<Path> lastSession, Consumer<String> errors, Consumer<String> infos, String startName) {
        this.model = model;
        this.shown = shown;
        this.lessons = lessons;
        this.recent = recent;
        this.lastSession = lastSession;
        this.errors = errors;
        this.infos = infos;
        document.set(startName);
    }

    /** The name of what the window shows: the experiment, lesson or file opened last (the window's title). */
    public ReadOnlyStringProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** File ▸ New: the built-in default experiment from ρ_ini. */
    public void newExperiment() {
        lessons.hide();
        model.open(ConfigIO.defaults());
        document.set(DEFAULT_NAME);
    }

    /** Opens {@code file} by its kind (a drop, a recent file); false, with a message, if it was refused. */
    public boolean open(Path file) {
        Optional<FileKind> kind = FileKind.of(file);
        if (kind.isEmpty()) {
            errors.accept("Not opened: " + file.getFileName() + " is not an experiment (.json), data (.csv) or "
                    + "session (.mflab) file. The current run goes on.");
            return false;
        }
        return switch (kind.get()) {
            case EXPERIMENT -> openExperiment(file);
            case DATA -> openData(file);
            case SESSION -> openSession(file);
        };
    }

    /** Runs the configuration in {@code file}, read with the command line's checks. */
    public boolean openExperiment(Path file) {
        return open(file, ConfigIO::read, config -> {
            lessons.hide();
            model.open(config);
        });
    }

    /**
     * Trains the form's experiment on the samples in {@code file}, checked as {@code run --data} checks them; D
     * grows to the data's dimension if it is smaller.
     */
    public boolean openData(Path file) {
        return open(file, DataCsv::read, data -> model.open(withData(model.formProperty().get(), file, data)));
    }

    private static ExperimentConfig withData(ExperimentConfig c, Path file, Dataset data) {
        ExperimentConfig.Data d = c.data();
        ExperimentConfig.Model m = c.model();
        ExperimentConfig next = c.withData(new ExperimentConfig.Data(d.generator(), file.toAbsolutePath().toString(),
                d.samples(), d.noise(), d.seed(), d.standardize(), d.teacherWidth()));
        return m.stateDimension() >= data.dimension() ? next : next.withModel(m.withStateDimension(data.dimension()));
    }

    /** Continues the session in {@code file} exactly where it stopped; a file from anyone is checked in full first. */
    public boolean openSession(Path file) {
        return open(file, SessionFile::read, session -> {
            lessons.hide();
            model.resume(session);
            infos.accept("Session " + file.getFileName() + " continues at step " + session.steps() + ".");
        });
    }

    /**
     * Reads {@code file} with {@code read}, which checks all of it, and only then hands it to {@code use}: a
     * refused file changes nothing.
     */
    private <T> boolean open(Path file, Function<Path, T> read, Consumer<T> use) {
        T content;
        try {
            content = read.apply(file);
        } catch (InputException | IllegalArgumentException e) {
            return refused(file, e);
        }
        use.accept(content);
        opened(file);
        return true;
    }

    /** Opens {@code lesson}: its text beside the panes and its first run. */
    public void openLesson(Lesson lesson) {
        lessons.show(lesson);
        model.open(lesson.runs().get(0).config());
        document.set(lesson.title());
    }

    /** Runs {@code run} of the lesson shown, beside the runs before it on the loss chart. */
    void runLessonRun(Lesson.Run run) {
        model.open(run.config());
    }

    /** Writes the running experiment's configuration to {@code file}; false, with a message, if it could not. */
    public boolean saveExperiment(Path file) {
        ExperimentConfig c = model.running() != null ? model.running() : model.formProperty().get();
        try {
            AtomicFile.writeText(file, w -> w.write(ConfigIO.toJson(c)));
        } catch (IOException e) {
            errors.accept("Not saved: " + e.getMessage());
            return false;
        }
        saved(file);
        return true;
    }

    /**
     * Writes the window's run (particles, history, earlier runs) to {@code file}; false, with a message, if it could
     * not. In compare mode that is run B, and the message says so: a session holds one run (its format, read by
     * every version since the first, has no place for a second), and a comparison bundle keeps both.
     */
    public boolean saveSession(Path file) {
        Optional<Session> session = shown.get();
        if (session.isEmpty()) {
            errors.accept("Not saved: the run has not shown its first state yet.");
            return false;
        }
        try {
            SessionFile.write(session.get(), file);
        } catch (IOException e) {
            errors.accept("Not saved: " + file + ": " + e.getMessage());
            return false;
        }
        saved(file);
        ComparedRun a = model.pinnedProperty().get();
        if (a != null) {
            String[] labels = Comparison.labels(a.config(), session.get().config());
            infos.accept("Saved run " + labels[1] + " to " + file + ". Run " + labels[0] + " is not saved in the "
                    + "session: save a figure bundle (Export ▸ Save figure bundle…) to keep both.");
        }
        return true;
    }

    /** Whether a last session was kept when the window closed before. */
    public boolean hasLastSession() {
        return lastSession.map(Files::isRegularFile).orElse(false);
    }

    /** File ▸ Reopen last session: the run shown when the window last closed, with its particles and history. */
    public boolean reopenLastSession() {
        if (!hasLastSession()) {
            errors.accept("No last session: one is kept when the window closes.");
            return false;
        }
        return openSession(lastSession.get());
    }

    /**
     * Keeps the window's run for "Reopen last session"; called as the window closes. A failure is reported on
     * standard error (the window is gone) and leaves the session kept before.
     */
    void keepLastSession() {
        Optional<Session> session = shown.get();
        if (lastSession.isEmpty() || session.isEmpty()) {
            return;
        }
        try {
            SessionFile.write(session.get(), lastSession.get());
        } catch (IOException e) {
            System.err.println("warning: the last session was not kept: " + e.getMessage());
        }
    }

    /** The files opened or saved last, newest first. */
    List<Path> recentFiles() {
        return List.copyOf(recent.files());
    }

    /** The name a save dialog offers: the document's, without its extension. */
    String suggestedName() {
        String n = document.get();
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    private boolean refused(Path file, RuntimeException e) {
        recent.remove(file);
        errors.accept("Not opened: " + e.getMessage() + ". The current run goes on.");
        return false;
    }

    private void opened(Path file) {
        recent.add(file);
        document.set(file.getFileName().toString());
    }

    private void saved(Path file) {
        recent.add(file);
        document.set(file.getFileName().toString());
        infos.accept("Saved " + file + ".");
    }
}
