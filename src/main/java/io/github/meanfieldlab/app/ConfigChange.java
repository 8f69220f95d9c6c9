package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ExperimentConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two configurations, in the symbols of MODEL.md: "M=64→128", "block relu→tanh". */
public final class ConfigChange {
    private ConfigChange() {
    }

    /** The changes from {@code before} to {@code after}, comma separated; "same settings" when none. */
    public static String describe(ExperimentConfig before, ExperimentConfig after) {
        List<String> parts = new ArrayList<>();
        ExperimentConfig.Model m0 = before.model();
        ExperimentConfig.Model m1 = after.model();
        text(parts, "block ", m0.block(), m1.block());
        number(parts, "L=", m0.depth(), m1.depth());
        number(parts, "M=", m0.width(), m1.width());
        number(parts, "D=", m0.stateDimension(), m1.stateDimension());
        number(parts, "η=", m0.eta(), m1.eta());
        number(parts, "R=", m0.bound(), m1.bound());
        if (!Objects.equals(m0.readout(), m1.readout())) {
            parts.add("readout a");
        }
        ExperimentConfig.Init i0 = before.init();
        ExperimentConfig.Init i1 = after.init();
        text(parts, "init ", i0.kind(), i1.kind());
        number(parts, "τ=", i0.scale(), i1.scale());
        optional(parts, "τ_amp=", i0.amplitudeScale(), i1.amplitudeScale());
        optional(parts, "τ_inner=", i0.innerScale(), i1.innerScale());
        number(parts, "κ=", i0.kappa(), i1.kappa());
        number(parts, "seed ", i0.seed(), i1.seed());
        ExperimentConfig.Data d0 = before.data();
        ExperimentConfig.Data d1 = after.data();
        text(parts, "data ", d0.file() == null ? d0.generator() : d0.file(), d1.file() == null ? d1.generator() : d1.file());
        number(parts, "N=", d0.samples(), d1.samples());
        number(parts, "noise=", d0.noise(), d1.noise());
        number(parts, "data seed ", d0.seed(), d1.seed());
        if (d0.standardize() != d1.standardize()) {
            parts.add(d1.standardize() ? "standardized" : "not standardized");
        }
        number(parts, "teacher M=", d0.teacherWidth(), d1.teacherWidth());
        ExperimentConfig.Flow f0 = before.flow();
        ExperimentConfig.Flow f1 = after.flow();
        number(parts, "Δs=", f0.step(), f1.step());
        number(parts, "s_max=", f0.maxTime(), f1.maxTime());
        number(parts, "target=", f0.lossTarget(), f1.lossTarget());
        return parts.isEmpty() ? "same settings" : String.join(", ", parts);
    }

    private static void text(List<String> parts, String name, String a, String b) {
        if (!Objects.equals(a, b)) {
            parts.add(name + a + "→" + b);
        }
    }

    private static void number(List<String> parts, String name, double a, double b) {
        if (a != b) {
            parts.add(name + NumberText.compact(a) + "→" + NumberText.compact(b));
        }
    }

    private static void optional(List<String> parts, String name, Double a, Double b) {
        if (!Objects.equals(a, b)) {
            parts.add(name + (a == null ? "τ" : NumberText.compact(a)) + "→" + (b == null ? "τ" : NumberText.compact(b)));
        }
    }
}
