package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code figure} command: the panes and formats asked for, at the size asked for, and bad input. */
class FigureCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEachPaneInEachFormat() throws IOException {
        Path out = dir.resolve("figs");
        CliRun r = CliRun.of("figure", "--steps", "5", "--pane", "density,fit", "--format", "png,pdf,svg",
                "--width", "400", "--height", "300", "--scale", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
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
        CliRun existing = CliRun.of("figure", "--pane", "loss", "--out", out.toString());
        assertEquals(2, existing.code());
        assertTrue(existing.err().contains("loss.png exists; use --force"), existing.err());
        assertEquals("keep", Files.readString(out.resolve("loss.png")));

        CliRun format = CliRun.of("figure", "--format", "bmp", "--out", out.toString());
        assertEquals(2, format.code());
        assertTrue(format.err().contains("expected one of [PNG, SVG, PDF]"), format.err());

        CliRun size = CliRun.of("figure", "--width", "0", "--out", out.toString());
        assertEquals(2, size.code());
        assertTrue(size.err().contains("width = 0.0 is out of range"), size.err());
    }
    @Test
    void versusDrawsRunAAgainstRunBInEveryPane() throws IOException {
        Path a = dir.resolve("A.json");
        Path b = dir.resolve("B.json");
        Files.writeString(a, "{\"model\": {\"block\": \"relu\", \"depth\": 4, \"width\": 8}}");
        Files.writeString(b, "{\"model\": {\"block\": \"regularized-relu\", \"depth\": 4, \"width\": 8}}");
        Path out = dir.resolve("cmp");
        CliRun r = CliRun.of("figure", "--config", a.toString(), "--versus", b.toString(), "--steps", "5",
                "--pane", "loss,density", "--format", "png,svg", "--width", "400", "--height", "300", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        String loss = Files.readString(out.resolve("loss.svg"));
        assertTrue(loss.contains("A: relu") && loss.contains("B: regularized-relu"), "the loss legend names both runs");
        String density = Files.readString(out.resolve("density.svg"));
        assertTrue(density.contains("A: relu") && density.contains("B: regularized-relu"), "both halves labelled");
        assertEquals(800, ImageIO.read(out.resolve("density.png").toFile()).getWidth());

        CliRun missing = CliRun.of("figure", "--versus", dir.resolve("none.json").toString(), "--steps", "1", "--out",
                dir.resolve("none").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json"), missing.err());
        assertTrue(Files.notExists(dir.resolve("none")), "a refused B leaves no folder");
    }
}
