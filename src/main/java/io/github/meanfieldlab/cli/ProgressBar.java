package io.github.meanfieldlab.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar with the time left, on standard error: redrawn in place on a terminal, one line every few
 * seconds in a log (a batch job's output file). Our own rather than a library's: a line of text needs no
 * terminal library, and the same code then prints into a test's {@code StringWriter}.
 */
final class ProgressBar {
    private static final int BAR = 24;
    private static final long TERMINAL_NANOS = 250_000_000L;
    private static final long LOG_NANOS = 5_000_000_000L;
    /** Below this the rate so far says little (a JIT warming up): no estimate rather than one of hours. */
    private static final double MIN_FRACTION = 0.02;

    private final PrintWriter err;
    private final boolean terminal;
    private final long interval;
    private final long start = System.nanoTime();
    private long lastDrawn = start;
    private int lastLength;

    /** @param terminal redraw one line in place (true), or print a new line now and then (false) */
    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.interval = terminal ? TERMINAL_NANOS : LOG_NANOS;
    }

    /** A bar on the terminal if this process has one, else a log. */
    static ProgressBar onStandardError(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    /** Shows {@code fraction} (0 to 1) done and {@code detail}, unless it was shown less than an interval ago. */
    void update(double fraction, String detail) {
        long now = System.nanoTime();
        if (now - lastDrawn < interval) {
            return;
        }
        lastDrawn = now;
        draw(line(fraction, detail, (now - start) / 1e9));
    }

    /** Shows the end: the bar full, the time taken, and a new line. */
    void finish(String detail) {
        draw(line(1, detail, (System.nanoTime() - start) / 1e9));
        breakLine();
    }

    /**
     * Ends the line a terminal's bar is redrawn on, so that a line printed next (an error) stands on its own;
     * the next update draws the bar below it. A log's lines end anyway.
     */
    void breakLine() {
        if (terminal && lastLength > 0) {
            err.println();
            err.flush();
            lastLength = 0;
        }
    }

    private void draw(String line) {
        if (terminal) {
            // Spaces over the rest of a longer previous line, then back to the start of the line.
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** "[#######.........]  31%  detail  0:42 left": the time left assumes the rate so far holds. */
    static String line(double fraction, String detail, double elapsedSeconds) {
        double f = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * BAR);
        String left;
        if (f >= 1) {
            left = "took " + clock(elapsedSeconds);
        } else if (f >= MIN_FRACTION && elapsedSeconds >= 1) {
            left = clock(elapsedSeconds * (1 - f) / f) + " left";
        } else {
            left = "time left unknown";
        }
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %s  %s", "#".repeat(filled), ".".repeat(BAR - filled),
                100 * f, detail, left);
    }

    /** 75 → "1:15", 4000 → "1:06:40". */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
