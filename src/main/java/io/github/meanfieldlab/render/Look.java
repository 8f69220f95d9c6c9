package io.github.meanfieldlab.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * How a figure is drawn, apart from what it shows: a style, the size of its text in points, its colours,
 * and whether the title and the status line are drawn. Figures measure everything in points (1/72 in), so
 * the same look gives the same printed text at any figure size and in every format; lines and markers follow
 * the figure's size instead (Theme.lineScale), not the text.
 *
 * @param fontPt the size of axis labels and legends in points; tick labels are a little smaller, the title larger
 * @param title whether the pane's title is drawn
 * @param status whether the status line (s, step, E) is drawn
 */
public record Look(Style style, double fontPt, Palette palette, boolean title, boolean status) {
    /** Smallest and largest text size accepted. */
    public static final double MIN_FONT_PT = 4;
    public static final double MAX_FONT_PT = 48;
    /** Text made smaller to fit a figure stops at this size in points: still legible in print. */
    static final double SMALLEST_FITTED_PT = 6;
    /** How much smaller text gets in each step of {@link #shrinkingSizes}: a tenth. */
    private static final double SHRINK_STEP = 0.9;

    /** The app's panes. */
    public static final Look SCREEN = of(Style.SCREEN);

    /** Where the figure goes; each has its own default text size and decides whether title and status are drawn. */
    public enum Style {
        /** A journal column: 8 pt text, no title or status line (the caption says what the figure is). */
        PAPER(8, false),
        /** The app's panes and figures looked at on a screen: 12 pt, title and status. */
        SCREEN(12, true),
        /** A projected slide: 20 pt, title and status. */
        SLIDE(20, true);

        private final double fontPt;
        private final boolean titled;

        Style(double fontPt, boolean titled) {
            this.fontPt = fontPt;
            this.titled = titled;
        }

        /** The option value: "paper", "screen", "slide". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The colours of runs and colour maps. */
    public enum Palette {
        /** Okabe–Ito run colours, viridis, and a diverging blue–red map for signed values. */
        COLOUR,
        /** Every colour map monotone in lightness (signed values in cividis) and runs told apart by dashes too. */
        GREY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Look {
        if (style == null || palette == null) {
            throw new IllegalArgumentException("a look needs a style and a palette");
        }
        if (!(fontPt >= MIN_FONT_PT && fontPt <= MAX_FONT_PT)) {
            throw new IllegalArgumentException("font size " + fontPt + " pt is out of range; allowed: " + MIN_FONT_PT
                    + " to " + MAX_FONT_PT);
        }
    }

    /** {@code style} with its own text size, colour, and title and status as the style has them. */
    public static Look of(Style style) {
        return new Look(style, style.fontPt, Palette.COLOUR, style.titled, style.titled);
    }

    /**
     * This look, then with its text a tenth smaller at a time down to {@link #SMALLEST_FITTED_PT}: the looks to try,
     * in order, when a figure's text must be made smaller to fit. Text chosen smaller than that stays as it is.
     */
    List<Look> shrinking() {
        return Arrays.stream(shrinkingSizes(fontPt, SMALLEST_FITTED_PT)).mapToObj(this::withFontPt).toList();
    }

    /**
     * {@code pt}, then a tenth smaller at a time, down to {@code floorPt} ({@code pt} alone if it is no larger). The
     * sizes come in steps so that text fitted to a window being resized does not take a new size for every pixel.
     */
    static double[] shrinkingSizes(double pt, double floorPt) {
        return DoubleStream.iterate(1, scale -> scale * SHRINK_STEP)
                .takeWhile(scale -> scale * pt >= Math.min(floorPt, pt)).map(scale -> scale * pt).toArray();
    }

    public Look withFontPt(double pt) {
        return new Look(style, pt, palette, title, status);
    }

    public Look withPalette(Palette p) {
        return new Look(style, fontPt, p, title, status);
    }

    public Look withTitle(boolean on) {
        return new Look(style, fontPt, palette, on, status);
    }

    public Look withStatus(boolean on) {
        return new Look(style, fontPt, palette, title, on);
    }
}
