package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code animate}: frames counted and timed as asked, in each container, the same file for the same command. */
class AnimateCommandTest {
    private static final String[] SMALL = {"--size", "2x1.5in", "--dpi", "72"};

    @TempDir
    Path dir;

    private static CliRun animate(Path out, String pane, int frames, int fps, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("animate", "--pane", pane, "--from", "0", "--to", "0.5",
                "--frames", Integer.toString(frames), "--fps", Integer.toString(fps), "--out", out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aGifHasEveryFrameWithItsDelayAndLoopsForever() throws IOException {
        Path gif = dir.resolve("loss.gif");
        CliRun r = animate(gif, "loss", 6, 20);
        assertEquals(0, r.code(), r.err());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            assertEquals(144, reader.getWidth(0), "2 in at 72 dpi");
            for (int k = 0; k < 6; k++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("5", control.getAttribute("delayTime"), "1/20 s = 5 hundredths, frame " + k);
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertNotNull(app, "a NETSCAPE2.0 loop block");
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) app.getUserObject(), "loop count 0: forever");
        }
        Path again = dir.resolve("again.gif");
        assertEquals(0, animate(again, "loss", 6, 20).code());
        assertArrayEquals(Files.readAllBytes(gif), Files.readAllBytes(again), "the same command, the same file");
    }

    @Test
    void takesTheViewOptionsFigureTakes() throws IOException {
        Path plain = dir.resolve("plain.gif");
        assertEquals(0, animate(plain, "density", 2, 10).code());
        Path log = dir.resolve("log.gif");
        CliRun r = animate(log, "density", 2, 10, "--view", "density.colourScale=log");
        assertEquals(0, r.code(), r.err());
        assertFalse(Arrays.equals(Files.readAllBytes(plain), Files.readAllBytes(log)), "log colour is another drawing");
        CliRun other = animate(dir.resolve("x.gif"), "density", 2, 10, "--view", "fit.boundary=false");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("animate draws the density pane only"), other.err());
    }

    @Test
    void anMp4HoldsEveryFrame() throws Exception {
        Path mp4 = dir.resolve("depth.mp4");
        CliRun r = animate(mp4, "depth", 5, 10);
        assertEquals(0, r.code(), r.err());
        int frames = 0;
        try (FileChannelWrapper in = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(in);
            while (grab.getNativeFrame() != null) {
                frames++;
            }
        }
        assertEquals(5, frames);
    }

    @Test
    void aFolderGetsNumberedPngFrames() throws IOException {
        Path folder = dir.resolve("frames");
        CliRun r = animate(folder, "fit", 3, 10);
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("frame-0001.png", "frame-0002.png", "frame-0003.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(r.out().contains("3 frames from s = 0.0 to 0.5"), r.out());
    }

    /**
     * {@code --versus}: every frame is the comparison of A and B at its s, the last the figure {@code figure
     * --versus} draws of both runs at that s; the first, at s = 0, is another drawing (the control).
     */
    @Test
    void versusFramesAreTheComparisonAtEachS() throws IOException {
        Path a = dir.resolve("A.json");
        Path b = dir.resolve("B.json");
        Files.writeString(a, "{\"model\": {\"block\": \"relu\", \"depth\": 4, \"width\": 8}, \"flow\": {\"step\": 0.05}}");
        Files.writeString(b, "{\"model\": {\"block\": \"regularized-relu\", \"depth\": 4, \"width\": 8}, "
                + "\"flow\": {\"step\": 0.05}}");
        Path folder = dir.resolve("frames");
        CliRun r = animate(folder, "particles", 3, 10, "--config", a.toString(), "--versus", b.toString());
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(folder)) {
            assertEquals(3, files.count());
        }
        Path figure = dir.resolve("figure");
        CliRun f = CliRun.of("figure", "--config", a.toString(), "--versus", b.toString(), "--steps", "10", "--pane",
                "particles", "--style", "screen", "--size", "2x1.5in", "--dpi", "72", "--out", figure.toString());
        assertEquals(0, f.code(), f.err());
        int[] last = pixels(folder.resolve("frame-0003.png"));
        assertArrayEquals(pixels(figure.resolve("particles.png")), last, "the frame at s = 0.5 is figure --versus at step 10");
        assertFalse(Arrays.equals(pixels(folder.resolve("frame-0001.png")), last), "the frame at s = 0 shows another state");
    }

    private static int[] pixels(Path png) throws IOException {
        java.awt.image.BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /**
     * The progress is {@link ProgressBar}'s, as {@code run} shows it, and --quiet leaves standard error to errors:
     * a flow that overflows (Δs = 100) is still reported, with or without it.
     */
    @Test
    void showsTheProgressBarUnlessQuiet() throws IOException {
        CliRun shown = animate(dir.resolve("shown.gif"), "loss", 3, 10);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.err().startsWith("[########################] 100%  frame 3/3  s = 0.5000  took "), shown.err());
        CliRun quiet = animate(dir.resolve("quiet.gif"), "loss", 3, 10, "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"flow\": {\"step\": 100}}");
        CliRun overflow = CliRun.of("animate", "--pane", "loss", "--to", "20000", "--frames", "3", "--config",
                huge.toString(), "--quiet", "--size", "2x1.5in", "--dpi", "72", "--out", dir.resolve("nan.gif").toString());
        assertEquals(3, overflow.code(), overflow.err());
        assertTrue(overflow.err().startsWith("error: ") && overflow.err().contains("Try a smaller step"), overflow.err());
        assertEquals(1, overflow.err().lines().count(), overflow.err());
    }

    @Test
    void badRangesAndNamesAreRefused() {
        CliRun range = CliRun.of("animate", "--pane", "loss", "--from", "2", "--to", "1", "--out", dir.resolve("a.gif").toString());
        assertEquals(2, range.code());
        assertTrue(range.err().contains("--from 2.0 --to 1.0 is not a range"), range.err());
        CliRun ext = CliRun.of("animate", "--pane", "loss", "--to", "1", "--out", dir.resolve("a.avi").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains("'.avi' is unknown; allowed: .gif, .mp4"), ext.err());
        CliRun fps = CliRun.of("animate", "--pane", "loss", "--to", "1", "--fps", "0", "--out", dir.resolve("a.gif").toString());
        assertTrue(fps.err().contains("--fps 0 is out of range"), fps.err());
        CliRun frames = CliRun.of("animate", "--pane", "loss", "--to", "1", "--frames", "10001", "--out",
                dir.resolve("a.gif").toString());
        assertEquals(2, frames.code());
        assertEquals("error: --frames 10001 is out of range; allowed: 1 to 10000", frames.err().strip());
    }
}
