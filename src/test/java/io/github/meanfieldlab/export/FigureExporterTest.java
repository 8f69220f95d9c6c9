package io.github.meanfieldlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.render.DensityFigure;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.Look;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Each format is written whole, in the right format, and a failed export leaves the old file alone. */
class FigureExporterTest {
    /** A red disc on white, with text in a glyph the standard PDF fonts lack. */
    private static final Figure DISC = (g, area, look) -> {
        g.setPaint(Color.WHITE);
        g.fill(area);
        g.setPaint(Color.RED);
        g.fill(new Ellipse2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight()));
        g.setPaint(Color.BLACK);
        g.drawString("ρ(θ, t)", 10f, 20f);
    };

    @TempDir
    Path dir;

    /** A figure {@code w}×{@code h} pt in the screen look, PNGs at {@code dpi}. */
    static FigureExporter exporter(double w, double h, int dpi) {
        return new FigureExporter(new ExportSettings(FigureSize.points(w, h), Look.SCREEN, dpi));
    }

    @Test
    void pngHasTheRequestedSizeTimesTheResolution() throws IOException {
        Path file = dir.resolve("disc.png");
        exporter(300, 200, 144).write(DISC, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(Color.RED.getRGB(), image.getRGB(300, 200), "the centre of the disc");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 398), "a corner outside it");
    }

    @Test
    void pngCarriesItsDpiAndHasInchesTimesDpiPixels() throws Exception {
        Path file = dir.resolve("column.png");
        new FigureExporter(new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 300)).write(DISC, file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(1020, reader.getWidth(0), "3.4 in × 300 dpi");
            assertEquals(765, reader.getHeight(0), "2.55 in × 300 dpi");
            Node phys = find(reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"), "pHYs");
            assertEquals("meter", attribute(phys, "unitSpecifier"));
            double dpi = Integer.parseInt(attribute(phys, "pixelsPerUnitXAxis")) * 0.0254;
            assertEquals(300, dpi, 0.01);
        }
    }

    private static Node find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }

    @Test
    void svgIsWellFormedOfTheRequestedSizeWithItsAxisLabelsAsText() throws Exception {
        Path file = dir.resolve("density.svg");
        new FigureExporter(new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 300))
                .write(new DensityFigure(), file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(244.8, Double.parseDouble(doc.getDocumentElement().getAttribute("width").replace("pt", "")), 1e-9);
        assertEquals(183.6, Double.parseDouble(doc.getDocumentElement().getAttribute("height").replace("pt", "")), 1e-9);
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.contains("depth"), "the x label's words as text: " + texts);
        assertTrue(texts.containsAll(List.of("0.0", "0.5", "1.0")), "tick labels as text: " + texts);
        assertTrue(texts.contains("waiting for the flow"), texts.toString());
        assertTrue(!Files.readString(file).contains("jlm_"), "the math fonts, which a viewer lacks, are outlines");
        assertTrue(texts.stream().noneMatch(t -> t.startsWith(" ") || t.endsWith(" ") || t.contains("  ")),
                "no spaces a viewer would collapse: " + texts);
    }

    @Test
    void pdfPageIsExactlyTheSizeAsked() throws IOException {
        Path file = dir.resolve("disc.pdf");
        new FigureExporter(new ExportSettings(FigureSize.parse("8x6cm"), Look.of(Look.Style.PAPER), 300)).write(DISC, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        Matcher box = Pattern.compile("/MediaBox \\[([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+)\\]")
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        assertTrue(box.find(), "a page with a media box");
        assertEquals(8 / 2.54 * 72, Double.parseDouble(box.group(3)) - Double.parseDouble(box.group(1)), 0.5);
        assertEquals(6 / 2.54 * 72, Double.parseDouble(box.group(4)) - Double.parseDouble(box.group(2)), 0.5);
    }

    @Test
    void theSameFigureGivesTheSameSvg() {
        FigureExporter exporter = exporter(300, 200, 72);
        Figure clipped = (g, area, look) -> {
            g.clip(new Ellipse2D.Double(0, 0, 100, 100));
            DISC.draw(g, area, look);
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
                () -> exporter(300, 200, 72).write(DISC, file));
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
        Figure broken = (g, area, look) -> {
            g.fill(area);
            throw new IllegalStateException("drawing failed");
        };
        assertThrows(IllegalStateException.class, () -> exporter(300, 200, 72).write(broken, file));
        assertArrayEquals("<svg/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the original file");
        }
    }

    @Test
    void anUnwritableFolderIsReportedWithWhyAndLeavesNothing() throws IOException {
        // Root may write anywhere; no one can make a folder inside a regular file.
        Path plain = Files.writeString(dir.resolve("plain"), "a file");
        Path file = plain.resolve("figs").resolve("disc.png");
        IOException e = assertThrows(IOException.class, () -> exporter(300, 200, 72).write(DISC, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot create the folder"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(plain), files.toList(), "nothing left behind");
        }
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FigureSize.points(10, 200));
        assertThrows(IllegalArgumentException.class, () -> exporter(300, 200, 71));
        assertThrows(IllegalArgumentException.class, () -> exporter(300, 200, 601));
        assertThrows(IllegalArgumentException.class, () -> exporter(7000, 200, 600), "58 000 pixels wide");
    }

    @Test
    void sizesAreNamedOrGivenWithAUnit() {
        assertEquals(3.4 * 72, FigureSize.parse("column").widthPt(), 1e-9);
        assertEquals(2.55 * 72, FigureSize.parse("column").heightPt(), 1e-9);
        assertEquals(7 * 72, FigureSize.parse("text").widthPt(), 1e-9);
        assertEquals(4.2 * 72, FigureSize.parse("text").heightPt(), 1e-9);
        assertEquals(13.333 * 72, FigureSize.parse("slide").widthPt(), 1e-9);
        assertEquals(7.5 * 72, FigureSize.parse("Slide").heightPt(), 1e-9);
        assertEquals(8 / 2.54 * 72, FigureSize.parse("8x6cm").widthPt(), 1e-9);
        assertEquals(60 / 25.4 * 72, FigureSize.parse("90x60mm").heightPt(), 1e-9);
        assertEquals(170, FigureSize.parse("240x170pt").heightPt(), 1e-9);
        assertEquals(2.4 * 72, FigureSize.parse("3.4x2.4in").heightPt(), 1e-9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureSize.parse("3x2"));
        assertTrue(e.getMessage().contains("allowed: column, text, slide, or WxH with a unit"), e.getMessage());
    }
}
