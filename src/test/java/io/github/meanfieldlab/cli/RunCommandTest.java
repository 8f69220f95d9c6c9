package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.data.ParticleCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command end to end: outputs, the reference fixtures through files, and bad input. */
class RunCommandTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(RunCommandTest.class.getResource("/io/github/meanfieldlab/fixtures/" + name).toURI());
    }

    @Test
    void writesHistoryParticlesAndTheConfigUsed() throws IOException {
        Path out = dir.resolve("results");
        CliRun r = CliRun.of("run", "--steps", "20", "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stopped at step 20"), r.out());
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        assertEquals("step,time,loss,dissipation,fidelity,accuracy,second_moment,max_speed,step_size,sign_changes,"
                + "imbalance_drift,lambda_min,min_jacobian_det", history.get(0));
        assertEquals(22, history.size());
        // Row 0 has the costly diagnostics, row 1 only the ones of every row.
        String[] first = history.get(1).split(",", -1);
        String[] second = history.get(2).split(",", -1);
        assertEquals("0.02", first[8]);
        assertEquals("0.0", first[10], "no imbalance drift at s = 0");
        assertTrue(!first[11].isEmpty() && !first[12].isEmpty(), history.get(1));
        assertTrue(Double.parseDouble(second[10]) > 0 && second[11].isEmpty() && second[12].isEmpty(), history.get(2));
        ExperimentConfig used = ConfigIO.read(out.resolve("config.json"));
        assertEquals(ConfigIO.defaults(), used);
        ParticleCsv.Particles p = ParticleCsv.read(out.resolve("particles.csv"), Block.RELU, 3, "the test");
        assertEquals(used.model().depth(), p.depth());
        assertEquals(used.model().width(), p.width());
        assertTrue(Files.list(out).noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary files left");
    }

    @Test
    void theoryPrintsTheHomogeneityAndSeparationVerdictsOneLineEach() throws IOException {
        Path config = dir.resolve("one-sided.json");
        Files.writeString(config, "{\"init\": {\"kind\": \"one-sided\"}}");
        CliRun r = CliRun.of("run", "--theory", "--config", config.toString(), "--steps", "5", "--quiet",
                "--out", dir.resolve("t").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("homogeneity: degree 2 in θ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("separation: violated (one-sided keeps u ≥ 0")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("step size: every step followed the gradient flow")),
                r.out());
        CliRun plain = CliRun.of("run", "--steps", "5", "--quiet", "--out", dir.resolve("p").toString());
        assertTrue(!plain.out().contains("homogeneity:") && !plain.out().contains("separation:"), plain.out());
    }

    @Test
    void reproducesTheReferenceFixtureFromFiles() throws Exception {
        Path fx = fixture("relu-d2-D3");
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"model\": {\"stateDimension\": 3}, \"flow\": {\"step\": 0.05}}");
        Path out = dir.resolve("fx");
        CliRun r = CliRun.of("run", "--config", config.toString(), "--data", fx.resolve("data.csv").toString(),
                "--init", fx.resolve("particles.csv").toString(), "--steps", "50", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> expected = Files.readAllLines(fx.resolve("history.csv"));
        List<String> actual = Files.readAllLines(out.resolve("history.csv"));
        assertEquals(expected.size(), actual.size());
        for (int n = 1; n < expected.size(); n++) {
            double e = Double.parseDouble(expected.get(n).split(",")[2]);
            double a = Double.parseDouble(actual.get(n).split(",")[2]);
            assertEquals(e, a, 1e-9 * e, "loss at row " + n);
        }
        ExperimentConfig used = ConfigIO.read(out.resolve("config.json"));
        assertEquals(4, used.model().depth(), "the depth of the --init particles");
        assertEquals(8, used.model().width());
        assertEquals(fx.resolve("data.csv").toString(), used.data().file());
    }

    @Test
    void refusesToOverwriteWithoutForceAndLeavesTheFilesAlone() throws IOException {
        Path out = dir.resolve("o");
        Files.createDirectories(out);
        Files.writeString(out.resolve("history.csv"), "precious");
        CliRun r = CliRun.of("run", "--steps", "1", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("history.csv exists; use --force"), r.err());
        assertEquals("precious", Files.readString(out.resolve("history.csv")));
        assertEquals(0, CliRun.of("run", "--steps", "1", "--out", out.toString(), "--force").code());
        assertTrue(Files.readString(out.resolve("history.csv")).startsWith("step,"));
    }

    @Test
    void runsToAGivenTime() {
        Path out = dir.resolve("t");
        CliRun r = CliRun.of("run", "--time", "0.5", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        long steps = Math.round(0.5 / ConfigIO.defaults().flow().step());
        assertTrue(r.out().contains("stopped at step " + steps + ", s = 0.5"), r.out());
    }

    @Test
    void badInputGetsOneClearMessageAndExitCodeTwo() throws IOException {
        String out = dir.resolve("bad").toString();
        Path badData = dir.resolve("bad.csv");
        Files.writeString(badData, "x1,x2,y\n1,2,3\n1,oops,3\n");
        Object[][] cases = {
            {new String[] {"run", "--config", dir.resolve("none.json").toString(), "--out", out}, "none.json: no such file"},
            {new String[] {"run", "--data", badData.toString(), "--out", out}, "line 3, column 2 (x2): 'oops' is not a number"},
            {new String[] {"run", "--threads", "0", "--out", out}, "--threads 0 is out of range; allowed: 1 to 256"},
            {new String[] {"run", "--steps", "-3", "--out", out}, "--steps -3 is out of range"},
            {new String[] {"run", "--steps", "3", "--time", "1", "--out", out}, "mutually exclusive"},
            {new String[] {"run", "--steps", "3"}, "Missing required option: '--out=DIR'"},
        };
        for (Object[] c : cases) {
            CliRun r = CliRun.of((String[]) c[0]);
            assertEquals(2, r.code(), String.join(" ", (String[]) c[0]));
            assertTrue(r.err().contains((String) c[1]), r.err());
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertTrue(Files.notExists(dir.resolve("bad")), "nothing written on bad input");
    }

    @Test
    void aStepThatOverflowsExitsThreeAndKeepsTheLastFiniteState() throws IOException {
        Path config = dir.resolve("huge.json");
        Files.writeString(config, "{\"flow\": {\"step\": 100}}");
        Path out = dir.resolve("nan");
        CliRun r = CliRun.of("run", "--config", config.toString(), "--steps", "200", "--out", out.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Try a smaller step"), r.err());
        for (String line : Files.readAllLines(out.resolve("particles.csv"))) {
            assertTrue(!line.contains("NaN") && !line.contains("Infinity"), line);
        }
    }
}
