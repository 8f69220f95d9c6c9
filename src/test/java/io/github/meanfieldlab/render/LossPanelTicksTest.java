package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With every panel of the loss chart on, at column size in the paper style, each panel's axis carries at least two
 * tick labels, and no label runs into another, into a panel's name or off the figure: a panel without a number on
 * its axis cannot be read. Measured from the text the drawing put down ({@link TextRecorder}).
 */
class LossPanelTicksTest {
    /** The column preset: 3.4 × 2.55 in. */
    private static final Rectangle2D COLUMN = new Rectangle2D.Double(0, 0, 3.4 * 72, 2.55 * 72);
    /** Inks closer than this (points) read as one. */
    private static final double AIR = 0.5;

    /** relu on circles (so the accuracy panel shows) with the theory columns every 10 steps, run to s = 16. */
    private static final FlowSnapshot RUN = run();

    private static FlowSnapshot run() {
        Experiment exp = Snapshots.experiment("relu", 3, "circles", 8, 32);
        try (GradientFlow flow = new GradientFlow(exp.spec(), exp.data(), exp.initialParticles(),
                new GradientFlow.Options(exp.stepSize(), false, true, 10), 1)) {
            while (flow.time() < 16) {
                flow.step();
            }
            return flow.snapshot(1, null);
        }
    }

    private static LossFigure everyPanel() {
        LossFigure figure = new LossFigure();
        for (String option : List.of("dissipation", "fidelity", "accuracy", "theory", "drift")) {
            figure.setViewOption(option, "true");
        }
        figure.show(RUN);
        return figure;
    }

