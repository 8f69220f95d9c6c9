package io.github.meanfieldlab.render;

import java.awt.geom.Path2D;

/** Marching squares: the level set {value = level} of a grid, as line segments in grid coordinates. */
final class Contour {
    private Contour() {
    }

    /**
     * The segments where {@code values} (cols × rows, column fastest) crosses {@code level}, in grid
     * coordinates: x = column index, y = row index, both continuous. Saddle cells are resolved by the value
     * at the cell centre.
     */
    static Path2D.Double of(double[] values, int cols, int rows, double level) {
        Path2D.Double path = new Path2D.Double();
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                double v00 = values[r * cols + c];
                double v10 = values[r * cols + c + 1];
                double v01 = values[(r + 1) * cols + c];
                double v11 = values[(r + 1) * cols + c + 1];
                // Edges in order bottom, right, top, left; NaN marks an edge the level does not cross.
                double[] ex = new double[4];
                double[] ey = new double[4];
                int crossings = 0;
                crossings += edge(v00, v10, c, r, 1, 0, level, ex, ey, 0);
                crossings += edge(v10, v11, c + 1, r, 0, 1, level, ex, ey, 1);
                crossings += edge(v01, v11, c, r + 1, 1, 0, level, ex, ey, 2);
                crossings += edge(v00, v01, c, r, 0, 1, level, ex, ey, 3);
                if (crossings == 2) {
                    int a = -1;
                    for (int e = 0; e < 4; e++) {
                        if (!Double.isNaN(ex[e])) {
                            if (a < 0) {
                                a = e;
                            } else {
                                segment(path, ex, ey, a, e);
                            }
                        }
                    }
                } else if (crossings == 4) {
                    boolean centreAbove = (v00 + v10 + v01 + v11) / 4 >= level;
                    if ((v00 >= level) != centreAbove) {
                        segment(path, ex, ey, 3, 0);
                        segment(path, ex, ey, 1, 2);
                    } else {
                        segment(path, ex, ey, 0, 1);
                        segment(path, ex, ey, 2, 3);
                    }
                }
            }
        }
        return path;
    }

    private static int edge(double p, double q, double x0, double y0, double dx, double dy, double level,
                            double[] ex, double[] ey, int e) {
        if ((p >= level) == (q >= level) || Double.isNaN(p) || Double.isNaN(q)) {
            ex[e] = Double.NaN;
            ey[e] = Double.NaN;
            return 0;
        }
        double t = (level - p) / (q - p);
        ex[e] = x0 + t * dx;
        ey[e] = y0 + t * dy;
        return 1;
    }

    private static void segment(Path2D.Double path, double[] ex, double[] ey, int a, int b) {
        path.moveTo(ex[a], ey[a]);
        path.lineTo(ex[b], ey[b]);
    }
}
