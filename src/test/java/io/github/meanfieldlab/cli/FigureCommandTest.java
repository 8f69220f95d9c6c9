package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code figure} command: the panes and formats asked for, at the size asked for, and bad input. */
class FigureCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void writesEachPaneInEachFormat() throws IOException {
        Path out = dir.resolve("figs");
        StringWriter err = new StringWriter();
        int code = run(err, "figure", "--steps", "5", "--pane", "density,fit", "--format", "png,pdf,svg",
                "--width", "400", "--height", "300", "--scale", "2", "--out", out.toString());
        assertEquals(0, code, err.toString());
        try (var files = Files.list(out)) {
            assertEquals(6, files.count());
        }
        BufferedImage png = ImageIO.read(out.resolve("fit.png").toFile());
        assertEquals(800, png.getWidth());
        assertEquals(600, png.getHeight());
        assertTrue(Files.readString(out.resolve("density.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertTrue(Files.readString(out.resolve("density.svg")).contains("<svg"));
    }

    @Test
    void refusesToOverwriteAndRejectsBadOptions() throws IOException {
        Path out = dir.resolve("figs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("loss.png"), "keep");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "figure", "--pane", "loss", "--out", out.toString()));
        assertTrue(err.toString().contains("loss.png exists; use --force"), err.toString());
        assertEquals("keep", Files.readString(out.resolve("loss.png")));

        StringWriter format = new StringWriter();
        assertEquals(2, run(format, "figure", "--format", "bmp", "--out", out.toString()));
        assertTrue(format.toString().contains("expected one of [PNG, SVG, PDF]"), format.toString());

        StringWriter size = new StringWriter();
        assertEquals(2, run(size, "figure", "--width", "0", "--out", out.toString()));
        assertTrue(size.toString().contains("width = 0.0 is out of range"), size.toString());
    }
}
