package io.github.meanfieldlab.app;

import io.github.meanfieldlab.lesson.Lesson;
import io.github.meanfieldlab.lesson.Lessons;
import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.DepthFlowFigure;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.FitFigure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.ParticleFigure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The window's start-up work that needs no JavaFX, begun on a thread of its own before JavaFX starts, so that it
 * runs while the toolkit comes up (a second or more, during which the FX thread runs nothing of ours): reading
 * the settings (the first use of Jackson and the default experiment), the lesson index, and one drawing of every
 * figure's empty frame, which loads the fonts, JLaTeXMath, JFreeChart and Java2D's rasteriser that the window's
 * panels and the painter's first painting would otherwise wait for. Timed one after the other in a fresh JVM on
 * the loaded development machine: 1.5 s, 0.3 s and 2.2 s. Paired {@code app --measure} runs there put the FX
 * thread's CPU time until the main window is shown 0.2 to 0.6 s lower with it (1.7 against 2.0 to 2.6 s in
 * all). A window started without {@link #begin} (tests) reads everything itself, as before.
 */
final class StartupWork {
    private static volatile StartupWork begun;

    private final Path settingsFile;
    /** The store; even making one costs Jackson's start (0.3 s and more), so that is done on the thread too. */
    private final CompletableFuture<SettingsStore> store = new CompletableFuture<>();
    private final CompletableFuture<Optional<AppSettings>> settings = new CompletableFuture<>();
    private final CompletableFuture<List<Lesson>> lessons = new CompletableFuture<>();

    private StartupWork(Path settingsFile) {
        this.settingsFile = settingsFile;
        Thread t = new Thread(this::run, "meanfield-startup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Begins reading the settings of {@code settingsFile} (null: the user's own) and the lessons and warming the
     * figures; returns at once.
     */
    static void begin(Path settingsFile) {
        begun = new StartupWork(settingsFile);
    }

    /** The settings file {@code --settings} names, or null for the user's own: the store the window uses. */
    static SettingsStore storeFor(Path settingsFile) {
        return settingsFile != null ? new JsonSettingsStore(settingsFile) : SettingsStore.inUserHome();
    }

    /** The store {@link #begin} read ahead, whose {@code load()} hands over what it read; empty without begin. */
    static Optional<SettingsStore> store() {
        StartupWork w = begun;
        return w == null ? Optional.empty() : Optional.of(w.new ReadAhead());
    }

    /** The lessons, as {@link Lessons#all()} reads them: read ahead if {@link #begin} was called. */
    static List<Lesson> lessons() {
        StartupWork w = begun;
        return w == null ? Lessons.all() : join(w.lessons::join);
    }

    private void run() {
        complete(store, () -> storeFor(settingsFile));
        complete(settings, () -> join(store::join).load());
        // In the order the FX thread needs them: the lessons for the menus, then the figures for the painter.
        complete(lessons, Lessons::all);
        warmFigures();
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> work) {
        try {
            future.complete(work.get());
        } catch (RuntimeException | Error e) {
            // Handed to the FX thread, which reports it as it would have reported its own reading.
            future.completeExceptionally(e);
        }
    }

    /**
     * Draws each figure's empty frame once, off screen. A figure that cannot even draw that will fail again in
     * its pane, which says so; here the error is of no use, and start-up goes on.
     */
    private static void warmFigures() {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_ARGB_PRE);
        for (Supplier<Figure> figure : List.<Supplier<Figure>>of(DensityFigure::new, ParticleFigure::new,
                LossFigure::new, FitFigure::new, DepthFlowFigure::new)) {
            Graphics2D g = image.createGraphics();
            try {
                figure.get().draw(g, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
            } catch (RuntimeException e) {
                // See the method's comment.
            } finally {
                g.dispose();
            }
        }
    }

    /** The result of {@code read}, with the exception the work threw rethrown as itself. */
    private static <T> T join(Supplier<T> read) {
        try {
            return read.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The begun store, whose {@code load()} returns the settings read at start-up: the app's one window reads them once. */
    private final class ReadAhead implements SettingsStore {
        @Override
        public Optional<AppSettings> load() {
            return join(settings::join);
        }

        @Override
        public void save(AppSettings saved) {
            join(store::join).save(saved);
        }

        @Override
        public Optional<Path> lastSessionFile() {
            return join(store::join).lastSessionFile();
        }
    }
}
