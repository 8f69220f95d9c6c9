package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis or colour-bar label that reads bottom-up beside a plot, fitted to the height it may take: on one
 * line if it fits in type up to a fifth smaller, else broken at a space outside math and brackets into two
 * lines side by side, else in type down to half its size. So a label longer than its plot is short (the
 * density's "mass |u|·|(w, b)| per unit" in presentation mode) never runs up into the title and status above
 * the plot; past half size it is cut at its room rather than drawn over them.
 */
final class VerticalLabel {
    /** Type is made smaller to a fifth smaller on one line, to half on two. */
    private static final double SMALLEST_ON_ONE_LINE = 0.8;
    private static final double SMALLEST = 0.5;

    private final List<MathText> lines;

    private VerticalLabel(List<MathText> lines) {
        this.lines = lines;
    }

    /** {@code markup} in {@code font}, each line at most {@code room} long where it can be. */
    static VerticalLabel fit(String markup, Font font, double room) {
        MathText one = MathText.fitting(markup, font, room, SMALLEST_ON_ONE_LINE);
        if (one.width() <= room) {
            return new VerticalLabel(List.of(one));
        }
        double[] sizes = Look.shrinkingSizes(font.getSize2D(), SMALLEST * font.getSize2D());
        List<MathText> lines = shortestLines(markup, font);
        for (int i = 1; i < sizes.length && longest(lines) > room; i++) {
            lines = shortestLines(markup, font.deriveFont((float) sizes[i]));
        }
        return new VerticalLabel(lines);
    }

    /** One line, or two if a break makes the longer of them shorter than the one. */
    private static List<MathText> shortestLines(String markup, Font font) {
        List<MathText> best = List.of(MathText.of(markup, font));
        for (int at : breaks(markup)) {
            List<MathText> two = List.of(MathText.of(markup.substring(0, at).trim(), font),
                    MathText.of(markup.substring(at + 1).trim(), font));
            if (longest(two) < longest(best)) {
                best = two;
            }
        }
        return best;
    }

    /** The spaces outside $…$ and brackets, where the label may be broken: "PC 2 | (16 %)", not "|(w, | b)|". */
    private static List<Integer> breaks(String markup) {
        List<Integer> at = new ArrayList<>();
        boolean math = false;
        int depth = 0;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == '$') {
                math = !math;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ' ' && !math && depth == 0 && i > 0 && i < markup.length() - 1) {
                at.add(i);
            }
        }
        return at;
    }

    private static double longest(List<MathText> lines) {
        return lines.stream().mapToDouble(MathText::width).max().orElse(0);
    }

    /** How far the label reaches across, from its first line's top to its last line's bottom. */
    double thickness() {
        return lines.stream().mapToDouble(MathText::height).sum();
    }

    /** The length of the longest line. */
    double length() {
        return longest(lines);
    }

    /**
     * Where the label goes with its left edge at {@code left}: centred on {@code centre} when that keeps it
     * within {@code top} to {@code bottom}, else moved to stay within them.
     */
    Rectangle2D bounds(double left, double centre, double top, double bottom) {
        double length = length();
        double cy = Math.max(top + length / 2, Math.min(bottom - length / 2, centre));
        if (length > bottom - top) {
            cy = (top + bottom) / 2;
        }
        return new Rectangle2D.Double(left, cy - length / 2, thickness(), length);
    }

    /** Draws the label at {@link #bounds}, cut at {@code top} and {@code bottom} if it is still too long. */
    void draw(Graphics2D g, double left, double centre, double top, double bottom) {
        Rectangle2D box = bounds(left, centre, top, bottom);
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(box.getX(), top, box.getWidth(), bottom - top));
        double x = box.getX();
        for (MathText line : lines) {
            line.drawVertical(g, x + line.height() / 2, box.getCenterY());
            x += line.height();
        }
        g.setClip(clip);
    }
}
