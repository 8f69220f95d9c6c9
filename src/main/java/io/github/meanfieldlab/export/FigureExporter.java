package io.github.meanfieldlab.export;

import io.github.meanfieldlab.render.Figure;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes any {@link Figure} to PNG, SVG or PDF, the format chosen by the file's extension. The file is
 * written to a temporary file beside it and then moved into place, so a failure never leaves a half-written
 * file or destroys an existing one.
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
        ExportFormat format = ExportFormat.of(file);
        byte[] bytes = render(figure, format);
        Path target = file.toAbsolutePath();
        Path temp = createPartFile(target, file);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + file + " (" + e + ")", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new, empty ".name.n.part" file beside {@code target}. Made with {@link Files#createFile}, not
     * {@code createTempFile}, so that it gets the usual permissions (the umask's), not owner-only ones that the
     * move would carry over to the figure.
     */
    private static Path createPartFile(Path target, Path named) throws IOException {
        Path dir = target.getParent();
        for (int n = 0; ; n++) {
            Path part = dir.resolve("." + target.getFileName() + "." + n + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                // Another export to the same name is under way (or one crashed); take the next number.
            } catch (IOException e) {
                throw new IOException("cannot write " + named + ": cannot create a file in " + dir + " (" + e + ")", e);
            }
        }
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
