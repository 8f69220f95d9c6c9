package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.data.DataGenerator;
import io.github.meanfieldlab.export.ExportFormat;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FigureSize;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ladder figures draw their curves, fits and legends, for a width ladder and for a step ladder. */
class LadderFigureTest {
    private static final FigureExporter EXPORTER = new FigureExporter(
            new ExportSettings(FigureSize.points(640, 400), Look.SCREEN, 72));
    private static final Pattern TEXT = Pattern.compile(">([^<>]*)</text>");

    private static LadderResult ladder(LadderAxis axis, double[] values, double reference) {
        ModelSpec spec = new ModelSpec(Block.RELU, 2, 3, 2, 4, null, 0.1, 5.0);
        return new Ladder(spec, DataGenerator.MOONS.generate(16, 0, 7, false, null).dataset(),
                InitialDistribution.gaussian(1.5, 1), 0.05, axis, values, new long[] {1, 2, 3}, new double[] {0.2, 0.4},
                reference).run(1, (f, s) -> { }, () -> false);
    }

    /** The words of the figure's SVG text, in order, one space apart (the SVG places each word on its own). */
    private static String svg(Figure f) {
        Matcher m = TEXT.matcher(new String(EXPORTER.render(f, ExportFormat.SVG), StandardCharsets.UTF_8));
        StringBuilder words = new StringBuilder();
        while (m.find()) {
            words.append(' ').append(m.group(1));
        }
        return words.toString();
    }

    private static int colours(Figure f) {
        BufferedImage image = EXPORTER.image(f);
        Set<Integer> seen = new HashSet<>();
        for (int y = 40; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void aWidthLadderShowsItsFitsBesideTheTheoryAndTheGapsAtTheStart() {
        LadderResult r = ladder(LadderAxis.WIDTH, new double[] {2, 4, 8}, 32);
        String gap = svg(new LadderRateFigure(r, LadderResult.Quantity.GAP));
        // The symbols (s, M) are typeset apart from the words around them.
        assertTrue(gap.contains("= 0.2: slope") && gap.contains("= 0.4: slope"), "a fit per time: " + gap);
        assertTrue(gap.contains("= 0: slope"), "the gaps at s = 0");
        assertTrue(gap.contains("theory: slope −1/2"), "the theory's slope");
        String distance = svg(new LadderRateFigure(r, LadderResult.Quantity.DISTANCE));
        assertTrue(distance.contains("Distance between coupled particles against") && !distance.contains("= 0:"));
        assertTrue(svg(new LadderLossFigure(r)).contains("reference") && svg(new LadderLossFigure(r)).contains("= 32"));
        for (Figure f : new Figure[] {new LadderLossFigure(r), new LadderRateFigure(r, LadderResult.Quantity.GAP)}) {
            assertTrue(colours(f) > 60, "curves and markers in several colours, antialiased: " + colours(f));
        }
    }

    @Test
    void aStepLadderSaysThatItsRungsStartEqual() {
        LadderResult r = ladder(LadderAxis.STEP, new double[] {0.1, 0.2}, 0.025);
        String gap = svg(new LadderRateFigure(r, LadderResult.Quantity.GAP));
        assertTrue(gap.contains("= 0: nothing to fit"), "every rung starts as the reference does");
        assertTrue(gap.contains("theory: slope 1"));
    }
}
