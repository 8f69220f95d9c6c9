package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss E(s) on a log axis against pseudo-time s, with the dissipation I(s), the flow-fidelity ratio and
 * the accuracy on demand; earlier runs stay as faded curves labelled with what changed.
 */
public final class LossFigure implements Figure {
    private final JFreeChart chart;
    private boolean showDissipation = true;
    private boolean showFidelity;
    private boolean showAccuracy = true;

    public LossFigure() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("pseudo-time s"), new LogAxis("E"),
                new XYLineAndShapeRenderer(true, false));
        plot.setNoDataMessage("waiting for the flow");
        chart = new JFreeChart("Loss E(s)", Theme.TITLE, plot, true);
    }

    /** Appends the rows of {@code snapshot}'s history that this figure has not seen yet. */
    public void show(FlowSnapshot snapshot) {
    }

    /**
     * Archives the current curves as a faded run and labels the run that follows with {@code label}, which
     * should say what changed ("M = 256").
     */
    public void startRun(String label) {
    }

    public boolean isShowDissipation() {
        return showDissipation;
    }

    public void setShowDissipation(boolean show) {
        this.showDissipation = show;
    }

    public boolean isShowFidelity() {
        return showFidelity;
    }

    public void setShowFidelity(boolean show) {
        this.showFidelity = show;
    }

    public boolean isShowAccuracy() {
        return showAccuracy;
    }

    /** Accuracy is drawn only when the labels are ±1, whatever this says. */
    public void setShowAccuracy(boolean show) {
        this.showAccuracy = show;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Theme.applyHints(g);
        chart.draw(g, area);
    }
}
