package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.SizeLimits;
import io.github.meanfieldlab.core.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;

/** Particle files of MODEL.md: header {@code layer,index,} then the coordinates of the block, in order. */
public final class ParticleCsv {
    private ParticleCsv() {
    }

    /** Particles read from a file, with the depth and width the file covers. */
    public record Particles(int depth, int width, double[] values) {
    }

    /**
     * Reads particles for {@code block} at state dimension {@code D}. Depth and width are those of the file
     * (largest layer + 1, largest index + 1), within {@link SizeLimits}, and every (layer, index) must appear
     * exactly once.
     *
     * @param modelSource where block and D come from, for the message when the file's header does not fit them
     */
    public static Particles read(Path file, Block block, int D, String modelSource) {
        return of(CsvTable.read(file, SizeLimits.MAX_PARTICLES, headerCheck(block, D, modelSource)), block, D);
    }

    /**
     * As {@link #read(Path, Block, int, String)}, from {@code in} (an entry of a session file), which this closes;
     * {@code source} names it in messages (printable, see {@link UserText}).
     */
    public static Particles read(String source, InputStream in, Block block, int D, String modelSource) {
        return of(CsvTable.read(source, in, SizeLimits.MAX_PARTICLES, headerCheck(block, D, modelSource),
                CsvTable.EmptyField.REFUSED), block, D);
    }

    private static CsvTable.HeaderCheck headerCheck(Block block, int D, String modelSource) {
        String expected = "layer,index," + String.join(",", block.coordinateNames(D));
        return (source, line, header) -> {
            if (!String.join(",", header).equals(expected)) {
                throw new InputException(source + ", line " + line + ": header "
                        + UserText.quote(String.join(",", header)) + " does not fit block " + block.id() + " at D = " + D
                        + " (model.block and model.stateDimension of " + modelSource + "); expected '" + expected + "'");
            }
        };
    }

    private static Particles of(CsvTable t, Block block, int D) {
        int k = block.coordinateNames(D).size();
        int depth = 0;
        int width = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int r = 0; r < t.rows(); r++) {
            int layer = index(t, r, 0, "layer", SizeLimits.MAX_DEPTH);
            int particle = index(t, r, 1, "index", SizeLimits.MAX_WIDTH);
            if (!seen.add(((long) layer << 32) | particle)) {
                throw new InputException(t.source + ", line " + t.lines[r] + ": particle (layer " + layer + ", index "
                        + particle + ") appears a second time");
            }
            depth = Math.max(depth, layer + 1);
            width = Math.max(width, particle + 1);
        }
        if ((long) depth * width != t.rows()) {
            throw new InputException(t.source + ": " + t.rows() + " rows, but layers 0.." + (depth - 1) + " and indices 0.."
                    + (width - 1) + " need L·M = " + (long) depth * width + " rows, one per (layer, index); "
                    + firstMissing(seen, depth, width) + " is missing");
        }
        double[] values = new double[depth * width * k];
        for (int r = 0; r < t.rows(); r++) {
            int q = (int) t.get(r, 0) * width + (int) t.get(r, 1);
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
        // Unreachable: distinct pairs inside depth × width that are fewer than depth·width leave one out.
        throw new IllegalStateException("no particle is missing");
    }

    /** The whole number in a layer or index column, from 0 to {@code count} − 1 (the limit of depth or width). */
    private static int index(CsvTable t, int row, int column, String name, int count) {
        double v = t.get(row, column);
        String where = t.source + ", line " + t.lines[row] + ", column " + (column + 1) + " (" + name + "): ";
        if (v != Math.rint(v)) {
            throw new InputException(where + v + " is not a whole number");
        }
        if (v < 0 || v >= count) {
            throw new InputException(where + String.format(java.util.Locale.ROOT, "%.0f", v)
                    + " is out of range; allowed: 0 to " + (count - 1) + " (" + (name.equals("layer") ? "depth" : "width")
                    + " at most " + count + ")");
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
