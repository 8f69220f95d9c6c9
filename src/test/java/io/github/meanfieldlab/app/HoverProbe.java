package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** Hovers over a pane as a user would, where its figure answers, and waits for the read-out (TestFX). */
final class HoverProbe {
    private HoverProbe() {
    }

    /**
     * Finds a point of {@code panel} where {@code hits} answers (asked on the painter thread, handed the pane's
     * figure), moves the pointer there and waits for a tooltip that {@code expected} accepts; then moves the
     * pointer to {@code away}. Returns the tooltip's text.
     */
    static String hover(FxRobot robot, FigurePanel<?> panel, BiFunction<Object, Point2D, Boolean> hits,
                        Predicate<String> expected, String what, Node away) {
        Optional<Point2D> user = onFx(() -> panel.canvas().inspect(f -> {
            var bounds = panel.canvas().getLayoutBounds();
            double zoom = panel.canvas().getZoom();
            for (double y = 0; y < bounds.getHeight() / zoom; y += 2) {
                for (double x = 0; x < bounds.getWidth() / zoom; x += 2) {
                    // A point well inside what answers, so that the pointer's whole pixels still land on it.
                    boolean inside = true;
                    for (int dx = -3; dx <= 3 && inside; dx += 3) {
                        for (int dy = -3; dy <= 3 && inside; dy += 3) {
                            inside = hits.apply(f, new Point2D(x + dx, y + dy));
                        }
                    }
                    if (inside) {
                        return Optional.of(new Point2D(x, y));
                    }
                }
            }
            return Optional.<Point2D>empty();
        }));
        assertTrue(user.isPresent(), panel.getId() + " has something to hover over");
        double zoom = onFx(() -> panel.canvas().getZoom());
        Point2D screen = onFx(() -> panel.canvas().localToScreen(user.get().getX() * zoom, user.get().getY() * zoom));
        robot.moveTo(screen.add(5, 5)).moveTo(screen);
        try {
            waitUntil("a read-out on " + panel.getId() + " that says " + what, 10, () -> showing(expected).isPresent());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; hovered at " + screen + ", user " + user.get() + ", tooltips: "
                    + onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                    .map(w -> ((Tooltip) w).getText()).toList()), e);
        }
        String text = showing(expected).orElseThrow();
        robot.moveTo(away);
        return text;
    }

    private static Optional<String> showing(Predicate<String> expected) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing() && expected.test(t.getText()))
                .map(w -> ((Tooltip) w).getText()).findFirst());
    }
}
