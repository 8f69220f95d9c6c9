import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon, assets/meanfield-lab.png: particles carried through depth along the streamlines of a
 * flow, coloured from the first layer (blue) to the last (yellow). Run once with
 * {@code java assets/DrawIcon.java assets/meanfield-lab.png}; the PNG is committed, this is how it was made.
 */
public class DrawIcon {
    private static final int SIZE = 512;

    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        RoundRectangle2D tile = new RoundRectangle2D.Double(16, 16, SIZE - 32, SIZE - 32, 112, 112);
        g.setPaint(new GradientPaint(0, 16, new Color(0x1b2a4a), 0, SIZE - 16, new Color(0x0b1222)));
        g.fill(tile);
        g.clip(tile);
        int lines = 7;
        int dots = 9;
        for (int k = 0; k < lines; k++) {
            double y0 = 110 + k * 48;
            Path2D path = new Path2D.Double();
            for (int i = 0; i <= 100; i++) {
                double x = 40 + i * 4.32;
                double y = y(y0, x);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setStroke(new BasicStroke(3f));
            g.setPaint(new Color(255, 255, 255, 46));
            g.draw(path);
            for (int j = 0; j < dots; j++) {
                double t = (j + 0.5 * (k % 2)) / (dots - 0.5);
                double x = 60 + t * 392;
                double y = y(y0, x);
                double r = 8 + 6 * Math.sin(Math.PI * t);
                g.setPaint(viridis(0.15 + 0.85 * t));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    /** A streamline: the lines start evenly spread and gather towards the middle, as a trained flow separates classes. */
    private static double y(double y0, double x) {
        double s = (x - 40) / 432;
        double target = y0 < 256 ? 180 : 332;
        return y0 + (target - y0) * (3 * s * s - 2 * s * s * s) + 14 * Math.sin(2 * Math.PI * s + y0 / 60);
    }

    /** Five stops of the viridis colour map, blended. */
    private static Color viridis(double t) {
        int[] stops = {0x440154, 0x3b528b, 0x21918c, 0x5ec962, 0xfde725};
        double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) p, stops.length - 2);
        double f = p - i;
        int a = stops[i];
        int b = stops[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    }
}
