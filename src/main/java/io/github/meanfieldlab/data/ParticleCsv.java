package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.ModelSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Particle files of MODEL.md: header {@code layer,index,} then the coordinates of the block, in order. */
public final class ParticleCsv {
    /** L·M above this is refused as an absurd size. */
    public static final int MAX_PARTICLES = 4_000_000;

    private ParticleCsv() {
    }

    /** Particles read from a file, with the depth and width the file covers. */
    public record Particles(int depth, int width, double[] values) {
    }

    /**
     * Reads particles for {@code block} at state dimension {@code D}. Depth and width are those of the file
     * (largest layer + 1, largest index + 1), and every (layer, index) must appear exactly once.
     */
    public static Particles read(Path file, Block block, int D) {
        return of(CsvTable.read(file, MAX_PARTICLES), block, D);
    }

    /** As {@link #read(Path, Block, int)}, from a reader the caller bounds and closes; {@code source} names it. */
    public static Particles read(String source, Reader in, Block block, int D) throws IOException {
        return of(CsvTable.read(source, in, MAX_PARTICLES, false), block, D);
    }

    private static Particles of(CsvTable t, Block block, int D) {
        String file = t.source;
        List<String> names = block.coordinateNames(D);
        int k = names.size();
        String expected = "layer,index," + String.join(",", names);
        if (!String.join(",", t.header).equals(expected)) {
            throw new InputException(file + ", line 1: header '" + String.join(",", t.header) + "' does not fit block "
                    + block.id() + " at D = " + D + "; expected '" + expected + "'");
        }
        int depth = 0;
        int width = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int r = 0; r < t.rows(); r++) {
            int layer = index(t, r, 0, "layer");
            int particle = index(t, r, 1, "index");
            if (!seen.add(((long) layer << 32) | particle)) {
                throw new InputException(file + ", line " + t.lines[r] + ": particle (layer " + layer + ", index "
                        + particle + ") appears a second time");
            }
            depth = Math.max(depth, layer + 1);
            width = Math.max(width, particle + 1);
        }
        if ((long) depth * width != t.rows()) {
            throw new InputException(file + ": " + t.rows() + " rows, but layers 0.." + (depth - 1) + " and indices 0.."
                    + (width - 1) + " need L·M = " + (long) depth * width + " rows, one per (layer, index); "
                    + firstMissing(seen, depth, width) + " is missing");
        }
        double[] values = new double[depth * width * k];
        for (int r = 0; r < t.rows(); r++) {
            int q = index(t, r, 0, "layer") * width + index(t, r, 1, "index");
            for (int j = 0; j < k; j++) {
                values[q * k + j] = t.get(r, 2 + j);
            }
        }
        return new Particles(depth, width, values);
    }

    private static String firstMissing(java.util.Set<Long> seen, int depth, int width) {
        for (int l = 0; l < depth; l++) {
            for (int m = 0; m < width; m++) {
                if (!seen.contains(((long) l << 32) | m)) {
                    return "particle (layer " + l + ", index " + m + ")";
                }
            }
        }
        throw new IllegalStateException("no particle is missing");
    }

    private static int index(CsvTable t, int row, int column, String name) {
        double v = t.get(row, column);
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new InputException(t.source + ", line " + t.lines[row] + ", column " + (column + 1) + " (" + name
                    + "): " + v + " is not a whole number >= 0");
        }
        return (int) v;
    }

    /** Writes the particles of {@code spec}, full precision. */
    public static void write(ModelSpec spec, double[] theta, Writer out) throws IOException {
        int k = spec.parameterCount();
        out.write("layer,index," + String.join(",", spec.block().coordinateNames(spec.stateDimension())) + "\n");
        StringBuilder line = new StringBuilder();
        for (int l = 0; l < spec.depth(); l++) {
            for (int m = 0; m < spec.width(); m++) {
                line.setLength(0);
                line.append(l).append(',').append(m);
                int off = (l * spec.width() + m) * k;
                for (int j = 0; j < k; j++) {
                    line.append(',').append(theta[off + j]);
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}
