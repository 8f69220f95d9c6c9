package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.data.DataGenerator;
import java.util.ArrayList;
import java.util.List;

/** The allowed range of every configuration field, and the messages for values outside it. */
public final class ConfigValidator {
    public static final int MAX_STATE_DIMENSION = 16;
    public static final int MAX_DEPTH = 4096;
    public static final int MAX_WIDTH = 65536;
    public static final int MAX_SAMPLES = 1_000_000;

    private ConfigValidator() {
    }

    /** Every problem of {@code c}, each naming field, value and allowed range; empty when valid. */
    public static List<String> problems(ExperimentConfig c) {
        List<String> p = new ArrayList<>();
        if (c.model() == null || c.init() == null || c.data() == null || c.flow() == null) {
            p.add("the sections model, init, data and flow must all be objects");
            return p;
        }
        ExperimentConfig.Model m = c.model();
        try {
            Block.fromId(m.block());
        } catch (IllegalArgumentException e) {
            p.add("field model.block: " + e.getMessage());
        }
        range(p, "model.stateDimension", m.stateDimension(), 1, MAX_STATE_DIMENSION);
        range(p, "model.depth", m.depth(), 1, MAX_DEPTH);
        range(p, "model.width", m.width(), 1, MAX_WIDTH);
        if (m.readout() != null) {
            if (m.readout().size() != m.stateDimension()) {
                p.add("field model.readout has " + m.readout().size() + " entries; allowed: null (e_D) or D = "
                        + m.stateDimension() + " entries");
            } else if (m.readout().stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
                p.add("field model.readout: every entry must be a finite number");
            } else if (m.readout().stream().allMatch(v -> v == 0)) {
                p.add("field model.readout must not be the zero vector");
            }
        }
        positive(p, "model.eta", m.eta(), 10);
        positive(p, "model.bound", m.bound(), 1000);

        ExperimentConfig.Init i = c.init();
        try {
            InitialDistribution.Kind.fromId(i.kind());
        } catch (IllegalArgumentException e) {
            p.add("field init.kind: " + e.getMessage());
        }
        range(p, "init.scale", i.scale(), 0, 100);
        if (i.amplitudeScale() != null) {
            range(p, "init.amplitudeScale", i.amplitudeScale(), 0, 100);
        }
        if (i.innerScale() != null) {
            range(p, "init.innerScale", i.innerScale(), 0, 100);
        }
        range(p, "init.kappa", i.kappa(), -100, 100);

        ExperimentConfig.Data d = c.data();
        if (d.file() == null) {
            try {
                DataGenerator.fromId(d.generator());
            } catch (IllegalArgumentException e) {
                p.add("field data.generator: " + e.getMessage());
            }
        } else if (d.file().isBlank()) {
            p.add("field data.file is empty; allowed: null (use data.generator) or the path of a data CSV");
        }
        range(p, "data.samples", d.samples(), 1, MAX_SAMPLES);
        range(p, "data.noise", d.noise(), 0, 10);
        range(p, "data.teacherWidth", d.teacherWidth(), 1, 1024);

        ExperimentConfig.Flow f = c.flow();
        positive(p, "flow.step", f.step(), 100);
        positive(p, "flow.maxTime", f.maxTime(), 1e9);
        range(p, "flow.lossTarget", f.lossTarget(), 0, 1e12);
        return p;
    }

    private static void range(List<String> p, String field, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            p.add("field " + field + " = " + format(v) + " is out of range; allowed: " + format(lo) + " to " + format(hi));
        }
    }

    private static void positive(List<String> p, String field, double v, double hi) {
        if (!(v > 0 && v <= hi)) {
            p.add("field " + field + " = " + format(v) + " is out of range; allowed: greater than 0, at most " + format(hi));
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
