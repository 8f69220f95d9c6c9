package io.github.meanfieldlab.app;

import static io.github.meanfieldlab.app.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The help page opens at once: its text shows while its equations wait for the typesetter, and every equation
 * then fills in, typeset as it would be on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class HelpPageTest {
    /** Holds the typesetting back until the test lets it run, on the test's thread. */
    private static final class HeldExecutor implements Executor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized int size() {
            return held.size();
        }

        void runAll() {
            Runnable next;
            while ((next = poll()) != null) {
                next.run();
            }
        }

        private synchronized Runnable poll() {
            return held.poll();
        }
    }

    private final HeldExecutor typesetter = new HeldExecutor();
    private Stage owner;
    private HelpWindow help;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(), 300, 200);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeHelp() {
        if (help != null) {
            onFx(help::close);
        }
    }

    @Test
    void theHelpShowsBeforeItsEquationsAreTypesetAndEveryOneFillsIn() {
        List<String> formulas = HelpTextTest.formulas(HelpText.page());
        help = new HelpWindow(owner, typesetter);
        // show() returns on the FX thread with nothing typeset: the typesetter has not run a single task.
        onFx(help::show);
        MarkdownView page = onFx(help::page);
        assertTrue(onFx(help::isShowing), "the help is on screen");
        assertEquals(formulas.size(), typesetter.size(), "one typesetting task per equation, waiting");
        assertEquals(formulas.size(), onFx(page::pendingEquations), "each equation shown by its source for now");
        assertEquals(0, onFx(() -> page.lookupAll(".md-math").size()), "no equation typeset yet");
        String words = onFx(page::plainText);
        assertTrue(words.startsWith("MeanField Lab\n\nMeanField Lab trains a deep residual network") && words.contains(
                "The model"), "the words are there at once: " + words);

        typesetter.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, onFx(page::pendingEquations), "every equation typeset");
        List<ImageView> typeset = onFx(() -> equations(page));
        assertEquals(formulas, typeset.stream().map(Node::getAccessibleText).toList(),
                "each in its place, in the order of the text");
        assertTrue(typeset.stream().allMatch(v -> v.getImage() != null && v.getFitWidth() > 3), "visible images");
        assertEquals(words, onFx(page::plainText), "the same text, with images for the sources");

        // Deterministic: the images are those a view typesetting on the FX thread itself shows.
        MarkdownView direct = onFx(() -> MarkdownView.help(HelpText.page(), Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();
        List<ImageView> again = onFx(() -> equations(direct));
        assertEquals(typeset.size(), again.size());
        for (int i = 0; i < typeset.size(); i++) {
            assertArrayEquals(pixels(typeset.get(i).getImage()), pixels(again.get(i).getImage()), formulas.get(i));
        }
    }

    @Test
    void aTextReplacedBeforeItsEquationsAreTypesetDoesNotGetThem() {
        MarkdownView view = onFx(() -> {
            MarkdownView v = new MarkdownView(typesetter);
            v.show("Two: `$a^2$` and\n\n```math\nb_1\n```\n");
            v.show("One: `$c$`.");
            return v;
        });
        assertEquals(3, typesetter.size());
        typesetter.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("c"), onFx(() -> equations(view)).stream().map(Node::getAccessibleText).toList());
        assertEquals("One: $c$.\n\n", onFx(view::plainText));
    }

    private static List<ImageView> equations(MarkdownView view) {
        List<ImageView> out = new ArrayList<>();
        // lookupAll keeps no order; the text's order is that of its blocks and their children.
        for (Node block : view.getChildren()) {
            for (Node n : ((TextFlow) block).getChildren()) {
                if (n instanceof ImageView v && v.getStyleClass().contains("md-math")) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 2, w);
        argb[0] = w;
        argb[1] = h;
        return argb;
    }
}
