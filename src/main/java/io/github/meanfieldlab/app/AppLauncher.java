package io.github.meanfieldlab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * Opens the app from a main class that is not itself an {@link Application} (so it starts from the class path),
 * and turns a missing display into one clear message and an exit code instead of a stack trace.
 */
public final class AppLauncher {
    /** Exit code when there is no display to open the window on. */
    public static final int NO_DISPLAY = 4;

    private AppLauncher() {
    }

    /**
     * Opens the window and returns when it has closed: 0, or {@link #NO_DISPLAY} after a message on {@code err}.
     *
     * @param settings the settings file, or null for the user's own ({@code ~/.meanfield-lab/app-settings.json})
     * @param measureSeconds when positive, measure for this long, print the report and quit; the default
     *     experiment is measured, with a throw-away settings file unless {@code settings} is given
     */
    public static int launch(Path settings, double measureSeconds, PrintWriter err) {
        return launch(settings, measureSeconds, false, false, err);
    }

    /**
     * As above; with {@code measurePace}, measure the wall time the first run takes to reach its target at the
     * window's pace (the default experiment at the default pace, unless {@code settings} is given), print it
     * and quit; with {@code measureCompare}, the measurement of {@code measureSeconds} is made in compare mode.
     */
    public static int launch(Path settings, double measureSeconds, boolean measurePace, boolean measureCompare,
                             PrintWriter err) {
        String missing = missingDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"));
        if (missing != null) {
            err.println("error: " + missing);
            return NO_DISPLAY;
        }
        List<String> args = new ArrayList<>();
        if (settings == null && (measureSeconds > 0 || measurePace)) {
            settings = throwAwaySettings();
        }
        if (settings != null) {
            args.add("--settings=" + settings);
        }
        // While JavaFX starts: the settings, the lessons and the figures' first drawing (see StartupWork).
        StartupWork.begin(settings);
        if (measureSeconds > 0) {
            args.add("--measure=" + measureSeconds);
        }
        if (measurePace) {
            args.add("--measure-pace=true");
        }
        if (measureCompare) {
            args.add("--measure-compare=true");
        }
        try {
            Application.launch(MeanFieldApp.class, args.toArray(String[]::new));
            return 0;
        } catch (RuntimeException | LinkageError e) {
            err.println("error: the window cannot be opened: " + rootMessage(e) + "\n" + HINT);
            return NO_DISPLAY;
        }
    }

    private static final String HINT = "Without a screen, run it under Xvfb (xvfb-run java -jar target/meanfield-lab.jar), "
            + "or use the command line: java -jar target/meanfield-lab.jar run --out DIR";

    /**
     * Why there is surely no display to open a window on, or null when there may be one: on Linux and other
     * X11 systems (not macOS or Windows), neither DISPLAY nor WAYLAND_DISPLAY is set and no headless glass
     * platform (Monocle) was chosen.
     */
    static String missingDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || glassPlatform != null) {
            return null;
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "MeanField Lab needs a display for its window, and this session has none (DISPLAY is not set).\n" + HINT;
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static Path throwAwaySettings() {
        try {
            Path dir = Files.createTempDirectory("meanfield-measure");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("app-settings.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a settings file for the measurement: " + e.getMessage(), e);
        }
    }
}
