package io.github.meanfieldlab.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed size of a figure, kept in points (1/72 in): a named preset (a journal column, a page's text
 * width, a 16:9 slide) or width × height in inches, centimetres or points.
 */
public record FigureSize(String name, double widthPt, double heightPt) {
    /** Smallest and largest side accepted, in points (0.5 in and 100 in). */
    public static final double MIN_PT = 36;
    public static final double MAX_PT = 7200;

    /** A journal column: 3.4 in wide, 4:3. */
    public static final FigureSize COLUMN = new FigureSize("column", 3.4 * 72, 2.55 * 72);
    /** A page's text width: 7 in wide. */
    public static final FigureSize TEXT = new FigureSize("text", 7 * 72, 4.2 * 72);
    /** A 16:9 slide, 13.33 × 7.5 in. */
    public static final FigureSize SLIDE = new FigureSize("slide", 13.333 * 72, 7.5 * 72);

    private static final Pattern CUSTOM = Pattern.compile("(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(in|cm|mm|pt)");

    public FigureSize {
        check(widthPt, "width");
        check(heightPt, "height");
    }

    private static void check(double pt, String what) {
        if (!(pt >= MIN_PT && pt <= MAX_PT)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure %s %.1f pt is out of range; allowed: %.0f to %.0f pt (0.5 to 100 in)", what, pt, MIN_PT, MAX_PT));
        }
    }

    /**
     * "column", "text", "slide", or "WxH" with a unit: "3.4x2.4in", "8x6cm", "240x170pt", "90x60mm".
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static FigureSize parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "column":
                return COLUMN;
            case "text":
                return TEXT;
            case "slide":
                return SLIDE;
            default:
                break;
        }
        Matcher m = CUSTOM.matcher(s.replace("×", "x").replace(" ", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("size '" + text + "' is not understood; allowed: column, text, slide, "
                    + "or WxH with a unit, like 3.4x2.4in, 8x6cm, 90x60mm or 240x170pt");
        }
        double perUnit = switch (m.group(3)) {
            case "in" -> 72;
            case "cm" -> 72 / 2.54;
            case "mm" -> 72 / 25.4;
            default -> 1;
        };
        return new FigureSize(s, Double.parseDouble(m.group(1)) * perUnit, Double.parseDouble(m.group(2)) * perUnit);
    }

    /** A size given in points, named by them. */
    public static FigureSize points(double widthPt, double heightPt) {
        return new FigureSize(String.format(Locale.ROOT, "%.6gx%.6gpt", widthPt, heightPt), widthPt, heightPt);
    }

    public double widthIn() {
        return widthPt / 72;
    }

    public double heightIn() {
        return heightPt / 72;
    }

    /** "column, 3.4 × 2.55 in (244.8 × 183.6 pt)"; a size given with its unit is not named again. */
    public String describe() {
        boolean preset = this.equals(COLUMN) || this.equals(TEXT) || this.equals(SLIDE);
        return (preset ? name + ", " : "") + number(widthIn()) + " × " + number(heightIn()) + " in (" + number(widthPt) + " × "
                + number(heightPt) + " pt)";
    }

    /** At most three decimals, no trailing zeros: 3.4, 2.55, 244.8. */
    static String number(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
