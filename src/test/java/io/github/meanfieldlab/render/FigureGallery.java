package io.github.meanfieldlab.render;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.export.FigureExporter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every figure of every test case as PNG to a folder, for a person to look at (not a test). */
final class FigureGallery {
    private FigureGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/gallery");
        Files.createDirectories(dir);
        FigureExporter exporter = new FigureExporter(640, 440, 2);
        for (Snapshots.Case c : Snapshots.Case.values()) {
            Experiment exp = c.experiment();
            FlowSnapshot[] s = Snapshots.run(exp, 1, 0, 40, 200);
            String name = c.name().toLowerCase();
            DensityFigure density = new DensityFigure();
            ParticleFigure particles = new ParticleFigure();
            particles.setTrailLength(8);
            LossFigure loss = new LossFigure();
            loss.setShowFidelity(true);
            FitFigure fit = new FitFigure();
            DepthFlowFigure depth = new DepthFlowFigure();
            for (FlowSnapshot snap : s) {
                density.show(snap);
                particles.show(snap);
                loss.show(snap);
                fit.show(snap);
                depth.show(snap);
            }
            exporter.write(density, dir.resolve(name + "-density.png"));
            exporter.write(particles, dir.resolve(name + "-particles.png"));
            exporter.write(loss, dir.resolve(name + "-loss.png"));
            exporter.write(fit, dir.resolve(name + "-fit.png"));
            exporter.write(depth, dir.resolve(name + "-depth.png"));
        }
        FigureExporter vector = new FigureExporter(480, 330, 1);
        FlowSnapshot[] reg = Snapshots.run(Snapshots.Case.REGULARIZED_RELU_D2.experiment(), 1, 200);
        FitFigure fit = new FitFigure();
        fit.show(reg[0]);
        LossFigure loss = new LossFigure();
        loss.show(reg[0]);
        for (String ext : new String[] {"svg", "pdf"}) {
            vector.write(fit, dir.resolve("vector-fit." + ext));
            vector.write(loss, dir.resolve("vector-loss." + ext));
        }
        new FigureExporter(640, 440, 1).write(new DensityFigure(), dir.resolve("empty-density.png"));
        new FigureExporter(640, 440, 1).write(new LossFigure(), dir.resolve("empty-loss.png"));
    }
}
