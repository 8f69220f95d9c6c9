package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;
import java.util.Map;

/**
 * A figure of a flow's state: shown the newest snapshot, then drawn as often as needed. Its view options (which
 * scalar, which curves, which colour scale) can be read and set as text by id, so that a bundle stores them and
 * a command line gives them ({@code --view density.scalar=norm}).
 */
public interface SnapshotFigure extends Figure {
    /** Shows {@code snapshot} from the next draw on; cheap, the work happens at that draw. */
    void show(FlowSnapshot snapshot);

    /** Every view option of the figure by id, with its current value as {@link #setViewOption} takes it. */
    Map<String, String> viewOptions();

    /**
     * Sets the view option {@code id} to {@code value}, written as {@link #viewOptions} writes it.
     *
     * @throws IllegalArgumentException naming the option, the value and what is allowed
     */
    void setViewOption(String id, String value);
}
