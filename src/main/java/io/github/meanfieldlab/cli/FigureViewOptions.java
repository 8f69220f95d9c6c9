package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.export.PaneViews;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --view}: the panes' view options, as the app's option bars set them, shared by figure and animate. */
final class FigureViewOptions {
    @Option(names = "--view", split = ",", paramLabel = "PANE.OPTION=VALUE", description = "A pane's view option, as "
            + "its option bar in the app sets it; repeat or separate with commas. density: scalar (default, "
            + "inner_bias_angle, inner_angle, direction_coordinate, squashed_coordinate, coordinate, norm, "
            + "amplitude_times_inner, amplitude), coordinate (default or an index), colourScale (linear, log), "
            + "smoothing (none, gaussian), bandwidth, massWeighted; particles: projection (coordinates, "
            + "principal_components), x, y, trails; loss: dissipation, fidelity, accuracy, theory (λ_min and det), "
            + "drift (relu's imbalance drift); fit: boundary; depth: view (state_space, readout_against_depth). "
            + "Example: --view density.colourScale=log,loss.drift=true")
    private List<String> items = List.of();

    /** The views asked for, or one message naming the item that is wrong. */
    PaneViews views() {
        try {
            return PaneViews.parse(items);
        } catch (IllegalArgumentException e) {
            throw new InputException("--view " + e.getMessage());
        }
    }
}
