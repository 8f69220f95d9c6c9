package io.github.meanfieldlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * JFreeChart axes whose names ("pseudo-time $s$", "$\lambda_{\min}$") are typeset by {@link MathText}, as every other
 * figure's are: the axis measures and draws its label through the same code as {@link PlotFrame}, so the math is
 * JLaTeXMath's in the app, in a PNG, and as vector outlines in an SVG or a PDF. The label is the axis's plain
 * {@code getLabel()}, in markup; only where it is measured and drawn changes, JFreeChart lays out the rest.
 */
final class TypesetAxes {
    /** The smallest fraction of the label font a vertical name shrinks to. */
    static final double SMALLEST = 0.5;

    private TypesetAxes() {
    }

    /** A linear axis with a typeset name. */
    static NumberAxis number() {
        return new Number();
    }

    /** A logarithmic axis with a typeset name. */
    static LogAxis log() {
        return new Log();
    }

    // One subclass per axis type, each only handing its two label hooks to enclosure and drawTypeset: JFreeChart
    // offers those hooks as protected methods of the axis classes, not as a strategy an axis could be given.
    // PanelAxes extends them with the stacked panels' ticks.
    static class Number extends NumberAxis {
        private double overhang;

        @Override
        protected Rectangle2D getLabelEnclosure(Graphics2D g, RectangleEdge edge) {
            return enclosure(this, edge);
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g, Rectangle2D plotArea, Rectangle2D dataArea,
                                      RectangleEdge edge, AxisState state) {
            return drawTypeset(this, g, dataArea, overhang, edge, state);
        }
    }

    static class Log extends LogAxis {
        private double overhang;

        @Override
        protected Rectangle2D getLabelEnclosure(Graphics2D g, RectangleEdge edge) {
            return enclosure(this, edge);
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g, Rectangle2D plotArea, Rectangle2D dataArea,
                                      RectangleEdge edge, AxisState state) {
            return drawTypeset(this, g, dataArea, overhang, edge, state);
        }
    }

    /**
     * Lets a vertical name reach {@code points} beyond either end of its panel before it shrinks: into half the gap
     * between stacked panels, which their names, centred on their panels, share. A short panel's name then keeps the
     * size of the tick labels beside it.
     */
    static void setNameOverhang(ValueAxis axis, double points) {
        if (axis instanceof Number n) {
            n.overhang = points;
        } else if (axis instanceof Log l) {
            l.overhang = points;
        } else {
            throw new IllegalArgumentException("not a typeset axis: " + axis.getClass().getName());
        }
    }

    private static MathText text(ValueAxis axis) {
        String label = axis.getLabel();
        return label == null || label.isEmpty() ? null : MathText.of(label, axis.getLabelFont());
    }

    /** The room the label takes beside the axis, insets included: across is its height, turned on a vertical axis. */
    private static Rectangle2D enclosure(ValueAxis axis, RectangleEdge edge) {
        MathText text = text(axis);
        if (text == null) {
            return new Rectangle2D.Double();
        }
        RectangleInsets in = axis.getLabelInsets();
        return RectangleEdge.isLeftOrRight(edge)
                ? new Rectangle2D.Double(0, 0, in.getLeft() + text.height() + in.getRight(),
                        in.getTop() + text.width() + in.getBottom())
                : new Rectangle2D.Double(0, 0, in.getLeft() + text.width() + in.getRight(),
                        in.getTop() + text.height() + in.getBottom());
    }

    /**
     * Draws the label centred along the data area, outside the ticks at {@code state}'s cursor (vertical labels read
     * bottom-up), and moves the cursor past it as JFreeChart's own labels do.
     */
    private static AxisState drawTypeset(ValueAxis axis, Graphics2D g, Rectangle2D dataArea, double overhang,
                                         RectangleEdge edge, AxisState state) {
        MathText text = text(axis);
        if (text == null || !axis.isVisible()) {
            return state;
        }
        RectangleInsets in = axis.getLabelInsets();
        g.setPaint(axis.getLabelPaint());
        double cursor = state.getCursor();
        if (edge == RectangleEdge.BOTTOM) {
            text.drawCentred(g, dataArea.getCenterX(), cursor + in.getTop() + text.ascent());
            state.cursorDown(in.getTop() + text.height() + in.getBottom());
        } else if (edge == RectangleEdge.TOP) {
            text.drawCentred(g, dataArea.getCenterX(), cursor - in.getBottom() - text.descent());
            state.cursorUp(in.getTop() + text.height() + in.getBottom());
        } else {
            // A panel of a stacked chart may be lower than its name is long (five panels at column size): the name
            // shrinks to the panel's height rather than run into the panels above and below.
            MathText fitted = MathText.fitting(axis.getLabel(), axis.getLabelFont(), dataArea.getHeight() + 2 * overhang,
                    SMALLEST);
            double across = in.getLeft() + fitted.height() + in.getRight();
            if (edge == RectangleEdge.LEFT) {
                fitted.drawVertical(g, cursor - in.getRight() - fitted.height() / 2, dataArea.getCenterY());
                state.cursorLeft(across);
            } else {
                fitted.drawVertical(g, cursor + in.getLeft() + fitted.height() / 2, dataArea.getCenterY());
                state.cursorRight(across);
            }
        }
        return state;
    }
}
