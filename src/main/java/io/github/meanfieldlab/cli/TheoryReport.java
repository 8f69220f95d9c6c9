package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.TheoryVerdicts;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.StepSizeGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines {@code run --theory} prints: the theory's verdicts on a run, before and after it. */
final class TheoryReport {
    private TheoryReport() {
    }

    /** {@code homogeneity: …}, {@code separation: …}, and for d = D = 1 the monotone floor. */
    static List<String> before(Experiment experiment, boolean particlesFromFile) {
        TheoryVerdicts verdicts = TheoryVerdicts.of(experiment, particlesFromFile);
        List<String> lines = new ArrayList<>(List.of(verdicts.homogeneity().verdict(), verdicts.separationLine()));
        if (verdicts.monotoneFloorLine() != null) {
            lines.add(verdicts.monotoneFloorLine());
        }
        return lines;
    }

    /** {@code step size: …}: whether every step followed the gradient flow, else the stretches that did not. */
    static String stepSizeLine(FlowHistory history, Block block, boolean adaptive) {
        List<StepSizeGuard.Stretch> stretches = StepSizeGuard.stretches(history, block);
        if (stretches.isEmpty()) {
            return "step size: every step followed the gradient flow (fidelity in [" + StepSizeGuard.LOWER + ", "
                    + StepSizeGuard.UPPER + "]" + (block == Block.RELU ? " or relu's chatter at a kink)" : ")");
        }
        int steps = 0;
        for (StepSizeGuard.Stretch s : stretches) {
            steps += s.lastRow() - s.firstRow() + 1;
        }
        // With adaptive steps on, what is left out of the band was taken at the smallest Δs the guard allows.
        return String.format(Locale.ROOT, "step size: %s; %d stretch(es), %d steps in all: %s", stretches.get(0).message(),
                stretches.size(), steps, adaptive ? "taken at the smallest adaptive Δs (1/1024 of flow.step); make "
                        + "flow.step smaller" : "halve Δs or set flow.adaptive");
    }
}
