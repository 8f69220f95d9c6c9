package io.github.meanfieldlab.render;

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
}
