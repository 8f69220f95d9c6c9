package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sweep} command: shards merged equal the whole sweep, reruns skip complete runs, bad input. */
class SweepCommandTest {
    private static final String[] GRID = {"--vary", "model.width=2,4", "--vary", "model.block=relu,regularized-relu",
        "--vary", "init.seed=1..2", "--steps", "5", "--threads", "1", "--quiet"};

    @TempDir
    Path dir;

    private CliRun sweep(Path out, String... more) throws IOException {
        Path config = dir.resolve("small.json");
        Files.writeString(config, "{\"model\": {\"depth\": 2}, \"data\": {\"samples\": 16}}");
        List<String> args = new ArrayList<>(List.of("sweep", "--config", config.toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(GRID));
        args.addAll(Arrays.asList(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The file's lines without the wall_seconds column, the one thing two sweeps of the same grid may differ in. */
    private static List<String> withoutWallSeconds(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("wall_seconds");
        assertTrue(column > 0, lines.get(0));
        return lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(Arrays.asList(l.split(",", -1)));
            cells.remove(column);
            return String.join(",", cells);
        }).collect(Collectors.toList());
    }

    @Test
    void shardsMergedEqualTheWholeSweepInGridOrder() throws IOException {
        Path whole = dir.resolve("whole");
        CliRun r = sweep(whole);
        assertEquals(0, r.code(), r.err());
        List<String> expected = withoutWallSeconds(whole.resolve("results.csv"));
        assertEquals(9, expected.size());
        assertEquals("run,model.width,model.block,init.seed,final_loss,s,steps,status,folder", expected.get(0));
        assertTrue(expected.get(1).startsWith("1,2,relu,1,"), "the first field varies slowest: " + expected.get(1));
        assertTrue(expected.get(2).startsWith("2,2,relu,2,"), "the last fastest: " + expected.get(2));
        assertTrue(expected.get(8).endsWith(",5,finished,runs/0008_width=4_block=regularized-relu_seed=2"), expected.get(8));
        assertEquals(7, Files.readAllLines(whole.resolve("runs/0008_width=4_block=regularized-relu_seed=2/history.csv")).size(),
                "the run's own history: a header and steps 0..5");

        Path sharded = dir.resolve("sharded");
        for (String shard : List.of("2/3", "1/3")) {
            assertEquals(0, sweep(sharded, "--shard", shard).code());
        }
        CliRun incomplete = CliRun.of("sweep", "--merge", sharded.toString());
        assertEquals(Main.BAD_INPUT, incomplete.code());
        assertTrue(incomplete.err().contains("2 of 8 runs are missing: [3, 6]"), incomplete.err());
        assertFalse(Files.exists(sharded.resolve("results.csv")));
        assertEquals(0, sweep(sharded, "--shard", "3/3").code());
        CliRun merged = CliRun.of("sweep", "--merge", sharded.toString());
        assertEquals(0, merged.code(), merged.err());
        assertEquals(expected, withoutWallSeconds(sharded.resolve("results.csv")));

        Files.copy(sharded.resolve("results-1-of-3.csv"), sharded.resolve("results-1-of-2.csv"));
        CliRun twice = CliRun.of("sweep", "--merge", sharded.toString());
        assertEquals(Main.BAD_INPUT, twice.code());
        assertTrue(twice.err().contains("results-1-of-3.csv line 2: run 1 again (also in results-1-of-2.csv line 2)"),
                twice.err());
    }

    /** {@code lines} written to a file beside {@code out}'s results. */
    private Path saved(Path out, List<String> lines) throws IOException {
        return Files.write(dir.resolve(out.getFileName() + "-first.csv"), lines);
    }

    @Test
    void aRerunSkipsCompleteRunsAndRedoesOnlyTheIncompleteOnes() throws IOException {
        Path out = dir.resolve("s");
        assertEquals(0, sweep(out).code());
        List<String> first = Files.readAllLines(out.resolve("results.csv"));
        CliRun again = sweep(out);
        assertTrue(again.out().contains("ran 0 runs, skipped 8 already complete"), again.out());
        assertEquals(first, Files.readAllLines(out.resolve("results.csv")), "the same rows, wall seconds included");
        // A run killed before its run.json was written, and one whose run.json was cut short.
        Files.delete(out.resolve("runs/0003_width=2_block=regularized-relu_seed=1/run.json"));
        Files.writeString(out.resolve("runs/0005_width=4_block=relu_seed=1/run.json"), "{\"run\": 5, \"sett");
        CliRun redo = sweep(out);
        assertTrue(redo.out().contains("ran 2 runs, skipped 6 already complete"), redo.out());
        assertEquals(withoutWallSeconds(saved(out, first)), withoutWallSeconds(out.resolve("results.csv")),
                "the redone runs give the same numbers");
        CliRun other = sweep(out, "--vary", "data.seed=3");
        assertEquals(Main.BAD_INPUT, other.code());
        assertTrue(other.err().contains("describes another sweep"), other.err());
    }

    @Test
    void aRunThatBlowsUpIsMarkedAndTheOthersStillRun() throws IOException {
        Path config = dir.resolve("small.json");
        Files.writeString(config, "{\"model\": {\"depth\": 2}, \"data\": {\"samples\": 16}}");
        Path out = dir.resolve("nf");
        CliRun r = CliRun.of("sweep", "--config", config.toString(), "--vary", "flow.step=100,0.01", "--steps", "5",
                "--threads", "1", "--quiet", "--out", out.toString());
        assertEquals(Main.NON_FINITE, r.code(), r.err());
        assertTrue(r.err().contains("error: run 1 {flow.step=100}: step 3 (s = 300.0) produced a non-finite loss"), r.err());
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(rows.get(1).contains(",non-finite,runs/0001_step=100"), rows.get(1));
        assertTrue(rows.get(2).contains(",5,") && rows.get(2).contains(",finished,"), rows.get(2));
    }

    @Test
    void badPathsValuesAndShardsAreRefusedBeforeAnyRun() throws IOException {
        Path out = dir.resolve("bad");
        CliRun path = CliRun.of("sweep", "--vary", "model.depht=2,4", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, path.code());
        assertTrue(path.err().contains("'model.depht' is not a field of the configuration; allowed: model.block,"),
                path.err());
        CliRun section = CliRun.of("sweep", "--vary", "model=2", "--out", out.toString());
        assertTrue(section.err().contains("'model' is not a field"), section.err());
        CliRun value = CliRun.of("sweep", "--vary", "model.width=8,0", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, value.code());
        assertTrue(value.err().contains("--vary model.width=0: ") && value.err().contains("model.width"), value.err());
        CliRun shard = CliRun.of("sweep", "--vary", "model.width=8", "--shard", "3/2", "--out", out.toString());
        assertTrue(shard.err().contains("--shard 3/2 is out of range; allowed: i/n with 1 <= i <= n"), shard.err());
        CliRun merge = CliRun.of("sweep", "--merge", out.toString());
        assertTrue(merge.err().contains("holds no sweep.json"), merge.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
