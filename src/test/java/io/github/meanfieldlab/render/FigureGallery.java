package io.github.meanfieldlab.render;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FigureSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every figure of every test case at each size preset and in each format to a folder, for a person to
 * look at (not a test): rasterise the PDFs with pdftoppm and the SVGs with rsvg-convert and view them.
 */
final class FigureGallery {
    private FigureGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/gallery");
        Files.createDirectories(dir);
        Map<String, ExportSettings> presets = new LinkedHashMap<>();
        presets.put("column", new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER), 150));
        presets.put("text", new ExportSettings(FigureSize.TEXT, Look.of(Look.Style.PAPER), 150));
        presets.put("slide", new ExportSettings(FigureSize.SLIDE, Look.of(Look.Style.SLIDE), 72));
        presets.put("screen", new ExportSettings(FigureSize.points(480, 330), Look.SCREEN, 144));
        presets.put("grey", new ExportSettings(FigureSize.COLUMN, Look.of(Look.Style.PAPER).withPalette(Look.Palette.GREY), 150));
        for (Snapshots.Case c : Snapshots.Case.values()) {
            Experiment exp = c.experiment();
            FlowSnapshot[] s = Snapshots.run(exp, 1, 0, 40, 200);
            String name = c.name().toLowerCase();
            ParticleFigure particles = new ParticleFigure();
            particles.setTrailLength(8);
            particles.setTeacher(exp.teacher().orElse(null));
            LossFigure loss = new LossFigure();
            loss.setShowFidelity(true);
            Map<String, SnapshotFigure> figures = new LinkedHashMap<>();
            figures.put("density", new DensityFigure());
            figures.put("particles", particles);
            figures.put("loss", loss);
            figures.put("fit", new FitFigure());
            figures.put("depth", new DepthFlowFigure());
            for (FlowSnapshot snap : s) {
                figures.values().forEach(f -> f.show(snap));
            }
            for (Map.Entry<String, ExportSettings> preset : presets.entrySet()) {
                FigureExporter exporter = new FigureExporter(preset.getValue());
                List<ExportFormat> formats = preset.getKey().equals("column") ? List.of(ExportFormat.values())
                        : List.of(ExportFormat.PNG);
                for (Map.Entry<String, SnapshotFigure> f : figures.entrySet()) {
                    for (ExportFormat format : formats) {
                        exporter.write(f.getValue(), dir.resolve(name + "-" + f.getKey() + "-" + preset.getKey() + "."
                                + format.extension()));
                    }
                }
            }
        }
        FigureExporter column = new FigureExporter(presets.get("column"));
        column.write(new DensityFigure(), dir.resolve("empty-density-column.png"));
        column.write(new LossFigure(), dir.resolve("empty-loss-column.png"));
    }
}
