package io.github.meanfieldlab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule by which figure text shrinks to fit: a tenth at a time, not below 6 pt, smaller chosen type kept. */
class LookShrinkingTest {

    @Test
    void textShrinksATenthAtATimeDownToSixPoints() {
        Look slide = Look.of(Look.Style.SLIDE);
        List<Look> tries = slide.shrinking();
        assertEquals(slide, tries.get(0), "the look itself first");
        double[] sizes = tries.stream().mapToDouble(Look::fontPt).toArray();
        // 20 · 0.9¹¹ = 6.28 is the last at or above 6 pt; 20 · 0.9¹² = 5.65 is below.
        assertEquals(12, sizes.length);
        assertEquals(6.276, sizes[sizes.length - 1], 1e-3);
        for (int i = 1; i < sizes.length; i++) {
            assertEquals(0.9, sizes[i] / sizes[i - 1], 1e-12, "a tenth smaller each step");
        }
        for (Look l : tries) {
            assertEquals(slide.withFontPt(l.fontPt()), l, "only the size changes");
        }
    }

    @Test
    void typeChosenSmallerThanTheFloorStaysAsItIs() {
        assertArrayEquals(new double[] {5}, Look.shrinkingSizes(5, Look.SMALLEST_FITTED_PT));
        assertArrayEquals(new double[] {8, 7.2, 6.48}, Look.shrinkingSizes(8, Look.SMALLEST_FITTED_PT), 1e-12);
        // A floor given as half the size: 10 · 0.9⁶ = 5.31 is the last at or above 5.
        assertEquals(7, Look.shrinkingSizes(10, 5).length);
    }
}
