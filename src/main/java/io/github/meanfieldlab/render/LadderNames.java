package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.LadderAxis;
import io.github.meanfieldlab.core.LadderResult;

/**
 * A ladder's names as its figures typeset them ({@link MathText}): the varied quantity's symbol and the measured
 * quantities, with the subscripts and Greek of the other figures. Core's names stay plain text for the CSV files
 * and the command's summary.
 */
final class LadderNames {
    private LadderNames() {
    }

    /** {@code $M$}, {@code $L$}, {@code $\Delta s$}. */
    static String symbol(LadderAxis axis) {
        return switch (axis) {
            case WIDTH -> "$M$";
            case DEPTH -> "$L$";
            case STEP -> "$\\Delta s$";
        };
    }

    /** {@code symbol = value}, typeset: a legend's or a status line's rung. */
    static String equation(LadderAxis axis, double value) {
        return symbol(axis) + " = " + LogAxis.label(value);
    }

    static String quantity(LadderResult.Quantity quantity) {
        return switch (quantity) {
            case GAP -> "loss gap $|E - E_{\\mathrm{ref}}|$";
            case INITIAL_GAP -> "loss gap at $s = 0$";
            case FLOW_GAP -> "gap added by the flow";
            case DISTANCE -> "coupled particle distance";
        };
    }
}
