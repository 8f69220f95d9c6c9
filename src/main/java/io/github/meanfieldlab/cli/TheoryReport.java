package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.Homogeneity;
import io.github.meanfieldlab.core.MonotoneFit;
import io.github.meanfieldlab.core.Separation;
import io.github.meanfieldlab.core.StepSizeGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines {@code run --theory} prints: the theory's verdicts on a run, before and after it. */
final class TheoryReport {
    /**
     * Every this many steps the history gets the tangent kernel's λ_min and the least layer determinant. Measured on
     * the default experiment, one thread: 12 to 18 ms for λ_min and 1.5 to 4 ms for the determinants against 0.36 to
     * 0.47 ms a step, about 40 steps' worth; every 200 steps they add about a fifth to a run.
     */
    static final int DIAGNOSTICS_EVERY = 200;

    private TheoryReport() {
    }

    /** {@code homogeneity: …}, {@code separation: …}, and for d = D = 1 the monotone floor. */
    static List<String> before(Experiment experiment, boolean particlesFromFile) {
        List<String> lines = new ArrayList<>();
        lines.add(Homogeneity.measure(experiment.spec()).verdict());
        if (particlesFromFile) {
            lines.add("separation: not assessed (the particles come from --init; the condition is about the ρ_ini "
                    + "they were drawn from)");
        } else {
            lines.add(Separation.of(experiment.spec().block(),
                    Experiment.initialDistribution(experiment.config().init())).line());
        }
        if (experiment.spec().dataDimension() == 1 && experiment.spec().stateDimension() == 1) {
            lines.add(String.format(Locale.ROOT, "monotone floor: E >= %.6g in the depth limit, whose flow on the line "
                    + "keeps the order of the inputs; below it the network folds (min_jacobian_det < 0)",
                    MonotoneFit.floor(experiment.spec(), experiment.data())));
        }
        return lines;
    }

    /** {@code step size: …}: whether every step followed the gradient flow, else the stretches that did not. */
    static String stepSizeLine(FlowHistory history, Block block) {
        List<StepSizeGuard.Stretch> stretches = StepSizeGuard.stretches(history, block);
        if (stretches.isEmpty()) {
            return "step size: every step followed the gradient flow (fidelity in [" + StepSizeGuard.LOWER + ", "
                    + StepSizeGuard.UPPER + "]" + (block == Block.RELU ? " or relu's chatter at a kink)" : ")");
        }
        int steps = 0;
        for (StepSizeGuard.Stretch s : stretches) {
            steps += s.lastRow() - s.firstRow() + 1;
        }
        return String.format(Locale.ROOT, "step size: %s; %d stretch(es), %d steps in all: halve Δs or set "
                + "flow.adaptive", stretches.get(0).message(), stretches.size(), steps);
    }
}
