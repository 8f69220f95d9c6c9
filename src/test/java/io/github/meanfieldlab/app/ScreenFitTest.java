package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window asked larger than its screen opens cut to the screen, and one that fits keeps its size. */
class ScreenFitTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void theFirstLaunchsSizeIsCutToA1280x720Screen() {
        ScreenFit fit = ScreenFit.of(AppSettings.DEFAULT_WIDTH, AppSettings.DEFAULT_HEIGHT, PROJECTOR);
        assertEquals(1280, fit.width());
        assertEquals(720, fit.height());
        assertTrue(fit.cut());
    }

    @Test
    void aSizeThatFitsIsKept() {
        ScreenFit fit = ScreenFit.of(1100, 700, PROJECTOR);
        assertEquals(1100, fit.width());
        assertEquals(700, fit.height());
        assertFalse(fit.cut());
    }

    @Test
    void onlyTheSideThatDoesNotFitIsCut() {
        ScreenFit fit = ScreenFit.of(1200, 900, PROJECTOR);
        assertEquals(1200, fit.width());
        assertEquals(720, fit.height());
        assertTrue(fit.cut());
    }
}