    private static List<TextRecorder.Drawn> draw(LossFigure figure, Rectangle2D area, Look look) {
        BufferedImage image = new BufferedImage((int) Math.ceil(area.getWidth()), (int) Math.ceil(area.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        TextRecorder g = TextRecorder.on(image);
        try {
            figure.draw(g, area, look);
        } finally {
            g.dispose();
        }
        return g.lines();
    }

    @Test
    void everyPanelAtColumnSizeHasTwoTickLabelsClearOfEachOtherAndOfTheNames() {
        List<TextRecorder.Drawn> ticks = check(everyPanel(), COLUMN, Look.Style.PAPER);
        float paperTick = Theme.of(Look.of(Look.Style.PAPER)).tick.getSize2D();
        assertTrue(ticks.stream().allMatch(t -> t.font().getSize2D() == paperTick),
                "the paper style's text fits a column as it is, not made smaller");
    }

    /** Slide type in a column-sized figure left the panels no height; the text shrinks until they have some. */
    @ParameterizedTest
    @CsvSource({"244.8, 183.6, SLIDE", "960, 540, SLIDE", "960, 540, PAPER", "504, 302.4, SCREEN"})
    void atOtherSizesAndInOtherTypeTooNoLabelRunsIntoAnother(double width, double height, Look.Style style) {
        check(everyPanel(), new Rectangle2D.Double(0, 0, width, height), style);
    }

    /**
     * In a comparison of relu (A) with regularized-relu (B) the drift panel shows A's curve: it keeps its scale, and
     * the note that the drift does not apply to B stays clear of the labels.
     */
    @Test
    void theDriftPanelOfAComparisonKeepsItsScaleBesideTheNoteForTheOtherRun() {
        LossFigure figure = everyPanel();
        figure.setComparison(true);
        Experiment b = Snapshots.experiment("regularized-relu", 3, "circles", 8, 32);
        figure.startRun("B: regularized-relu");
        try (GradientFlow flow = new GradientFlow(b.spec(), b.data(), b.initialParticles(),
                new GradientFlow.Options(b.stepSize(), false, true, 10), 1)) {
            for (int n = 0; n < 20; n++) {
                flow.step();
            }
            figure.show(flow.snapshot(2, null));
        }
        assertTrue(figure.driftNote().startsWith("does not apply to regularized-relu"), figure.driftNote());
        check(figure, COLUMN, Look.Style.PAPER);
    }

    /** Checks the drawing of {@code figure}'s panels into {@code area} in {@code style}; returns the tick labels beside the panels. */
    private static List<TextRecorder.Drawn> check(LossFigure figure, Rectangle2D area, Look.Style style) {
        List<TextRecorder.Drawn> drawn = draw(figure, area, Look.of(style));
        List<Rectangle2D> panels = figure.drawnPanels();
        assertEquals(6, panels.size(), "E, fidelity, accuracy, λ_min, det and drift");
        double left = panels.get(0).getMinX();
        List<TextRecorder.Drawn> ticks = new ArrayList<>();
        List<TextRecorder.Drawn> names = new ArrayList<>();
        for (TextRecorder.Drawn d : drawn) {
            Rectangle2D box = d.box();
            assertTrue(area.contains(box), "'" + d.text() + "' at " + box + " runs off the figure " + area);
            if (d.turned()) {
                names.add(d);
            } else if (box.getMaxX() <= left) {
                ticks.add(d);
            }
        }
        StringBuilder report = new StringBuilder();
        for (Rectangle2D p : panels) {
            report.append(String.format(java.util.Locale.ROOT, "panel %.1f–%.1f pt: ticks %s, name %s%n", p.getMinY(),
                    p.getMaxY(), ticks.stream().filter(t -> within(t.box().getCenterY(), p)).map(TextRecorder.Drawn::text)
                            .toList(), names.stream().filter(t -> within(t.box().getCenterY(), p))
                            .map(TextRecorder.Drawn::text).toList()));
        }
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D p = panels.get(i);
            List<String> own = ticks.stream().filter(t -> within(t.box().getCenterY(), p)).map(TextRecorder.Drawn::text)
                    .toList();
            List<TextRecorder.Drawn> name = names.stream().filter(t -> within(t.box().getCenterY(), p)).toList();
            assertTrue(own.size() >= 2, "panel " + i + " has tick labels " + own + "\n" + report);
            assertFalse(name.isEmpty(), "panel " + i + " has a name\n" + report);
            // A name may reach into the gaps above and below its panel, not past their middles.
            double top = i == 0 ? p.getMinY() - 1 : (panels.get(i - 1).getMaxY() + p.getMinY()) / 2;
            double bottom = i == panels.size() - 1 ? p.getMaxY() + 1 : (p.getMaxY() + panels.get(i + 1).getMinY()) / 2;
            for (TextRecorder.Drawn n : name) {
                assertTrue(n.box().getMinY() >= top && n.box().getMaxY() <= bottom,
                        "panel " + i + "'s name '" + n.text() + "' " + n.box() + " stays beside its panel " + p);
            }
        }
        // The names in words (not JLaTeXMath's glyphs) of the small panels are in one size: none shouts.
        List<Float> wordSizes = names.stream().filter(n -> n.box().getMinY() > panels.get(0).getMaxY())
                .filter(n -> n.font().getFamily().equals(Theme.of(Look.of(style)).label.getFamily()))
                .map(n -> n.font().getSize2D()).distinct().toList();
        assertEquals(1, wordSizes.size(), "sizes of the small panels' names in words: " + wordSizes + "\n" + report);
        // Δs = 0.2 overshoots in places: the legend says what the shading means, inside the figure as all text is.
        assertEquals(figure.marksStepTooLarge(), drawn.stream().anyMatch(d -> d.text().equals(LossFigure.TOO_LARGE_LEGEND)),
                "the shading explained");
        // The title, status, legend and the time axis' labels: no line of text runs into another.
        List<TextRecorder.Drawn> lines = drawn.stream().filter(d -> !d.turned()).toList();
        for (TextRecorder.Drawn a : lines) {
            for (TextRecorder.Drawn b : lines) {
                assertTrue(a == b || !a.overlaps(b, AIR), "'" + a.text() + "' " + a.box() + " runs into '" + b.text()
                        + "' " + b.box() + "\n" + report);
            }
        }
        for (TextRecorder.Drawn t : ticks) {
            assertTrue(panels.stream().anyMatch(p -> within(t.box().getCenterY(), p)),
                    "tick label '" + t.text() + "' " + t.box() + " beside no panel\n" + report);
            for (TextRecorder.Drawn other : ticks) {
                assertTrue(t == other || !t.overlaps(other, AIR),
                        "'" + t.text() + "' " + t.box() + " runs into '" + other.text() + "' " + other.box() + "\n" + report);
            }
            for (TextRecorder.Drawn n : names) {
                assertFalse(t.overlaps(n, AIR),
                        "'" + t.text() + "' " + t.box() + " runs into the name '" + n.text() + "' " + n.box());
            }
        }
        return ticks;
    }

    private static boolean within(double y, Rectangle2D panel) {
        return y >= panel.getMinY() - 0.5 && y <= panel.getMaxY() + 0.5;
    }
}
