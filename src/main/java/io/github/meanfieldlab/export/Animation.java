package io.github.meanfieldlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.Rational;

/**
 * An animation of frames drawn one at a time: an animated GIF that loops, an H.264 MP4 (jcodec, pure Java), or
 * numbered PNG frames in a folder, chosen by the output's name. Written through {@link ExportFiles}, so a
 * failure or an interrupted run leaves no half-written file.
 */
public enum Animation {
    /** ".gif": looping, each frame shown for a whole number of hundredths of a second. */
    GIF,
    /** ".mp4": H.264 at the frame rate given. */
    MP4,
    /** A folder (a name without .gif or .mp4): frame-0001.png, frame-0002.png, … with their dpi. */
    PNG_FRAMES;

    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 50;

    /**
     * The one check of a frame rate, for {@code animate}, "Record…" and {@link #write} alike.
     *
     * @param name what the rate was given as, to name in the message ("--fps")
     * @return {@code fps}, as an int
     * @throws IllegalArgumentException when {@code fps} is not {@link #MIN_FPS} to {@link #MAX_FPS}
     */
    public static int checkFps(String name, long fps) {
        if (fps < MIN_FPS || fps > MAX_FPS) {
            throw new IllegalArgumentException(name + " " + fps + " is out of range; allowed: " + MIN_FPS + " to "
                    + MAX_FPS);
        }
        return (int) fps;
    }

    /** The frames, drawn when asked for, in order. */
    public interface Frames {
        int count();

        /** Frame {@code k} (0-based); called once for each k in increasing order. */
        BufferedImage frame(int k);
    }

    /**
     * The kind {@code out} names: .gif, .mp4, or a folder of PNG frames for a name with no extension.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static Animation of(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif")) {
            return GIF;
        }
        if (name.endsWith(".mp4")) {
            return MP4;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            throw new IllegalArgumentException("cannot write an animation to " + out + ": the extension '"
                    + name.substring(dot) + "' is unknown; allowed: .gif, .mp4, or a folder name without an extension "
                    + "for numbered PNG frames");
        }
        return PNG_FRAMES;
    }

    /** GIF frame delay in hundredths of a second for {@code fps}. */
    public static int gifDelay(int fps) {
        return Math.max(2, Math.round(100f / fps));
    }

    /** Draws every frame and writes them to {@code out} at {@code fps} frames per second; PNGs carry {@code dpi}. */
    public void write(Path out, Frames frames, int fps, int dpi) throws IOException {
        checkFps("fps", fps);
        switch (this) {
            case GIF -> ExportFiles.write(out, stream -> gif(stream, frames, fps));
            case MP4 -> ExportFiles.writePositioned(out, channel -> mp4(channel, frames, fps));
            case PNG_FRAMES -> {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (int k = 0; k < frames.count(); k++) {
                    files.put(String.format(Locale.ROOT, "frame-%04d.png", k + 1), FigureExporter.png(frames.frame(k), dpi));
                }
                ExportFiles.writeAll(out, files);
            }
        }
    }

    private static void gif(OutputStream out, Frames frames, int fps) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < frames.count(); k++) {
                BufferedImage image = frames.frame(k);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(gifDelay(fps)));
                control.setAttribute("transparentColorIndex", "0");
                if (k == 0) {
                    // The NETSCAPE2.0 block with a loop count of 0: play forever.
                    IIOMetadataNode apps = child(root, "ApplicationExtensions");
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0});
                    apps.appendChild(loop);
                }
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(image, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static void mp4(FileChannel channel, Frames frames, int fps) throws IOException {
        // finish() closes its channel, but this one belongs to AtomicFile, which forces it to the disk first.
        FileChannelWrapper unclosed = new FileChannelWrapper(channel) {
            @Override
            public void close() {
            }
        };
        AWTSequenceEncoder encoder = new AWTSequenceEncoder(unclosed, Rational.R(fps, 1));
        for (int k = 0; k < frames.count(); k++) {
            encoder.encodeImage(even(frames.frame(k)));
        }
        encoder.finish();
    }

    /** H.264 codes 4:2:0 colour in 2×2 blocks: an odd side gets one more white row or column. */
    private static BufferedImage even(BufferedImage image) {
        int w = image.getWidth() + image.getWidth() % 2;
        int h = image.getHeight() + image.getHeight() % 2;
        if (w == image.getWidth() && h == image.getHeight()) {
            return image;
        }
        BufferedImage padded = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = padded.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return padded;
    }
}
