package io.github.meanfieldlab.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size on the screen it opens on. A first launch asks for room for five panes (1600×1000) and a later
 * one for the size remembered, perhaps on another screen; on a 1280×720 projector either would open with the
 * controls and the status line off the screen. So a size that does not fit the screen's visual bounds is cut to
 * them, and the stage opens maximised there.
 *
 * @param width the scene's width, at most the screen's
 * @param height the scene's height, at most the screen's
 * @param bounds the screen's visual bounds
 * @param cut whether the size asked for was larger than the screen
 */
record ScreenFit(double width, double height, Rectangle2D bounds, boolean cut) {

    /** The size {@code width × height} as it fits {@code bounds} (a screen's visual bounds). */
    static ScreenFit of(double width, double height, Rectangle2D bounds) {
        double w = Math.min(width, bounds.getWidth());
        double h = Math.min(height, bounds.getHeight());
        return new ScreenFit(w, h, bounds, w < width || h < height);
    }

    /** The size {@code width × height} as it fits the primary screen. */
    static ScreenFit onPrimaryScreen(double width, double height) {
        return of(width, height, Screen.getPrimary().getVisualBounds());
    }

    /** Places a stage of this size: at the screen's corner and maximised when the size asked for was cut. */
    void place(Stage stage) {
        if (cut) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setMaximized(true);
        }
    }
}
