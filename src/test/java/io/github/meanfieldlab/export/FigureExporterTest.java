package io.github.meanfieldlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.render.Figure;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Each format is written whole, in the right format, and a failed export leaves the old file alone. */
class FigureExporterTest {
    /** A red disc on white, with text in a glyph the standard PDF fonts lack. */
    private static final Figure DISC = (g, area) -> {
        g.setPaint(Color.WHITE);
        g.fill(area);
        g.setPaint(Color.RED);
        g.fill(new Ellipse2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight()));
        g.setPaint(Color.BLACK);
        g.drawString("ρ(θ, t)", 10f, 20f);
    };

    @TempDir
    Path dir;

    @Test
    void pngHasTheRequestedSizeTimesTheScale() throws IOException {
        Path file = dir.resolve("disc.png");
        new FigureExporter(300, 200, 2).write(DISC, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(Color.RED.getRGB(), image.getRGB(300, 200), "the centre of the disc");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 398), "a corner outside it");
    }

    @Test
    void svgIsAnXmlDocumentOfTheRequestedSize() throws Exception {
        Path file = dir.resolve("disc.svg");
        new FigureExporter(300, 200, 2).write(DISC, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG 1.1 doctype names a DTD on the web; well-formedness needs no download.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("300", doc.getDocumentElement().getAttribute("width").replaceAll("\\.0*$", ""));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("ρ(θ, t)"), "text kept as text");
    }

    @Test
    void pdfStartsWithItsMagicNumber() throws IOException {
        Path file = dir.resolve("disc.pdf");
        new FigureExporter(300, 200, 2).write(DISC, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/MediaBox [0 0 300 200]") || text.contains("/MediaBox [0.0 0.0 300.0 200.0]"),
                "a 300×200 page");
    }

    @Test
    void theSameFigureGivesTheSameSvg() {
        FigureExporter exporter = new FigureExporter(300, 200, 1);
        Figure clipped = (g, area) -> {
            g.clip(new Ellipse2D.Double(0, 0, 100, 100));
            DISC.draw(g, area);
        };
        assertArrayEquals(exporter.render(clipped, ExportFormat.SVG), exporter.render(clipped, ExportFormat.SVG));
    }

    @Test
    void extensionIsMatchedInAnyCase() {
        assertEquals(ExportFormat.PDF, ExportFormat.of(Path.of("Figure.PDF")));
    }

    @Test
    void unknownExtensionIsRejectedNamingTheFileAndTheAllowedOnes() {
        Path file = dir.resolve("disc.jpg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FigureExporter(300, 200, 1).write(DISC, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'.jpg'"), e.getMessage());
        assertTrue(e.getMessage().contains(".png, .svg, .pdf"), e.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void missingExtensionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.of(Path.of("figure")));
        assertTrue(e.getMessage().contains("has no extension"), e.getMessage());
    }

    @Test
    void aFailingFigureLeavesTheExistingFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("kept.svg");
        Files.writeString(file, "<svg/>");
        Figure broken = (g, area) -> {
            g.fill(area);
            throw new IllegalStateException("drawing failed");
        };
        assertThrows(IllegalStateException.class, () -> new FigureExporter(300, 200, 1).write(broken, file));
        assertArrayEquals("<svg/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the original file");
        }
    }

    @Test
    void anUnwritableFolderIsReportedWithTheFileName() {
        Path file = dir.resolve("no-such-folder").resolve("disc.png");
        IOException e = assertThrows(IOException.class, () -> new FigureExporter(300, 200, 1).write(DISC, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(0, 200, 1));
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(300, 200, 0));
        assertThrows(IllegalArgumentException.class, () -> new FigureExporter(10_000, 200, 8));
    }
}
