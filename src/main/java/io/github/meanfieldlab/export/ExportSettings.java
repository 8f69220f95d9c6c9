package io.github.meanfieldlab.export;

import io.github.meanfieldlab.render.Look;
import java.util.Locale;

/**
 * Everything that decides how an exported figure looks, apart from what it shows: its printed size, its look
 * (style, text size, palette, title and status) and the resolution of PNGs. The app's export dialog and the
 * {@code figure} and {@code animate} commands make one of these, so the same choices give the same file.
 */
public record ExportSettings(FigureSize size, Look look, int dpi) {
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;
    /** Pixels a side a PNG may have. */
    static final int MAX_PIXELS = 32_000;

    public ExportSettings {
        if (size == null || look == null) {
            throw new IllegalArgumentException("export settings need a size and a look");
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi " + dpi + " is out of range; allowed: " + MIN_DPI + " to " + MAX_DPI);
        }
        if (Math.round(size.widthIn() * dpi) > MAX_PIXELS || Math.round(size.heightIn() * dpi) > MAX_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + size.describe() + " at " + dpi + " dpi is too large; "
                    + "allowed: at most " + MAX_PIXELS + " pixels a side");
        }
    }

    /** A column-wide paper figure at 300 dpi: what {@code figure} gives when asked for nothing else. */
    public static ExportSettings paper() {
        return new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 300);
    }

    /** PNG width in pixels: inches × dpi. */
    public int pixelWidth() {
        return (int) Math.round(size.widthIn() * dpi);
    }

    public int pixelHeight() {
        return (int) Math.round(size.heightIn() * dpi);
    }

    /** One line for the terminal: size, style, text, palette and what a PNG will be. */
    public String describe() {
        return String.format(Locale.ROOT, "%s; %s style, %s pt text, %s palette%s%s; PNG at %d dpi = %d × %d px",
                size.describe(), look.style().id(), FigureSize.number(look.fontPt()), look.palette().id(),
                look.title() ? ", title" : "",
                look.status() ? ", status line" : "", dpi, pixelWidth(), pixelHeight());
    }
}
