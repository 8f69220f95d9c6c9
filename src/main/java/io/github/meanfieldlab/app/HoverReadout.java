package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.Hits;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The read-out under the pointer: a particle's (l, m) and θ, a sample's x, y and prediction, a loss curve's s
 * and E. The figure that drew the pane maps the pointer back to data (its hit test, asked on the painter
 * thread; in compare mode the half under the pointer, A's or B's, which the read-out names); this only asks and
 * shows the answer in a tooltip beside the pointer.
 */
final class HoverReadout<F extends SnapshotFigure> {
    private final FigurePanel<F> panel;
    private final BiFunction<F, Point2D, Optional<String>> readAt;
    private final Tooltip tip = new Tooltip();
    /** The pointer's newest position on the canvas (in canvas pixels and on screen) while it is over it. */
    private MouseEvent pointer;
    private boolean asking;

    private HoverReadout(FigurePanel<F> panel, BiFunction<F, Point2D, Optional<String>> readAt) {
        this.panel = panel;
        this.readAt = readAt;
        tip.getStyleClass().add("hover-readout");
        var canvas = panel.canvas();
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            pointer = e;
            if (!asking) {
                ask();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointer = null;
            tip.hide();
        });
    }

    /** Read-outs on the particle, fit and loss panes. */
    static void install(ParticlePanel particles, FitPanel fit, LossPanel loss) {
        new HoverReadout<>(particles, (f, p) -> f.particleAt(p.getX(), p.getY()).map(HoverReadout::describe));
        new HoverReadout<>(fit, (f, p) -> f.sampleAt(p.getX(), p.getY()).map(HoverReadout::describe));
        new HoverReadout<>(loss, (f, p) -> f.lossAt(p.getX(), p.getY()).map(HoverReadout::describe));
    }

    /** Asks the figure about the newest position; a move meanwhile is asked about when the answer comes. */
    private void ask() {
        MouseEvent at = pointer;
        double zoom = panel.canvas().getZoom();
        Point2D user = new Point2D(at.getX() / zoom, at.getY() / zoom);
        asking = true;
        panel.ask(readAt, user, text -> {
            asking = false;
            if (pointer == null) {
                return;
            }
            if (pointer != at) {
                ask();
                return;
            }
            show(text, at);
        });
    }

    private void show(Optional<String> text, MouseEvent at) {
        if (text.isEmpty()) {
            tip.hide();
            return;
        }
        tip.setText(text.get());
        tip.show(panel.canvas(), at.getScreenX() + 14, at.getScreenY() + 14);
    }

    /** What the tooltip says now, empty when hidden (tests). */
    String text() {
        return tip.isShowing() ? tip.getText() : "";
    }

    static String describe(Hits.Particle p) {
        StringJoiner theta = new StringJoiner(", ", "θ = (", ")");
        for (int j = 0; j < p.theta().length; j++) {
            theta.add(p.coordinateNames().get(j) + " " + number(p.theta()[j]));
        }
        return "particle (l, m) = (" + p.layer() + ", " + p.index() + ")\n" + theta + "\nat s = " + number(p.time());
    }

    static String describe(Hits.Sample s) {
        StringJoiner x = new StringJoiner(", ", s.x().length == 1 ? "x = " : "x = (", s.x().length == 1 ? "" : ")");
        for (double v : s.x()) {
            x.add(number(v));
        }
        return "sample " + (s.index() + 1) + ": " + x + "\ny = " + number(s.y()) + ",  prediction g(z_L(x)) = "
                + number(s.prediction()) + "\nat s = " + number(s.time());
    }

    static String describe(Hits.LossPoint p) {
        return p.run() + ":  s = " + number(p.time()) + ",  E = " + number(p.loss());
    }

    private static String number(double v) {
        return NumberText.compact(v);
    }
}
