package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code figure} command: the panes and formats asked for, at the size asked for, bundles, and bad input. */
class FigureCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEachPaneInEachFormatAtThePhysicalSizeAsked() throws IOException {
        Path out = dir.resolve("figs");
        CliRun r = CliRun.of("figure", "--steps", "5", "--pane", "density,fit", "--format", "png,pdf,svg",
                "--size", "3x2in", "--dpi", "150", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(6, files.count());
        }
        BufferedImage png = ImageIO.read(out.resolve("fit.png").toFile());
        assertEquals(450, png.getWidth());
        assertEquals(300, png.getHeight());
        assertTrue(Files.readString(out.resolve("density.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertTrue(Files.readString(out.resolve("density.svg")).contains("<svg"));
    }

    @Test
    void withoutOptionsAFigureIsReadyForAColumnAndSaysSo() throws IOException {
        Path out = dir.resolve("figs");
        CliRun r = CliRun.of("figure", "--steps", "2", "--pane", "loss", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("column, 3.4 × 2.55 in") && r.out().contains("paper style, 8 pt text")
                && r.out().contains("300 dpi = 1020 × 765 px"), r.out());
        BufferedImage png = ImageIO.read(out.resolve("loss.png").toFile());
        assertEquals(1020, png.getWidth());
    }

    @Test
    void aBundleDrawsItsFiguresAgainPixelForPixel() throws IOException {
        Path bundle = dir.resolve("bundle");
        CliRun r = CliRun.of("figure", "--steps", "3", "--bundle", "--dpi", "100", "--out", bundle.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("config.json", "data.csv", "particles.csv", "history.csv", "bundle.json", "view.json",
                "README.txt")) {
            assertTrue(Files.isRegularFile(bundle.resolve(f)), f);
        }
        assertTrue(Files.readString(bundle.resolve("README.txt")).contains("figure --from-bundle " + bundle));
        Path again = dir.resolve("again");
        CliRun redraw = CliRun.of("figure", "--from-bundle", bundle.toString(), "--threads", "1", "--out", again.toString());
        assertEquals(0, redraw.code(), redraw.err());
        for (String pane : List.of("density", "particles", "loss", "fit", "depth")) {
            BufferedImage a = ImageIO.read(bundle.resolve(pane + ".png").toFile());
            BufferedImage b = ImageIO.read(again.resolve(pane + ".png").toFile());
            assertEquals(a.getWidth(), b.getWidth(), pane);
            assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                    b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), pane + " redrawn differs");
        }
        CliRun mixed = CliRun.of("figure", "--from-bundle", bundle.toString(), "--size", "text", "--out", again.toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--size cannot be given with it"), mixed.err());
    }

    /**
     * A bundle's history.csv is read as a session's is ({@code HistoryCsv}): what is wrong with it is one line naming
     * the file and the line (and the column of a bad number), exit code 2, no stack trace, nothing drawn.
     */
    @Test
    void aBadHistoryInABundleIsNamedByFileAndLine() throws IOException {
        Path bundle = dir.resolve("bundle");
        assertEquals(0, CliRun.of("figure", "--steps", "2", "--pane", "loss", "--bundle", "--size", "2x1.5in", "--dpi",
                "72", "--out", bundle.toString()).code());
        Path history = bundle.resolve("history.csv");
        List<String> rows = Files.readAllLines(history);
        String header = rows.get(0);
        String[][] cases = {
            {header + "\n" + rows.get(1) + "\n" + rows.get(2).replaceFirst(",[^,]*,[^,]*,", ",0.05,abc,") + "\n",
                ", line 3, column 3 (loss): "},
            {header + "\n0,0,1\n", ", line 2: 3 fields, but the header has " + header.split(",").length},
            {header + "\n", ": the header is there but no data rows follow"},
            {header.replace("loss", "los") + "\n" + rows.get(1) + "\n", ", line 1: no column 'loss'"},
            {"", ": the file is empty"},
        };
        for (String[] c : cases) {
            Files.writeString(history, c[0]);
            Path out = dir.resolve("redrawn");
            CliRun r = CliRun.of("figure", "--from-bundle", bundle.toString(), "--out", out.toString());
            assertEquals(2, r.code(), c[1] + ": " + r.err());
            assertTrue(r.err().startsWith("error: " + history + c[1]), c[1] + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing drawn: " + c[1]);
        }
    }

    @Test
    void aBundleKeepsItsViewOptionsAndRedrawsWithThemNotWithTheDefaults() throws IOException {
        Path bundle = dir.resolve("bundle");
        List<String> panes = List.of("--pane", "density,loss", "--steps", "3", "--dpi", "100");
        CliRun r = CliRun.of(concat(panes, "--bundle", "--view",
                "density.colourScale=log,density.massWeighted=false,loss.drift=true", "--out", bundle.toString()));
        assertEquals(0, r.code(), r.err());
        String view = Files.readString(bundle.resolve("view.json"));
        assertTrue(view.contains("\"colourScale\" : \"log\"") && view.contains("\"massWeighted\" : \"false\"")
                && view.contains("\"drift\" : \"true\""), view);
        Path again = dir.resolve("again");
        CliRun redraw = CliRun.of("figure", "--from-bundle", bundle.toString(), "--out", again.toString());
        assertEquals(0, redraw.code(), redraw.err());
        Path plain = dir.resolve("plain");
        assertEquals(0, CliRun.of(concat(panes, "--out", plain.toString())).code());
        for (String pane : List.of("density", "loss")) {
            assertArrayEquals(pixels(bundle.resolve(pane + ".png")), pixels(again.resolve(pane + ".png")),
                    pane + " redrawn with its view");
            assertFalse(Arrays.equals(pixels(bundle.resolve(pane + ".png")), pixels(plain.resolve(pane + ".png"))),
                    pane + " in its default view is another drawing: the control");
        }
        CliRun refused = CliRun.of("figure", "--steps", "1", "--view", "loss.drift=maybe", "--out", plain.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("loss.drift = 'maybe' is not allowed; allowed: true, false"), refused.err());
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of("figure"));
        all.addAll(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void anUnwritableOutSaysWhyAndLeavesNothing() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "a file");
        CliRun r = CliRun.of("figure", "--steps", "1", "--pane", "loss", "--out", plain.resolve("figs").toString());
        assertEquals(2, r.code(), r.err());
        // Refused before the run, by the check every command that writes makes.
        assertTrue(r.err().startsWith("error: --out ") && r.err().contains(plain + " is not a folder"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(plain), files.toList());
        }
        Path bundle = plain.resolve("bundle");
        CliRun b = CliRun.of("figure", "--steps", "1", "--bundle", "--out", bundle.toString());
        assertEquals(2, b.code(), b.err());
        assertTrue(b.err().contains(plain + " is not a folder"), b.err());
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

        CliRun size = CliRun.of("figure", "--size", "0x2in", "--out", out.toString());
        assertEquals(2, size.code());
        assertTrue(size.err().contains("--size: figure width 0.0 pt is out of range"), size.err());

        CliRun unit = CliRun.of("figure", "--size", "3x2furlong", "--out", out.toString());
        assertTrue(unit.err().contains("allowed: column, text, slide"), unit.err());

        CliRun dpi = CliRun.of("figure", "--dpi", "20", "--out", out.toString());
        assertEquals(2, dpi.code());
        assertTrue(dpi.err().contains("dpi 20 is out of range; allowed: 72 to 600"), dpi.err());

        CliRun font = CliRun.of("figure", "--font-pt", "100", "--out", out.toString());
        assertTrue(font.err().contains("--font-pt: font size 100.0 pt is out of range"), font.err());
    }

    @Test
    void versusDrawsRunAAgainstRunBInEveryPane() throws IOException {
        Path a = dir.resolve("A.json");
        Path b = dir.resolve("B.json");
        Files.writeString(a, "{\"model\": {\"block\": \"relu\", \"depth\": 4, \"width\": 8}}");
        Files.writeString(b, "{\"model\": {\"block\": \"regularized-relu\", \"depth\": 4, \"width\": 8}}");
        Path out = dir.resolve("cmp");
        CliRun r = CliRun.of("figure", "--config", a.toString(), "--versus", b.toString(), "--steps", "5",
                "--pane", "loss,density", "--format", "png,svg", "--size", "400x300pt", "--dpi", "144", "--out",
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

    /**
     * {@code --versus --bundle} writes the comparison bundle the app writes (the comparison, README.txt, each run's
     * bundle in A/ and B/) with the loss pane's view options, and {@code --from-bundle} draws it again pixel for
     * pixel; the same comparison in the default view is another drawing (the control).
     */
    @Test
    void versusBundleHoldsBothRunsWithTheLossViewAndRedrawsPixelForPixel() throws IOException {
        Path a = dir.resolve("A.json");
        Path b = dir.resolve("B.json");
        Files.writeString(a, "{\"model\": {\"block\": \"relu\", \"depth\": 4, \"width\": 8}}");
        Files.writeString(b, "{\"model\": {\"block\": \"regularized-relu\", \"depth\": 4, \"width\": 8}}");
        List<String> both = List.of("--config", a.toString(), "--versus", b.toString(), "--steps", "5", "--pane",
                "loss,particles", "--dpi", "100");
        Path bundle = dir.resolve("bundle");
        CliRun r = CliRun.of(concat(both, "--bundle", "--view", "loss.theory=true,loss.dissipation=false", "--out",
                bundle.toString()));
        assertEquals(0, r.code(), r.err());
        for (String run : List.of("A", "B")) {
            for (String f : List.of("config.json", "data.csv", "particles.csv", "history.csv", "bundle.json",
                    "view.json", "README.txt", "loss.png", "particles.png")) {
                assertTrue(Files.isRegularFile(bundle.resolve(run).resolve(f)), run + "/" + f);
            }
            assertTrue(Files.readString(bundle.resolve(run).resolve("view.json")).contains("\"theory\" : \"true\""));
        }
        String readme = Files.readString(bundle.resolve("README.txt"));
        assertTrue(readme.contains("figure --from-bundle " + bundle) && readme.contains("--steps 5"), readme);
        Path again = dir.resolve("again");
        CliRun redraw = CliRun.of("figure", "--from-bundle", bundle.toString(), "--out", again.toString());
        assertEquals(0, redraw.code(), redraw.err());
        Path plain = dir.resolve("plain");
        assertEquals(0, CliRun.of(concat(both, "--out", plain.toString())).code());
        for (String pane : List.of("loss", "particles")) {
            assertArrayEquals(pixels(bundle.resolve(pane + ".png")), pixels(again.resolve(pane + ".png")),
                    pane + " redrawn from the comparison bundle");
        }
        assertFalse(Arrays.equals(pixels(bundle.resolve("loss.png")), pixels(plain.resolve("loss.png"))),
                "the comparison's loss chart in its default view is another drawing: the control");
        assertArrayEquals(pixels(bundle.resolve("particles.png")), pixels(plain.resolve("particles.png")),
                "a pane without view options given draws the same comparison");

        CliRun existing = CliRun.of(concat(both, "--bundle", "--out", bundle.toString()));
        assertEquals(2, existing.code());
        assertTrue(existing.err().contains(bundle.resolve("loss.png") + " exists; use --force"),
                existing.err());

        // A file where B/ must go is refused before the runs, even with --force, and the folder stays as it was.
        Path blocked = Files.createDirectories(dir.resolve("blocked"));
        Files.writeString(blocked.resolve("B"), "a file where B/ would go");
        CliRun refused = CliRun.of(concat(both, "--bundle", "--force", "--out", blocked.toString()));
        assertEquals(2, refused.code(), refused.err());
        assertEquals("error: " + blocked.resolve("B") + " is a file; results go into a folder of that name: remove it, or choose "
                + "another --out", refused.err().strip());
        try (Stream<Path> left = Files.list(blocked)) {
            assertEquals(List.of(blocked.resolve("B")), left.toList());
        }
    }
}
