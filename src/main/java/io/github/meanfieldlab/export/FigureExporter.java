package io.github.meanfieldlab.export;

import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.render.Figure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes any {@link Figure} to PNG, SVG or PDF, the format chosen by the file's extension, through
 * {@link AtomicFile}: a failure never leaves a half-written file or destroys an existing one.
 */
public final class FigureExporter {
    private final double width;
    private final double height;
    private final double scale;

    /**
     * @param width the figure's width in user units (pixels on screen, points in a PDF)
     * @param height the figure's height in the same units
     * @param pngScale device pixels per unit in a PNG (2 for print); vector formats ignore it
     */
    public FigureExporter(double width, double height, double pngScale) {
        require(width, "width", 1, 20_000);
        require(height, "height", 1, 20_000);
        require(pngScale, "scale", 0.1, 16);
        if (width * pngScale > 32_000 || height * pngScale > 32_000) {
            throw new IllegalArgumentException("a PNG of " + width + "×" + height + " at scale " + pngScale
                    + " is too large; allowed: at most 32000 pixels a side");
        }
        this.width = width;
        this.height = height;
        this.scale = pngScale;
    }

    private static void require(double value, String what, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " = " + value + " is out of range; allowed: " + min + " to " + max);
        }
    }

    /**
     * Draws {@code figure} and writes it to {@code file} in the format of its extension.
     *
     * @throws IllegalArgumentException if the extension is not one of {@link ExportFormat#allowed()}
     * @throws IOException naming the file, if it cannot be written
     */
    public void write(Figure figure, Path file) throws IOException {
        byte[] bytes = render(figure, ExportFormat.of(file));
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** The bytes of {@code figure} in {@code format}, as {@link #write} would store them. */
    public byte[] render(Figure figure, ExportFormat format) {
        return switch (format) {
            case PNG -> png(figure);
            case SVG -> svg(figure);
            case PDF -> pdf(figure);
        };
    }

    /** The figure drawn into an image of (width·scale)×(height·scale) pixels. */
    public BufferedImage image(Figure figure) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            figure.draw(g, area());
        } finally {
            g.dispose();
        }
        return image;
    }

    private Rectangle2D area() {
        return new Rectangle2D.Double(0, 0, width, height);
    }

    private byte[] png(Figure figure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(figure), "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] svg(Figure figure) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // The default prefix of clip-path ids comes from the clock; a fixed one makes the same figure the same file.
        g.setDefsKeyPrefix("mfl");
        figure.draw(g, area());
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pdf(Figure figure) {
        PDFDocument document = new PDFDocument();
        Page page = document.createPage(area());
        PDFGraphics2D g = page.getGraphics2D();
        // The standard PDF fonts cannot show θ, ρ, π or subscripts; glyph outlines can.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        figure.draw(g, area());
        return document.getPDFBytes();
    }
}
