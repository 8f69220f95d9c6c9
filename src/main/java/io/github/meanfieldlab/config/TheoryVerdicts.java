package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.Homogeneity;
import io.github.meanfieldlab.core.MonotoneFit;
import io.github.meanfieldlab.core.Separation;
import java.util.Locale;

/**
 * What the theory says about an experiment before it runs, as {@code run --theory} prints it and the app's theory
 * panel shows it: the block's measured homogeneity, whether the support of ρ_ini separates, and for d = D = 1 the
 * loss of the best monotone fit, below which only a network that folds the line can go.
 *
 * @param separation null when the particles came from a file: the condition is about the ρ_ini they were drawn from
 * @param monotoneFloor NaN unless d = D = 1
 */
public record TheoryVerdicts(Homogeneity homogeneity, Separation separation, double monotoneFloor) {
    /**
     * Every this many steps a history gets the tangent kernel's λ_min and the least layer determinant, in the
     * command line's runs and the app's alike. Measured on the default experiment, one thread: 12 to 18 ms for
     * λ_min and 1.5 to 4 ms for the determinants against 0.36 to 0.47 ms a step, about 40 steps' worth; every 200
     * steps they add about a fifth to a run.
     */
    public static final int DIAGNOSTICS_EVERY = 200;

    /** The verdicts on {@code experiment}; {@code particlesFromFile} when its particles came from {@code --init}. */
    public static TheoryVerdicts of(Experiment experiment, boolean particlesFromFile) {
        Separation separation = particlesFromFile ? null
                : Separation.of(experiment.spec().block(), Experiment.initialDistribution(experiment.config().init()));
        boolean line = experiment.spec().dataDimension() == 1 && experiment.spec().stateDimension() == 1;
        return new TheoryVerdicts(Homogeneity.measure(experiment.spec()), separation,
                line ? MonotoneFit.floor(experiment.spec(), experiment.data()) : Double.NaN);
    }

    /** {@code separation: …}, one line. */
    public String separationLine() {
        return separation != null ? separation.line() : "separation: not assessed (the particles come from --init; the "
                + "condition is about the ρ_ini they were drawn from)";
    }

    /** {@code monotone floor: …}, one line; null unless d = D = 1. */
    public String monotoneFloorLine() {
        return Double.isNaN(monotoneFloor) ? null : String.format(Locale.ROOT, "monotone floor: E >= %.6g in the depth "
                + "limit, whose flow on the line keeps the order of the inputs; below it the network folds "
                + "(min_jacobian_det < 0)", monotoneFloor);
    }
}
