package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.data.LadderCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ladder} command end to end on a small width ladder, and the input it refuses. */
class LadderCommandTest {
    @TempDir
    Path dir;

    private Path smallConfig() throws IOException {
        Path config = dir.resolve("small.json");
        Files.writeString(config, "{\"model\": {\"depth\": 2}, \"data\": {\"samples\": 16}, \"flow\": {\"step\": 0.05}}");
        return config;
    }

    @Test
    void writesOneRowPerRungSeedAndTimeAFitPerTimeAndTheFigures() throws IOException {
        Path out = dir.resolve("w");
        CliRun r = CliRun.of("ladder", "--config", smallConfig().toString(), "--vary", "width", "--values", "2,4,8",
                "--seeds", "1..3", "--at", "0.1,0.2", "--format", "png,svg", "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> ladder = Files.readAllLines(out.resolve("ladder.csv"));
        assertEquals(LadderCsv.LADDER_HEADER, ladder.get(0));
        assertEquals(1 + 3 * 3 * 2, ladder.size());
        assertTrue(ladder.get(1).startsWith("2,1,0.1,"), ladder.get(1));
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals(3, fit.size());
        String[] row = fit.get(1).split(",", -1);
        double slope = Double.parseDouble(row[7]);
        assertTrue(Double.parseDouble(row[8]) <= slope && slope <= Double.parseDouble(row[9]), fit.get(1));
        assertEquals("-0.5", row[10]);
        for (String figure : List.of("ladder-loss", "ladder-gap", "ladder-distance")) {
            assertTrue(Files.size(out.resolve(figure + ".png")) > 10_000, figure);
            assertTrue(Files.readString(out.resolve(figure + ".svg")).contains("<svg"), figure);
        }
        assertTrue(r.out().contains("s = 0.1: gap slope"), r.out());
        assertTrue(r.err().contains("100%"), "the progress bar ends full: " + r.err());
    }

    @Test
    void refusesWhatCannotBeMeasuredBeforeAnyRun() throws IOException {
        Path out = dir.resolve("bad");
        String config = smallConfig().toString();
        CliRun depth = CliRun.of("ladder", "--config", config, "--vary", "depth", "--values", "2,4", "--at", "1",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, depth.code());
        assertTrue(depth.err().contains("needs init.kind = depth-continuous"), depth.err());
        CliRun steps = CliRun.of("ladder", "--vary", "width", "--values", "2,4", "--at", "1", "--steps", "5",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, steps.code());
        assertTrue(steps.err().contains("ladder takes no --steps"), steps.err());
        CliRun seeds = CliRun.of("ladder", "--vary", "width", "--values", "2,4", "--at", "1", "--seeds", "1..x",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, seeds.code());
        assertTrue(seeds.err().contains("--seeds 1..x: '1..x' is not a range of whole numbers a..b; allowed: values "
                + "separated by commas, a..b for the whole numbers a to b (such as 1..8 or 1,3,5)"), seeds.err());
        CliRun time = CliRun.of("ladder", "--config", config, "--vary", "width", "--values", "2,4", "--at", "0.125",
                "--out", out.toString());
        assertTrue(time.err().contains("not a whole number of steps"), time.err());
        Path large = dir.resolve("large.json");
        Files.writeString(large, "{\"model\": {\"depth\": 2}, \"data\": {\"samples\": 100000}}");
        CliRun memory = CliRun.of("ladder", "--config", large.toString(), "--vary", "width", "--values", "2,4",
                "--at", "1", "--reference", "1048576", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, memory.code());
        assertTrue(memory.err().contains("M=1048576 with N = 100000 needs about"), "the reference: " + memory.err());
        assertFalse(Files.exists(out.resolve("ladder.csv")), "nothing written");
    }
}
