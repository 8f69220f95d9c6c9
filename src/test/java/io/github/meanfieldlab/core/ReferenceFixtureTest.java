package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.data.ParticleCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solver reproduces the loss and dissipation history of the independent PyTorch reference
 * ({@code shared/reference/meanfield_reference.py}) on its fixtures, to 1e-9 relative at every step.
 */
class ReferenceFixtureTest {
    private static final double TOLERANCE = 1e-9;

    static Path fixture(String name) throws Exception {
        return Path.of(ReferenceFixtureTest.class.getResource("/io/github/meanfieldlab/fixtures/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu-d2-D3", "regularized-relu-d2-D2", "tanh-d1-D2"})
    void matchesReferenceHistoryAtEveryStep(String name) throws Exception {
        Path dir = fixture(name);
        JsonNode setup = new ObjectMapper().readTree(dir.resolve("setup.json").toFile());
        Block block = Block.fromId(setup.get("block").asText());
        int D = setup.get("stateDimension").asInt();
        double[] readout = new ObjectMapper().convertValue(setup.get("readout"), double[].class);
        Dataset data = DataCsv.read(dir.resolve("data.csv"));
        assertEquals(setup.get("samples").asInt(), data.size());
        ParticleCsv.Particles init = ParticleCsv.read(dir.resolve("particles.csv"), block, D, "the fixture");
        assertEquals(setup.get("depth").asInt(), init.depth());
        assertEquals(setup.get("width").asInt(), init.width());
        ModelSpec spec = new ModelSpec(block, data.dimension(), D, init.depth(), init.width(), readout,
                setup.get("eta").asDouble(), setup.get("bound").asDouble());
        List<String> rows = Files.readAllLines(dir.resolve("history.csv"));
        int steps = setup.get("steps").asInt();
        assertEquals(steps + 2, rows.size(), "header and steps + 1 rows");
        try (GradientFlow flow = new GradientFlow(spec, data, init.values(), setup.get("step").asDouble(), 2)) {
            for (int n = 0; n <= steps; n++) {
                if (n > 0) {
                    flow.step();
                }
                String[] f = rows.get(n + 1).split(",");
                FlowHistory h = flow.history();
                assertEquals(Long.parseLong(f[0]), h.step(n));
                assertClose(Double.parseDouble(f[1]), h.time(n), "time at step " + n);
                assertClose(Double.parseDouble(f[2]), h.loss(n), "loss at step " + n);
                assertClose(Double.parseDouble(f[3]), h.dissipation(n), "dissipation at step " + n);
            }
            assertTrue(flow.history().loss(steps) < flow.history().loss(0), "the flow lowers the loss");
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double error = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(error <= TOLERANCE || actual == expected,
                what + ": expected " + expected + ", got " + actual + " (relative error " + error + ")");
    }
}
