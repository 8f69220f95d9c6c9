package io.github.meanfieldlab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A figure drawn into an image of its area's size, for the tests of this package to read or compare. */
final class Drawing {
    private Drawing() {
    }

    /** The pixels of {@code figure} drawn in {@code look} over {@code area} (at the origin), row by row. */
    static int[] pixels(Figure figure, Rectangle2D area, Look look) {
        int w = (int) Math.ceil(area.getMaxX());
        int h = (int) Math.ceil(area.getMaxY());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            figure.draw(g, area, look);
        } finally {
            g.dispose();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }
}
