package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The figures' {@link Theme} as a JFreeChart theme, so the loss chart takes its fonts and colours from the same
 * place as every other figure instead of a copy of them.
 */
final class LossChartTheme {
    private LossChartTheme() {
    }

    /** Title, axis labels, tick labels and legend in the theme's fonts; the theme's neutral colours. */
    static StandardChartTheme of(Theme t) {
        StandardChartTheme c = new StandardChartTheme("MeanField Lab " + t.look, false);
        c.setExtraLargeFont(t.title);
        c.setLargeFont(t.label);
        c.setRegularFont(t.tick);
        c.setSmallFont(t.tick);
        c.setTitlePaint(Theme.INK);
        c.setSubtitlePaint(Theme.MUTED);
        c.setChartBackgroundPaint(Theme.BACKGROUND);
        c.setLegendBackgroundPaint(Theme.BACKGROUND);
        c.setLegendItemPaint(Theme.INK);
        c.setPlotBackgroundPaint(Theme.PLOT_BACKGROUND);
        c.setPlotOutlinePaint(Theme.INK);
        c.setDomainGridlinePaint(Theme.GRID);
        c.setRangeGridlinePaint(Theme.GRID);
        c.setAxisLabelPaint(Theme.INK);
        c.setTickLabelPaint(Theme.INK);
        c.setAxisOffset(RectangleInsets.ZERO_INSETS);
        c.setShadowVisible(false);
        return c;
    }

    /**
     * {@code markup} as JFreeChart can draw it: the "$…$" math in italics, in {@code font}. (JFreeChart lays out
     * its own labels, so the loss chart's names are set in the text face rather than typeset by {@link MathText}.)
     */
    static AttributedString label(String markup, Font font) {
        StringBuilder text = new StringBuilder();
        String[] parts = markup.split("\\$", -1);
        int[] mathStart = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            mathStart[i] = text.length();
            text.append(parts[i]);
        }
        AttributedString s = new AttributedString(text.toString());
        if (text.length() == 0) {
            return s;
        }
        s.addAttribute(TextAttribute.FAMILY, font.getFamily());
        s.addAttribute(TextAttribute.SIZE, font.getSize2D());
        for (int i = 1; i < parts.length; i += 2) {
            if (!parts[i].isEmpty()) {
                s.addAttribute(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE, mathStart[i],
                        mathStart[i] + parts[i].length());
            }
        }
        return s;
    }
}
