package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sweep's grid: its order, its shards, and the fields it may set. */
class SweepGridTest {
    private static final SweepGrid GRID = new SweepGrid(ConfigIO.defaults(), List.of(
            new SweepGrid.Field("model.width", List.of("16", "64", "256")),
            new SweepGrid.Field("model.block", List.of("relu", "regularized-relu")),
            new SweepGrid.Field("flow.step", List.of("0.01", "0.02", "0.05", "0.1", "0.2"))));

    @Test
    void theFirstFieldVariesSlowestAndEveryCombinationComesOnce() {
        assertEquals(30, GRID.size());
        assertEquals(Map.of("model.width", "16", "model.block", "relu", "flow.step", "0.01"), GRID.settings(0));
        assertEquals(Map.of("model.width", "16", "model.block", "relu", "flow.step", "0.02"), GRID.settings(1));
        assertEquals(Map.of("model.width", "64", "model.block", "relu", "flow.step", "0.01"), GRID.settings(10));
        assertEquals(30, java.util.stream.IntStream.range(0, 30).mapToObj(GRID::settings).distinct().count());
        ExperimentConfig c = GRID.config(29);
        assertEquals(256, c.model().width());
        assertEquals("regularized-relu", c.model().block());
        assertEquals(0.2, c.flow().step());
        assertEquals(ConfigIO.defaults().data(), c.data(), "the fields not varied keep the base's values");
    }

    @Test
    void shardsAreDisjointAndTogetherTheWholeGrid() {
        for (int n : new int[] {1, 4, 7, 30, 31}) {
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<Integer> shard = GRID.shard(i, n);
                assertTrue(shard.size() >= 30 / n && shard.size() <= 30 / n + 1, "balanced: " + shard);
                all.addAll(shard);
            }
            all.sort(null);
            assertEquals(java.util.stream.IntStream.range(0, 30).boxed().toList(), all, n + " shards");
        }
    }

    @Test
    void unknownFieldsSectionsRepeatsAndBadValuesAreRefusedAtOnce() {
        String unknown = assertThrows(InputException.class, () -> new SweepGrid(ConfigIO.defaults(),
                List.of(new SweepGrid.Field("flow.steps", List.of("1"))))).getMessage();
        assertTrue(unknown.contains("'flow.steps' is not a field") && unknown.contains("flow.step, flow.maxTime"), unknown);
        String repeated = assertThrows(InputException.class, () -> new SweepGrid(ConfigIO.defaults(), List.of(
                new SweepGrid.Field("init.seed", List.of("1")), new SweepGrid.Field("init.seed", List.of("2")))))
                .getMessage();
        assertTrue(repeated.contains("given twice"), repeated);
        String range = assertThrows(InputException.class, () -> new SweepGrid(ConfigIO.defaults(),
                List.of(new SweepGrid.Field("model.width", List.of("64", "-1"))))).getMessage();
        assertTrue(range.startsWith("--vary model.width=-1: ") && range.contains("model.width"), range);
        assertEquals(List.of("model.block", "model.stateDimension"), ConfigFields.paths().subList(0, 2));
    }
}
