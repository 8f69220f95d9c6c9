package io.github.meanfieldlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.SweepGrid;
import io.github.meanfieldlab.core.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder of a sweep: {@code sweep.json} (the grid and the run length, written by the first shard and
 * checked by every later one), {@code runs/NNNN_…/} (each run's results, and {@code run.json} written last,
 * so that its presence means the run is complete), {@code results-i-of-n.csv} per shard and the merged
 * {@code results.csv}.
 */
final class SweepFolder {
    static final String SWEEP_FILE = "sweep.json";
    static final String RUN_FILE = "run.json";
    private static final Pattern SHARD_RESULTS = Pattern.compile("results-(\\d+)-of-(\\d+)\\.csv");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One finished run: a row of the results. */
    record Run(int index, Map<String, String> settings, double loss, double time, long steps, double seconds,
               String status, String folder) {
        /** The row: index, the varied values, final loss, s, steps, wall seconds, status, folder. */
        String row() {
            return new StringBuilder(key(index, settings)).append(',').append(loss).append(',').append(time).append(',').append(steps).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", seconds)).append(',').append(status).append(',')
                    .append(folder).toString();
        }
    }

    private final Path dir;
    private final OutputFolder out;

    SweepFolder(Path dir) {
        this.dir = dir;
        this.out = new OutputFolder(dir);
    }

    /** The results header for {@code grid}. */
    static String header(SweepGrid grid) {
        StringBuilder h = new StringBuilder("run");
        grid.fields().forEach(f -> h.append(',').append(f.path()));
        return h.append(",final_loss,s,steps,wall_seconds,status,folder").toString();
    }

    /**
     * Writes sweep.json for {@code grid} and {@code length}, or checks that the one there describes the same
     * sweep, so that shards and reruns never mix two sweeps in one folder.
     */
    void claim(SweepGrid grid, String length) throws IOException {
        out.check(List.of(), true);
        ObjectNode description = describe(grid, length);
        Path file = dir.resolve(SWEEP_FILE);
        if (Files.exists(file)) {
            if (!description.equals(read(file))) {
                throw new InputException(file + " describes another sweep (another configuration, --vary or run "
                        + "length); use another --out for this one");
            }
            return;
        }
        out.writeText(SWEEP_FILE, w -> w.write(MAPPER.writeValueAsString(description) + "\n"));
    }

    private static ObjectNode describe(SweepGrid grid, String length) {
        ObjectNode d = MAPPER.createObjectNode();
        d.set("config", parse(ConfigIO.toJson(grid.base())));
        ArrayNode vary = d.putArray("vary");
        for (SweepGrid.Field f : grid.fields()) {
            ObjectNode field = vary.addObject();
            field.put("path", f.path());
            ArrayNode values = field.putArray("values");
            f.values().forEach(values::add);
        }
        d.put("length", length);
        return d;
    }

    /** The grid and run length that this folder's sweep.json describes. */
    SweepGrid readGrid() {
        Path file = dir.resolve(SWEEP_FILE);
        if (!Files.exists(file)) {
            throw new InputException(dir + " holds no " + SWEEP_FILE + "; is it the --out folder of a sweep?");
        }
        JsonNode d = read(file);
        List<SweepGrid.Field> fields = new ArrayList<>();
        for (JsonNode f : d.get("vary")) {
            List<String> values = new ArrayList<>();
            f.get("values").forEach(v -> values.add(v.asText()));
            fields.add(new SweepGrid.Field(f.get("path").asText(), values));
        }
        return new SweepGrid(ConfigIO.parse(d.get("config").toString(), file.toString()), fields);
    }

