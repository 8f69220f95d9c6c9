package io.github.meanfieldlab.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A grid of values painted as an image that fills a rectangle. The image is made at the device resolution
 * of the target, so every backend (screen, PNG at any scale, SVG, PDF) shows the same cells without
 * depending on how it would resample a small image.
 */
final class Heatmap {
    private static final int MAX_PIXELS = 4096;

    private Heatmap() {
    }

    /**
     * Paints {@code values} (cols × rows, column index fastest, row 0 at the bottom) into {@code target}.
     *
     * @param interpolate true: bilinear between cell centres (a smooth field); false: flat cells (a histogram)
     */
    static void draw(Graphics2D g, Rectangle2D target, double[] values, int cols, int rows, ValueColors colors,
                     boolean interpolate) {
        AffineTransform t = g.getTransform();
        double sx = Math.hypot(t.getScaleX(), t.getShearY());
        double sy = Math.hypot(t.getShearX(), t.getScaleY());
        int w = clamp((int) Math.ceil(target.getWidth() * sx));
        int h = clamp((int) Math.ceil(target.getHeight() * sy));
        int[] colorOfCell = new int[values.length];
        for (int c = 0; c < values.length; c++) {
            colorOfCell[c] = colors.argb(values[c]);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] line = new int[w];
        for (int py = 0; py < h; py++) {
            double gy = (1 - (py + 0.5) / h) * rows - 0.5;
            for (int px = 0; px < w; px++) {
                double gx = (px + 0.5) / w * cols - 0.5;
                line[px] = interpolate
                        ? colors.argb(bilinear(values, cols, rows, gx, gy))
                        : colorOfCell[index(cols, rows, (int) Math.round(gx), (int) Math.round(gy))];
            }
            image.setRGB(0, py, w, 1, line, 0, w);
        }
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform placed = new AffineTransform();
        placed.translate(target.getX(), target.getY());
        placed.scale(target.getWidth() / w, target.getHeight() / h);
        g.drawImage(image, placed, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    private static int clamp(int pixels) {
        return Math.max(1, Math.min(MAX_PIXELS, pixels));
    }

    private static int index(int cols, int rows, int col, int row) {
        int c = Math.max(0, Math.min(cols - 1, col));
        int r = Math.max(0, Math.min(rows - 1, row));
        return r * cols + c;
    }

    private static double bilinear(double[] v, int cols, int rows, double gx, double gy) {
        int c0 = (int) Math.floor(gx);
        int r0 = (int) Math.floor(gy);
        double fx = gx - c0;
        double fy = gy - r0;
        double bottom = v[index(cols, rows, c0, r0)] * (1 - fx) + v[index(cols, rows, c0 + 1, r0)] * fx;
        double top = v[index(cols, rows, c0, r0 + 1)] * (1 - fx) + v[index(cols, rows, c0 + 1, r0 + 1)] * fx;
        return bottom * (1 - fy) + top * fy;
    }
}
