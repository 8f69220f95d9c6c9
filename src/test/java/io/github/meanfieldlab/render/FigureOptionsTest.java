package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FigureSize;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Each option a control can bind to changes the picture, and a choice the model cannot show says so. */
class FigureOptionsTest {
    private static final FigureExporter EXPORTER = new FigureExporter(new ExportSettings(FigureSize.points(480, 340), Look.SCREEN, 72));

    private static FlowSnapshot[] relu() {
        return FigureRenderingTest.snapshots(Snapshots.Case.RELU_D3);
    }

    private static double change(Figure before, Runnable option, Figure after) {
        BufferedImage a = EXPORTER.image(before);
        option.run();
        return FigureRenderingTest.differingFraction(a, EXPORTER.image(after));
    }

    @Test
    void densityOptionsChangeThePicture() {
        DensityFigure f = new DensityFigure();
        f.show(relu()[1]);
        assertTrue(change(f, () -> f.setColorScale(ColorScale.LOG), f) > 0.05, "log colour");
        assertTrue(change(f, () -> f.setSmoothing(DensityFigure.Smoothing.NONE), f) > 0.05, "no smoothing");
        assertTrue(change(f, () -> f.setMassWeighted(false), f) > 0.05, "counts instead of mass");
        assertTrue(change(f, () -> {
            f.setQuantity(DensityFigure.Quantity.COORDINATE);
            f.setCoordinate(6);
        }, f) > 0.05, "coordinate b");
    }

    @Test
    void densityOfAnUndefinedScalarDrawsTheBlocksDefaultNotAnError() {
        DensityFigure f = new DensityFigure();
        f.show(relu()[1]);
        f.setQuantity(DensityFigure.Quantity.INNER_ANGLE);
        // Not defined for D = 3 (the other half of a comparison may run another block than the pane's options
        // are for): the block's default scalar, as a figure with no scalar chosen draws it, not a blank frame.
        DensityFigure byDefault = new DensityFigure();
        byDefault.show(relu()[1]);
        double differs = FigureRenderingTest.differingFraction(EXPORTER.image(byDefault), EXPORTER.image(f));
        assertEquals(0, differs, "the default scalar's picture");
        double drawn = FigureRenderingTest.differingFraction(EXPORTER.image(new DensityFigure()), EXPORTER.image(f));
        assertTrue(drawn > 0.05, "a heatmap, not the empty frame: differs from it in " + drawn);
        assertThrows(IllegalArgumentException.class, () -> f.setBandwidth(0));
        assertThrows(IllegalArgumentException.class, () -> f.setCoordinate(-1));
    }

    @Test
    void particleProjectionAndTrailsChangeThePicture() {
        ParticleFigure f = new ParticleFigure();
        f.show(relu()[1]);
        assertTrue(change(f, () -> f.setProjection(ParticleFigure.Projection.COORDINATES), f) > 0.03, "coordinates");
        ParticleFigure plain = new ParticleFigure();
        ParticleFigure trailed = new ParticleFigure();
        trailed.setTrailLength(4);
        for (FlowSnapshot s : relu()) {
            plain.show(s);
            trailed.show(s);
        }
        double trails = FigureRenderingTest.differingFraction(EXPORTER.image(plain), EXPORTER.image(trailed));
        assertTrue(trails > 0.01, "trails drew " + trails);
    }

    @Test
    void trailsStartAfreshWithANewRun() {
        FlowSnapshot[] s = relu();
        FlowSnapshot otherRun = Snapshots.run(Snapshots.Case.RELU_D3.experiment(), 2, 80)[0];
        ParticleFigure fresh = new ParticleFigure();
        fresh.show(otherRun);
        ParticleFigure continued = new ParticleFigure();
        continued.setTrailLength(4);
        continued.show(s[0]);
        continued.show(otherRun);
        assertEquals(0, FigureRenderingTest.differingFraction(EXPORTER.image(fresh), EXPORTER.image(continued)),
                "no trail from run 1 into run 2");
    }

    @Test
    void teacherParticlesAreDrawnOverTheStudent() {
        Experiment exp = Snapshots.experiment("relu", 2, "teacher", 4, 16);
        FlowSnapshot s = Snapshots.run(exp, 1, 5)[0];
        ParticleFigure f = new ParticleFigure();
        f.show(s);
        assertTrue(exp.teacher().isPresent());
        assertTrue(change(f, () -> f.setTeacher(exp.teacher().get()), f) > 0.002, "teacher overlay");
    }

    @Test
    void depthViewAgainstDepthDiffersFromTheStatePlane() {
        DepthFlowFigure f = new DepthFlowFigure();
        f.show(FigureRenderingTest.snapshots(Snapshots.Case.SINE_D1)[1]);
        assertTrue(change(f, () -> f.setView(DepthFlowFigure.View.READOUT_AGAINST_DEPTH), f) > 0.05);
    }

    @Test
    void fitBoundaryIsDrawnForSignLabels() {
        FitFigure f = new FitFigure();
        f.show(FigureRenderingTest.snapshots(Snapshots.Case.REGULARIZED_RELU_D2)[1]);
        assertTrue(change(f, () -> f.setShowBoundary(false), f) > 0.005);
    }

    @Test
    void lossPanelsComeAndGo() {
        LossFigure f = new LossFigure();
        f.show(relu()[1]);
        assertTrue(change(f, () -> f.setShowFidelity(true), f) > 0.05, "fidelity panel");
        assertTrue(change(f, () -> f.setShowAccuracy(false), f) > 0.05, "accuracy panel");
        assertTrue(change(f, () -> f.setShowDissipation(false), f) > 0.01, "dissipation curve");
    }
}
