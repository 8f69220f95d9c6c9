package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coordinate names the density and particle panes offer: the block's and D's, changed only with them. */
class CoordinateNamesTest {
    private static ModelSpec spec(Block block, int D, int depth, int width) {
        return new ModelSpec(block, 2, D, depth, width, null, 0.1, 5);
    }

    @Test
    void namesFollowTheBlockAndDOnly() {
        CoordinateNames names = new CoordinateNames();
        assertNull(names.spec());
        assertEquals(List.of(), names.indices());
        assertEquals("θ1", names.name(0), "before the first run: numbered from 1, as u1 and w1 are");

        ModelSpec relu = spec(Block.RELU, 3, 8, 16);
        assertTrue(names.update(relu));
        List<String> expected = Block.RELU.coordinateNames(3);
        assertEquals(expected.size(), names.indices().size());
        assertEquals(expected.get(expected.size() - 1), names.name(expected.size() - 1));
        assertFalse(names.update(spec(Block.RELU, 3, 32, 64)), "another depth and width: the same names");
        assertSame(relu, names.spec());

        assertTrue(names.update(spec(Block.RELU, 2, 8, 16)), "another D");
        assertEquals(Block.RELU.coordinateNames(2).size(), names.indices().size());
        assertTrue(names.update(spec(Block.REGULARIZED_RELU, 2, 8, 16)), "another block");
        assertEquals(Block.REGULARIZED_RELU.coordinateNames(2).get(0), names.name(0));
    }
}
