package io.github.meanfieldlab.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Size2D;

/** A chart title with its math typeset by {@link MathText}, as the other figures' titles are ("Loss $E(s)$"). */
final class TypesetTitle extends Title {
    private String markup;
    private Font font;
    private Paint paint;

    TypesetTitle(String markup) {
        this.markup = markup;
    }

    String markup() {
        return markup;
    }

    void setMarkup(String markup) {
        this.markup = markup;
    }

    void setFont(Font font) {
        this.font = font;
    }

    void setPaint(Paint paint) {
        this.paint = paint;
    }

    private MathText text() {
        return MathText.of(markup, font);
    }

    @Override
    public Size2D arrange(Graphics2D g, RectangleConstraint constraint) {
        MathText text = text();
        return new Size2D(calculateTotalWidth(text.width()), calculateTotalHeight(text.height()));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = trimPadding(trimBorder(trimMargin(area)));
        MathText text = text();
        double x = getHorizontalAlignment() == HorizontalAlignment.LEFT ? inner.getX()
                : getHorizontalAlignment() == HorizontalAlignment.RIGHT ? inner.getMaxX() - text.width()
                : inner.getCenterX() - text.width() / 2;
        g.setPaint(paint);
        text.draw(g, x, inner.getY() + text.ascent());
    }

    @Override
    public Object draw(Graphics2D g, Rectangle2D area, Object params) {
        draw(g, area);
        return null;
    }
}
