package io.github.meanfieldlab.render;

import io.github.meanfieldlab.core.FlowSnapshot;

/** A figure of a flow's state: shown the newest snapshot, then drawn as often as needed. */
public interface SnapshotFigure extends Figure {
    /** Shows {@code snapshot} from the next draw on; cheap, the work happens at that draw. */
    void show(FlowSnapshot snapshot);
}
