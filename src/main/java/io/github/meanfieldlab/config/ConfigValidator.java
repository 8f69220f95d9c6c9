package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.SizeLimits;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.DataGenerator;
import java.util.ArrayList;
import java.util.List;

/** The allowed range of every configuration field, and the messages for values outside it. */
public final class ConfigValidator {
    /** The largest pseudo-time a run may be asked to reach, by flow.maxTime or by the command line. */
    public static final double MAX_TIME = 1e9;
    /** The largest |a_j|, as large as the largest squashing bound: beyond it the initial output overflows. */
    static final double MAX_READOUT = 1000;

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
        range(p, "model.stateDimension", m.stateDimension(), 1, SizeLimits.MAX_STATE_DIMENSION);
        range(p, "model.depth", m.depth(), 1, SizeLimits.MAX_DEPTH);
        range(p, "model.width", m.width(), 1, SizeLimits.MAX_WIDTH);
        if ((long) m.depth() * m.width() > SizeLimits.MAX_PARTICLES) {
            p.add("fields model.depth × model.width = " + m.depth() + " × " + m.width() + " = " + (long) m.depth() * m.width()
                    + " particles is out of range; allowed: at most " + SizeLimits.MAX_PARTICLES);
        }
        if (m.readout() != null) {
            if (m.readout().size() != m.stateDimension()) {
                p.add("field model.readout has " + m.readout().size() + " entries; allowed: null (e_D) or D = "
                        + m.stateDimension() + " entries");
            } else if (m.readout().stream().anyMatch(v -> v == null || !(Math.abs(v) <= MAX_READOUT))) {
                p.add("field model.readout: every entry must be a number from " + format(-MAX_READOUT) + " to "
                        + format(MAX_READOUT));
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
        } else {
            try {
                java.nio.file.Path.of(d.file());
            } catch (java.nio.file.InvalidPathException e) {
                p.add("field data.file = " + UserText.quote(d.file()) + " is not a file name (" + UserText.printable(e.getReason())
                        + ")");
            }
        }
        range(p, "data.samples", d.samples(), 1, SizeLimits.MAX_SAMPLES);
        range(p, "data.noise", d.noise(), 0, 10);
        range(p, "data.teacherWidth", d.teacherWidth(), 1, 1024);

        ExperimentConfig.Flow f = c.flow();
        positive(p, "flow.step", f.step(), 100);
        positive(p, "flow.maxTime", f.maxTime(), MAX_TIME);
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
