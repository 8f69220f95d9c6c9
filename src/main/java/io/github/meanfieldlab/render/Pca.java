package io.github.meanfieldlab.render;

import java.util.Arrays;
import java.util.Optional;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The first two principal components of a point cloud: its mean, two orthonormal directions of largest
 * variance (eigenvectors of the covariance, from ojAlgo), and the fraction of the variance each explains.
 */
record Pca(double[] mean, double[] first, double[] second, double explainedFirst, double explainedSecond) {

    /**
     * Principal components of the {@code n} points of dimension {@code dim ≥ 2} stored row-major in
     * {@code points}. The sign of each direction is fixed so that its largest entry is positive (the first of
     * equal ones): a function of the cloud alone, so the same cloud gives the same picture whatever was drawn
     * before it (signs that followed the previous picture flipped between identical runs).
     */
    static Pca of(double[] points, int n, int dim) {
        if (dim < 2) {
            throw new IllegalArgumentException("principal components need dimension >= 2, got " + dim);
        }
        double[] mean = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                mean[j] += points[i * dim + j] / n;
            }
        }
        R064Store cov = R064Store.FACTORY.make(dim, dim);
        double[] centred = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                centred[j] = points[i * dim + j] - mean[j];
            }
            for (int a = 0; a < dim; a++) {
                for (int b = a; b < dim; b++) {
                    cov.add(a, b, centred[a] * centred[b] / n);
                }
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b < a; b++) {
                cov.set(a, b, cov.doubleValue(b, a));
            }
        }
        Eigenvalue<Double> evd = Eigenvalue.R064.make(cov, true);
        if (!evd.decompose(cov)) {
            throw new IllegalStateException("eigen-decomposition of a " + dim + "×" + dim + " covariance failed");
        }
        double[] values = new double[dim];
        evd.getEigenvalues(values, Optional.empty());
        MatrixStore<Double> vectors = evd.getV();
        Integer[] order = new Integer[dim];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double total = Arrays.stream(values).map(v -> Math.max(v, 0)).sum();
        double[] first = column(vectors, order[0], dim);
        double[] second = column(vectors, order[1], dim);
        return new Pca(mean, first, second, fraction(values[order[0]], total), fraction(values[order[1]], total));
    }

    private static double fraction(double value, double total) {
        return total > 0 ? Math.max(value, 0) / total : 0;
    }

    private static double[] column(MatrixStore<Double> v, int col, int dim) {
        double[] c = new double[dim];
        int largest = 0;
        for (int j = 0; j < dim; j++) {
            c[j] = v.doubleValue(j, col);
            if (Math.abs(c[j]) > Math.abs(c[largest]) + 1e-12) {
                largest = j;
            }
        }
        if (c[largest] < 0) {
            for (int j = 0; j < dim; j++) {
                c[j] = -c[j];
            }
        }
        return c;
    }

    /** Coordinates of {@code point} (the {@code dim} values from {@code offset}) along the first component. */
    double projectFirst(double[] point, int offset) {
        return dot(first, point, offset);
    }

    /** Coordinates along the second component. */
    double projectSecond(double[] point, int offset) {
        return dot(second, point, offset);
    }

    private double dot(double[] direction, double[] point, int offset) {
        double s = 0;
        for (int j = 0; j < direction.length; j++) {
            s += direction[j] * (point[offset + j] - mean[j]);
        }
        return s;
    }
}