    /** The folder of run {@code index}, relative to the sweep's: runs/0007_width=64_block=relu. */
    static String runFolder(SweepGrid grid, int index) {
        int digits = Math.max(4, Integer.toString(grid.size()).length());
        StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "%0" + digits + "d", index + 1));
        grid.settings(index).forEach((path, value) -> name.append('_').append(path.substring(path.lastIndexOf('.') + 1))
                .append('=').append(value));
        return "runs/" + name.toString().replaceAll("[^A-Za-z0-9._=+-]", "_");
    }

    /**
     * The run of {@code index} if it is complete: its run.json (written after its other files) is there and
     * was made from the same configuration and run length. Null otherwise, and then the run is (re)done.
     */
    Run completed(SweepGrid grid, int index, String length) {
        String folder = runFolder(grid, index);
        Path file = dir.resolve(folder).resolve(RUN_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode r;
        try {
            r = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;   // cut short when the job was killed: run it again
        }
        if (r == null || !parse(ConfigIO.toJson(grid.config(index))).equals(r.get("config"))
                || !length.equals(r.path("length").asText())) {
            return null;
        }
        return new Run(index, grid.settings(index), r.get("final_loss").asDouble(), r.get("s").asDouble(),
                r.get("steps").asLong(), r.get("wall_seconds").asDouble(), r.get("status").asText(), folder);
    }

    /** Marks {@code run} complete: its run.json, written last and atomically. */
    void complete(SweepGrid grid, Run run, String length) throws IOException {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("run", run.index() + 1);
        ObjectNode settings = r.putObject("settings");
        run.settings().forEach(settings::put);
        r.put("length", length);
        r.set("config", parse(ConfigIO.toJson(grid.config(run.index()))));
        r.put("final_loss", run.loss());
        r.put("s", run.time());
        r.put("steps", run.steps());
        r.put("wall_seconds", run.seconds());
        r.put("status", run.status());
        new OutputFolder(dir.resolve(run.folder())).writeText(RUN_FILE, w -> w.write(MAPPER.writeValueAsString(r) + "\n"));
    }

    OutputFolder runOutput(String folder) {
        return new OutputFolder(dir.resolve(folder));
    }

    /** Writes results-i-of-n.csv: the shard's runs in grid order. */
    void writeShard(SweepGrid grid, int shard, int shards, List<Run> runs) throws IOException {
        out.writeText(String.format(Locale.ROOT, "results-%d-of-%d.csv", shard, shards), w -> {
            w.write(header(grid) + "\n");
            for (Run run : runs) {
                w.write(run.row() + "\n");
            }
        });
    }

    /**
     * Writes results.csv from every results-i-of-n.csv, in grid order, after checking that each run of the
     * grid is there exactly once with its own settings.
     *
     * @return the number of runs
     */
    int merge() throws IOException {
        SweepGrid grid = readGrid();
        String header = header(grid);
        Map<Integer, String> rows = new TreeMap<>();
        Map<Integer, String> where = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "results-*-of-*.csv")) {
            list.forEach(files::add);
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new InputException(dir + " holds no results-i-of-n.csv; run the shards first");
        }
        for (Path file : files) {
            Matcher m = SHARD_RESULTS.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                problems.add(file.getFileName() + ": header is not " + header);
                continue;
            }
            for (int n = 1; n < lines.size(); n++) {
                String line = lines.get(n);
                String at = file.getFileName() + " line " + (n + 1);
                int index = runIndex(line, grid.size());
                if (index < 0) {
                    problems.add(at + ": not a run of this grid of " + grid.size() + " runs");
                } else if (rows.containsKey(index)) {
                    problems.add(at + ": run " + (index + 1) + " again (also in " + where.get(index) + ")");
                } else if (!line.startsWith(key(index, grid.settings(index)) + ",")) {
                    problems.add(at + ": run " + (index + 1) + " has other settings than the grid's " + grid.settings(index));
                } else {
                    rows.put(index, line);
                    where.put(index, at);
                }
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            if (!rows.containsKey(i)) {
                missing.add(i + 1);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " of " + grid.size() + " runs are missing: "
                    + (missing.size() > 20 ? missing.subList(0, 20) + " …" : missing));
        }
        if (!problems.isEmpty()) {
            throw new InputException("cannot merge " + dir + ": " + String.join("; ", problems));
        }
        out.writeText("results.csv", w -> {
            w.write(header + "\n");
            for (String row : rows.values()) {
                w.write(row + "\n");
            }
        });
        return grid.size();
    }

    /** "7,64,relu": the start of a row, which says which run it is. */
    private static String key(int index, Map<String, String> settings) {
        StringBuilder key = new StringBuilder().append(index + 1);
        settings.values().forEach(v -> key.append(',').append(v));
        return key.toString();
    }

    private static int runIndex(String line, int size) {
        int comma = line.indexOf(',');
        try {
            int run = Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
            return run >= 1 && run <= size ? run - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read as JSON (" + e.getMessage() + ")");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
