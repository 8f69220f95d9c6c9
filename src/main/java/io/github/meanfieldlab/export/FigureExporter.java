package io.github.meanfieldlab.export;

import io.github.meanfieldlab.render.Figure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes any {@link Figure} to PNG, SVG or PDF at the size, look and resolution of its {@link ExportSettings};
 * the format is chosen by the file's extension. Figures are drawn in points: a PDF page and an SVG are exactly
 * the size asked for, and a PNG has inches × dpi pixels with its dpi written into the file. Files are written
 * through {@link ExportFiles} (on {@link io.github.meanfieldlab.data.AtomicFile}): a failure never leaves a
 * half-written file or destroys an existing one.
 */
public final class FigureExporter {
    private static final double METRES_PER_INCH = 0.0254;

    private final ExportSettings settings;

    public FigureExporter(ExportSettings settings) {
        this.settings = settings;
    }

    public ExportSettings settings() {
        return settings;
    }

    /**
     * Draws {@code figure} and writes it to {@code file} in the format of its extension, through a temporary
     * file, so a failure leaves nothing behind.
     *
     * @throws IllegalArgumentException if the extension is not one of {@link ExportFormat#allowed()}
     * @throws IOException naming the file and the reason, if it cannot be written
     */
    public void write(Figure figure, Path file) throws IOException {
        ExportFormat format = ExportFormat.of(file);
        ExportFiles.write(file, render(figure, format));
    }

    /**
     * Each pane's figure in each of {@code formats}, as the files (name to bytes) {@code <pane>.<extension>}, pane by
     * pane in the order of {@code figures}: the one loop behind {@code figure}, a bundle and the app's exports.
     */
    public Map<String, byte[]> render(Map<Pane, ? extends Figure> figures, List<ExportFormat> formats) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        figures.forEach((pane, figure) -> files.putAll(render(figure, pane.name(), formats)));
        return files;
    }

    /** {@code figure} in each of {@code formats}, as the files (name to bytes) {@link #fileNames} names. */
    public Map<String, byte[]> render(Figure figure, String stem, List<ExportFormat> formats) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ExportFormat format : formats) {
            files.put(fileName(stem, format), render(figure, format));
        }
        return files;
    }

    /** The names of the files {@code stem.<extension>} of {@code formats}, in their order. */
    public static List<String> fileNames(String stem, List<ExportFormat> formats) {
        return formats.stream().map(f -> fileName(stem, f)).toList();
    }

    private static String fileName(String stem, ExportFormat format) {
        return stem + "." + format.extension();
    }

    /** The bytes of {@code figure} in {@code format}, as {@link #write} would store them. */
    public byte[] render(Figure figure, ExportFormat format) {
        return switch (format) {
            case PNG -> png(image(figure), settings.dpi());
            case SVG -> svg(figure);
            case PDF -> pdf(figure);
        };
    }

    /** The figure drawn into an image of {@link ExportSettings#pixelWidth()} × pixelHeight() pixels. */
    public BufferedImage image(Figure figure) {
        BufferedImage image = new BufferedImage(settings.pixelWidth(), settings.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // Scale so that the points of the figure fill the pixels exactly, whatever the rounding of the size.
            g.scale(image.getWidth() / settings.size().widthPt(), image.getHeight() / settings.size().heightPt());
            figure.draw(g, area(), settings.look());
        } finally {
            g.dispose();
        }
        return image;
    }

    private Rectangle2D area() {
        return new Rectangle2D.Double(0, 0, settings.size().widthPt(), settings.size().heightPt());
    }

    /** {@code image} as PNG bytes with a pHYs chunk saying {@code dpi}, so programs place it at its printed size. */
    static byte[] png(BufferedImage image, int dpi) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi / METRES_PER_INCH));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the PNG writer refused the resolution chunk", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private byte[] svg(Figure figure) {
        double w = settings.size().widthPt();
        double h = settings.size().heightPt();
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        // The default prefix of clip-path ids comes from the clock; a fixed one makes the same figure the same file.
        g.setDefsKeyPrefix("mfl");
        figure.draw(g, area(), settings.look());
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null) + "\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pdf(Figure figure) {
        PDFDocument document = new PDFDocument();
        Page page = document.createPage(area());
        PDFGraphics2D g = page.getGraphics2D();
        // OrsonPDF writes text only in the 14 standard PDF fonts, unembedded and without θ, ρ, π, − or
        // subscripts, and their widths differ from the fonts the layout was measured with: glyph outlines keep
        // every label exactly as laid out.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        figure.draw(g, area(), settings.look());
        return document.getPDFBytes();
    }
}
