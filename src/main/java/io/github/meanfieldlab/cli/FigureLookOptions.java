package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.render.Look;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose a figure's printed size, look and resolution, shared by figure and animate. */
final class FigureLookOptions {
    /** The option names, for commands that must refuse them together with another option. */
    static final List<String> NAMES = List.of("--size", "--style", "--font-pt", "--title", "--status", "--palette", "--dpi");

    @Option(names = "--size", paramLabel = "SIZE", description = "column (3.4 × 2.55 in), text (7 × 4.2 in), slide "
            + "(13.33 × 7.5 in), or WxH with a unit: 3.4x2.4in, 8x6cm, 90x60mm, 240x170pt; default: ${DEFAULT-VALUE}.")
    private String size;

    @Option(names = "--style", paramLabel = "STYLE", description = "paper (8 pt text, no title or status line), screen "
            + "(12 pt, title and status) or slide (20 pt, title and status); default: ${DEFAULT-VALUE}.")
    private Look.Style style;

    @Option(names = "--font-pt", paramLabel = "PT", description = "Text size in points (labels; ticks are 7/8 of it); "
            + "default: the style's.")
    private Double fontPt;

    @Option(names = "--title", negatable = true, description = "Draw each pane's title (--no-title: leave it out); "
            + "default: the style's.")
    private Boolean title;

    @Option(names = "--status", negatable = true, description = "Draw the status line (s, step, E); default: the style's.")
    private Boolean status;

    @Option(names = "--palette", paramLabel = "PALETTE", description = "colour (Okabe–Ito runs, viridis) or grey "
            + "(every map monotone in lightness, runs also dashed); default: ${DEFAULT-VALUE}.")
    private Look.Palette palette = Look.Palette.COLOUR;

    @Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution, 72 to 600, written into the file; "
            + "pixels = inches × DPI; default: ${DEFAULT-VALUE}.")
    private Integer dpi;

    FigureLookOptions(String defaultSize, Look.Style defaultStyle, int defaultDpi) {
        size = defaultSize;
        style = defaultStyle;
        dpi = defaultDpi;
    }

    /** The settings these options give, or one message naming the option that is wrong. */
    ExportSettings settings() {
        FigureSize figureSize;
        try {
            figureSize = FigureSize.parse(size);
        } catch (IllegalArgumentException e) {
            throw new InputException("--size: " + e.getMessage());
        }
        Look look = Look.of(style).withPalette(palette);
        if (fontPt != null) {
            try {
                look = look.withFontPt(fontPt);
            } catch (IllegalArgumentException e) {
                throw new InputException("--font-pt: " + e.getMessage());
            }
        }
        if (title != null) {
            look = look.withTitle(title);
        }
        if (status != null) {
            look = look.withStatus(status);
        }
        try {
            return new ExportSettings(figureSize, look, dpi);
        } catch (IllegalArgumentException e) {
            throw new InputException("--dpi/--size: " + e.getMessage());
        }
    }
}
