package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureExporter;
import io.github.meanfieldlab.export.FigureSize;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure draws something for every test case (relu D = 3, regularized-relu D = 2, the d = 1 sine), and
 * what it draws moves with the flow. Pixels are compared below the title line, where the status stamp
 * (which always changes) is out of the way.
 */
class FigureRenderingTest {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 340;
    /** The title line and its status stamp: left out of every comparison. */
    private static final int TITLE_STRIP = 32;
    private static final FigureExporter EXPORTER = new FigureExporter(new ExportSettings(FigureSize.points(WIDTH, HEIGHT), Look.SCREEN, 72));
    private static final Map<Snapshots.Case, FlowSnapshot[]> SNAPSHOTS = new EnumMap<>(Snapshots.Case.class);

    /** The five figures, each made fresh and handed a snapshot. */
    enum Kind {
        DENSITY(s -> {
            DensityFigure f = new DensityFigure();
            f.show(s);
            return f;
        }),
        PARTICLES(s -> {
            ParticleFigure f = new ParticleFigure();
            f.show(s);
            return f;
        }),
        LOSS(s -> {
            LossFigure f = new LossFigure();
            f.show(s);
            return f;
        }),
        FIT(s -> {
            FitFigure f = new FitFigure();
            f.show(s);
            return f;
        }),
        DEPTH_FLOW(s -> {
            DepthFlowFigure f = new DepthFlowFigure();
            f.show(s);
            return f;
        });

        final Function<FlowSnapshot, Figure> make;

        Kind(Function<FlowSnapshot, Figure> make) {
            this.make = make;
        }

        /** The figure as it looks before any snapshot arrived. */
        Figure empty() {
            return switch (this) {
                case DENSITY -> new DensityFigure();
                case PARTICLES -> new ParticleFigure();
                case LOSS -> new LossFigure();
                case FIT -> new FitFigure();
                case DEPTH_FLOW -> new DepthFlowFigure();
            };
        }
    }

    static synchronized FlowSnapshot[] snapshots(Snapshots.Case c) {
        return SNAPSHOTS.computeIfAbsent(c, k -> {
            Experiment exp = k.experiment();
            return Snapshots.run(exp, 1, 10, 80);
        });
    }

    static Stream<Arguments> everyFigureAndCase() {
        return Stream.of(Kind.values()).flatMap(k -> Stream.of(Snapshots.Case.values()).map(c -> Arguments.of(k, c)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFigureAndCase")
    void drawsTheFlowAndFollowsIt(Kind kind, Snapshots.Case c) {
        FlowSnapshot[] s = snapshots(c);
        BufferedImage empty = EXPORTER.image(kind.empty());
        BufferedImage early = EXPORTER.image(kind.make.apply(s[0]));
        BufferedImage late = EXPORTER.image(kind.make.apply(s[1]));
        double drawn = differingFraction(empty, early);
        double moved = differingFraction(early, late);
        assertTrue(drawn > 0.01, kind + " on " + c + ": only " + percent(drawn) + " of the pixels differ from the empty figure");
        assertTrue(moved > 0.005, kind + " on " + c + ": only " + percent(moved) + " of the pixels changed between step 10 and 80");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void drawsALabelledFrameWithoutASnapshot(Kind kind) {
        BufferedImage image = EXPORTER.image(kind.empty());
        BufferedImage blank = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, WIDTH, HEIGHT);
        assertTrue(differingFraction(blank, image) > 0.01, kind + " without a snapshot is blank");
        assertTrue(inkInTitleStrip(image) > 100, kind + " without a snapshot has no title");
    }

    /** Fraction of the pixels below the title strip that differ between {@code a} and {@code b}. */
    static double differingFraction(BufferedImage a, BufferedImage b) {
        long differ = 0;
        long all = 0;
        for (int y = TITLE_STRIP; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                all++;
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    differ++;
                }
            }
        }
        return (double) differ / all;
    }

    private static int inkInTitleStrip(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < TITLE_STRIP; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static String percent(double f) {
        return String.format("%.2f %%", 100 * f);
    }

    /**
     * A pane the app has drawn (screen look) and then exports for paper gives the same file as a fresh
     * figure of the same state exported directly: what the app's export dialog writes is what figure writes.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void exportingAfterDrawingOnScreenGivesTheSameFigureAsAFreshOne(Kind kind) {
        FlowSnapshot s = snapshots(Snapshots.Case.REGULARIZED_RELU_D2)[1];
        FigureExporter paper = new FigureExporter(ExportSettings.paper());
        Figure onScreen = kind.make.apply(s);
        EXPORTER.image(onScreen);
        BufferedImage exported = paper.image(onScreen);
        BufferedImage fresh = paper.image(kind.make.apply(s));
        assertTrue(differingFraction(exported, fresh) == 0, kind + ": the screen look left traces in the export");
        assertTrue(differingFraction(EXPORTER.image(onScreen), EXPORTER.image(kind.make.apply(s))) == 0,
                kind + ": and the screen look comes back");
    }
}
