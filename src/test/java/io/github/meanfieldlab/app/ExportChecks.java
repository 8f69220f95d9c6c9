package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.meanfieldlab.cli.Main;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What export tests check: the command line run in this JVM, and two PNGs equal pixel for pixel. */
final class ExportChecks {
    private ExportChecks() {
    }

    /** Runs the command line with {@code args}, which must exit 0. */
    static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }

    static void assertSamePixels(Path expected, Path actual, String what) {
        try {
            BufferedImage a = ImageIO.read(expected.toFile());
            BufferedImage b = ImageIO.read(actual.toFile());
            assertEquals(a.getWidth(), b.getWidth(), what + ": width");
            assertEquals(a.getHeight(), b.getHeight(), what + ": height");
            int differ = 0;
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    if (a.getRGB(x, y) != b.getRGB(x, y)) {
                        differ++;
                    }
                }
            }
            assertEquals(0, differ, what + ": pixels that differ between " + expected + " and " + actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
