package io.github.meanfieldlab.export;

import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.LadderCsv;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LadderLossFigure;
import io.github.meanfieldlab.render.LadderRateFigure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a ladder writes: {@code ladder.csv}, {@code fit.csv} and its three figures in each format asked for. The
 * {@code ladder} command and the app's ladder window write the same files, as one set.
 */
public final class LadderFiles {
    /** The tables, then the figures' names without their format's extension. */
    private static final List<String> TABLES = List.of("ladder.csv", "fit.csv");
    private static final List<String> FIGURES = List.of("ladder-loss", "ladder-gap", "ladder-distance");

    private LadderFiles() {
    }

    /** The names of the files {@link #write} writes for {@code formats}, in the order it writes them. */
    public static List<String> names(List<ExportFormat> formats) {
        List<String> names = new ArrayList<>(TABLES);
        for (String figure : FIGURES) {
            names.addAll(FigureExporter.fileNames(figure, formats));
        }
        return names;
    }

    /** The three figures, by name: E(s) per rung, the gap against the value, the coupled particles' distance. */
    public static Map<String, Figure> figures(LadderResult result) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put(FIGURES.get(0), new LadderLossFigure(result));
        figures.put(FIGURES.get(1), new LadderRateFigure(result, LadderResult.Quantity.GAP));
        figures.put(FIGURES.get(2), new LadderRateFigure(result, LadderResult.Quantity.DISTANCE));
        return figures;
    }

    /**
     * Writes the tables and figures of {@code result} into {@code dir} as one set (a reader sees all of them or the
     * earlier ones), the figures drawn with {@code settings} in each of {@code formats}.
     *
     * @return the files written
     * @throws IOException whose message names the file and says why it could not be written
     */
    public static List<Path> write(Path dir, LadderResult result, ExportSettings settings, List<ExportFormat> formats)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TABLES.get(0), AtomicFile.bytes(w -> LadderCsv.writeLadder(result, w)));
        files.put(TABLES.get(1), AtomicFile.bytes(w -> LadderCsv.writeFit(result, w)));
        FigureExporter exporter = new FigureExporter(settings);
        figures(result).forEach((name, figure) -> files.putAll(exporter.render(figure, name, formats)));
        return ExportFiles.writeAll(dir, files);
    }
}
