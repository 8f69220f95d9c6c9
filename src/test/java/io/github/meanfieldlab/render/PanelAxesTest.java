package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stacked panels' ticks on cases with known answers: round ends, both ends labelled, the most labels that fit. */
class PanelAxesTest {
    private static List<Double> labelled(PanelAxes.Plan plan) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < plan.at().length; i++) {
            if (plan.labelled()[i]) {
                out.add(plan.at()[i] + 0.0);
            }
        }
        return out;
    }

    @Test
    void aPanelLabelsTheMostTicksThatFitPreferringFewerGridLinesToFewerLabels() {
        // The accuracy panel, 0 to 1 with the margin, 30 pt high, labels needing 10 pt each: 0, 0.5 and 1 fit;
        // the finer grid every 0.2 could only label 0 and 1.
        PanelAxes.Plan plan = PanelAxes.plan(-0.04, 1.04, 30, 10, 0.1, Ticks::nextNice);
        assertEquals(List.of(0.0, 0.5, 1.0), labelled(plan));
    }

    @Test
    void aLowPanelLabelsItsEndsAndALogPanelItsEndDecades() {
        // 14 pt high, 0 to 0.015 with the margin: three labels 4.5 pt apart would collide; the ends do not.
        PanelAxes.Plan linear = PanelAxes.plan(-0.0006, 0.0156, 14, 10, 0.001, Ticks::nextNice);
        List<Double> l = labelled(linear);
        assertEquals(2, l.size(), l.toString());
        assertEquals(0, l.get(0), 1e-12);
        assertEquals(0.015, l.get(1), 1e-12);
        PanelAxes.Plan log = PanelAxes.plan(-10.16, -5.84, 14, 12, 1, s -> s + 1);
        assertEquals(List.of(-10.0, -6.0), labelled(log));
    }

    @Test
    void roundEndsEncloseTheDataInAFewSteps() {
        assertEquals(0.005, PanelAxes.enclosingStep(0, 0.0113), 1e-12, "0 to 0.015 in three steps");
        assertEquals(0.05, PanelAxes.enclosingStep(0.95, 1.06), 1e-12, "0.95 to 1.1 in three steps");
    }

    @Test
    void labelsShareTheirDecimalsAndTakeAPowerOfTenOutOfTinyValues() {
        assertArrayEquals(new String[] {"0.000", "0.015"}, PanelAxes.linearLabels(new double[] {0, 0.015}));
        assertArrayEquals(new String[] {"−0.5", "1.0"}, PanelAxes.linearLabels(new double[] {-0.5, 1}));
        assertArrayEquals(new String[] {"0", "1.5×10⁻⁵"}, PanelAxes.linearLabels(new double[] {0, 1.5e-5}));
    }
}
