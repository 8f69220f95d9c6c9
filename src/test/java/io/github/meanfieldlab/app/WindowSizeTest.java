package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static io.github.meanfieldlab.app.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.RunState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the sizes a lecturer meets (a 1600×1000 screen, a 1280×720 projector) and resized between them:
 * every pane shows exactly a fresh painting of its figure at its new size, with no pixels left over from the old
 * one, and the settings fit without scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private WindowFixture fixture;

    @AfterEach
    void closeWindow() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(double width, double height) throws Exception {
        // The first window of the JVM loads the figures' classes: on a busy machine that takes a while.
        fixture = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, WindowFixture.smallRunningExperiment(), 120,
                SameThreadExecutor.both(), width, height)).get(60, TimeUnit.SECONDS);
        FlowSnapshot first = fixture.waitForRun(8, 16);
        fixture.waitForStep(first.step(), 3);
        onFx(() -> fixture.model().pause());
        waitUntil("the pause", 10, () -> fixture.session().latest().state() == RunState.PAUSED);
        // The window has handed the paused snapshot to the panes once the status bar shows it.
        waitUntil("the paused snapshot on screen", 10, () -> onFx(() -> ((Label) stage.getScene().lookup("#state"))
                .getText().equals("paused at s = " + NumberText.compact(fixture.session().latest().time()))));
    }

    @Test
    void resizedFromLargeToSmallAndBackEveryPaneIsAFreshPainting() throws Exception {
        open(1600, 1000);
        assertPanesAreFreshPaintings("at 1600×1000");
        resize(1280, 720);
        assertPanesAreFreshPaintings("resized to 1280×720");
        resize(1600, 1000);
        assertPanesAreFreshPaintings("back at 1600×1000");
    }

    @Test
    void openedAt1280By720TheSettingsFitWithoutScrolling() throws Exception {
        open(1280, 720);
        assertPanesAreFreshPaintings("at 1280×720");
        ScrollPane side = (ScrollPane) onFx(() -> stage.getScene().lookup(".side"));
        double content = onFx(() -> fixture.window.controls().getHeight());
        double room = onFx(() -> side.getViewportBounds().getHeight());
        assertTrue(content <= room, "the settings are " + content + " px high in a " + room + " px panel");
        assertEquals(MainWindow.MIN_WIDTH, onFx(stage::getMinWidth));
        assertEquals(MainWindow.MIN_HEIGHT, onFx(stage::getMinHeight));
    }

    private void resize(double width, double height) {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        // The window system resizes the scene after the stage asked for it.
        waitUntil("the scene at " + width + "×" + height, 10, () -> onFx(() -> stage.getScene().getWidth() == width
                && stage.getScene().getHeight() == height));
    }

    private void assertPanesAreFreshPaintings(String when) {
        waitUntil("every pane painted at its size " + when, 20, () -> onFx(() -> fixture.window.panels().stream()
                .allMatch(p -> p.canvas().isSettled()
                        && p.canvas().canvas().getWidth() == p.canvas().snapSizeX(p.canvas().getWidth()))));
        for (FigurePanel<?> panel : fixture.window.panels()) {
            FigureCanvas<?> canvas = panel.canvas();
            BufferedImage shown = onFx(() -> SwingFXUtils.fromFXImage(canvas.canvas().snapshot(null, null), null));
            BufferedImage fresh = onFx(canvas::paintAfresh);
            assertEquals(fresh.getWidth(), shown.getWidth(), panel.getId() + " width " + when);
            assertEquals(fresh.getHeight(), shown.getHeight(), panel.getId() + " height " + when);
            double differing = differingShare(shown, fresh);
            if (differing >= 0.002) {
                keep(shown, panel.getId() + "-shown.png");
                keep(fresh, panel.getId() + "-fresh.png");
            }
            assertTrue(differing < 0.002, panel.getId() + " " + when + ": " + 100 * differing
                    + " % of pixels differ from a fresh painting");
        }
    }

    /** Writes a failing pane's images where a person can look at them: target/window-size-test/. */
    private static void keep(BufferedImage image, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "window-size-test"));
            ImageIO.write(image, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of pixels where {@code shown} and {@code fresh} (over white, as the pane shows it) differ visibly. */
    static double differingShare(BufferedImage shown, BufferedImage fresh) {
        long differing = 0;
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                int a = shown.getRGB(x, y);
                int b = overWhite(fresh.getRGB(x, y));
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 24) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return (double) differing / ((long) shown.getWidth() * shown.getHeight());
    }

    private static int overWhite(int argb) {
        int alpha = argb >>> 24;
        int rgb = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            int c = argb >> shift & 0xff;
            rgb |= (c * alpha + 255 * (255 - alpha)) / 255 << shift;
        }
        return rgb;
    }
}
