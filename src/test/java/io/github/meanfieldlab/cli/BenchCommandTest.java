package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code bench} command's output format and its refusals; its figures are for people, not for tests. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void csvHasTheHeaderAndOneRowPerPreset() {
        CliRun r = CliRun.of("bench", "--preset", "small-regularized", "--threads", "1", "--repetitions", "1",
                "--seconds", "0.01", "--csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("preset,block,threads,steps_per_s,updates_per_s,gflops", lines[0]);
        assertEquals(2, lines.length, r.out());
        String[] f = lines[1].split(",");
        assertEquals(6, f.length, lines[1]);
        assertEquals("small-regularized", f[0]);
        assertEquals("regularized-relu", f[1]);
        assertEquals("1", f[2]);
        double stepsPerSecond = Double.parseDouble(f[3]);
        assertTrue(stepsPerSecond > 0, lines[1]);
        assertEquals(stepsPerSecond * 256 * 16 * 64, Double.parseDouble(f[4]), 1e-5 * Double.parseDouble(f[4]),
                "updates/s = steps/s · N·L·M");
    }

    @Test
    void aConfigurationIsTimedUnderItsFileName() throws Exception {
        Path config = dir.resolve("tiny.json");
        Files.writeString(config, "{\"model\": {\"depth\": 2, \"width\": 4}, \"data\": {\"samples\": 10}}");
        CliRun r = CliRun.of("bench", "--config", config.toString(), "--threads", "1", "--repetitions", "1", "--seconds", "0.01",
                "--csv", "--check-allocation=20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\ntiny.json,relu,1,"), r.out());
        assertTrue(r.out().contains("allocation over 20 steps of tiny.json: stepping thread 0 bytes"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads 0 | --threads 0 is out of range; allowed: 1 to 256",
        "--preset tiny | unknown preset 'tiny'; allowed: small, medium, large, huge, small-regularized, large-regularized",
        "--repetitions 0 | --repetitions 0 is out of range; allowed: 1 to 1000",
        "--seconds -1 | --seconds -1.0 is out of range; allowed: > 0 and <= 600",
        "--check-allocation=5000 | --check-allocation 5000 is out of range; allowed: 1 to 1000 steps",
        "--preset small --config x.json | mutually exclusive",
        "--threads two | Invalid value for option '--threads'"})
    void badOptionsAreRefusedWithAMessageAndExitCode2(String options, String message) {
        String[] args = ("bench " + options).split(" ");
        CliRun r = CliRun.of(args);
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
