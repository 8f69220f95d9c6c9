package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every combination of some configuration fields' values, in a fixed order: the first field varies slowest,
 * the last fastest, as nested loops written in the order the fields were given. Run i of the grid is the
 * base configuration with the i-th combination set.
 */
public final class SweepGrid {
    /** One varied field: its JSON path and its values as text, in order. */
    public record Field(String path, List<String> values) {
        public Field {
            values = List.copyOf(values);
        }
    }

    private final ExperimentConfig base;
    private final List<Field> fields;
    private final int size;

    /**
     * Checks every combination now, so that a bad path or value is refused before any run.
     *
     * @throws InputException naming the field and value, if a path is unknown or given twice, or a combination
     *     is not a valid configuration
     */
    public SweepGrid(ExperimentConfig base, List<Field> fields) {
        this.base = base;
        this.fields = List.copyOf(fields);
        long count = 1;
        List<String> seen = new ArrayList<>();
        for (Field f : fields) {
            if (seen.contains(f.path())) {
                throw new InputException("--vary " + f.path() + " is given twice; give each field once with all its values");
            }
            seen.add(f.path());
            if (f.values().isEmpty() || f.values().stream().distinct().count() != f.values().size()) {
                throw new InputException("--vary " + f.path() + ": give one or more distinct values; got " + f.values());
            }
            count *= f.values().size();
            if (count > 1_000_000) {
                throw new InputException("the sweep has more than 1000000 runs; allowed: at most 1000000");
            }
        }
        this.size = (int) count;
        for (int i = 0; i < size; i++) {
            config(i);
        }
    }

    public ExperimentConfig base() {
        return base;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The number of runs. */
    public int size() {
        return size;
    }

    /** The settings of run {@code index} (0-based), path → value, in the order of the fields. */
    public Map<String, String> settings(int index) {
        Map<String, String> settings = new LinkedHashMap<>();
        int stride = size;
        for (Field f : fields) {
            stride /= f.values().size();
            settings.put(f.path(), f.values().get(index / stride % f.values().size()));
        }
        return settings;
    }

    /** The configuration of run {@code index}. */
    public ExperimentConfig config(int index) {
        Map<String, String> settings = settings(index);
        StringBuilder source = new StringBuilder("--vary");
        settings.forEach((path, value) -> source.append(' ').append(path).append('=').append(value));
        return ConfigFields.with(base, settings, source.toString());
    }

    /** The runs of shard {@code shard} of {@code shards} (1-based): every shards-th run, from run shard − 1. */
    public List<Integer> shard(int shard, int shards) {
        List<Integer> runs = new ArrayList<>();
        for (int i = shard - 1; i < size; i += shards) {
            runs.add(i);
        }
        return runs;
    }
}
