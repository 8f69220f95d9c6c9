package io.github.meanfieldlab.render;

/**
 * The scales a figure draws with: its horizontal and vertical axes and its colour scale, each the quantity it
 * measures and its range of data values (null where the figure has no such scale). Two figures side by side
 * share a scale only where it measures the same quantity: a range of the angle of w beside one of Ŵ would
 * compare numbers that mean different things.
 */
public record Scales(Scale x, Scale y, Scale colour) {
    /** One scale: what it measures (a name, compared for equality) and its range of data values. */
    public record Scale(String quantity, Range range) {
        /** Both ranges widened to their union where both measure the same quantity, else {@code this}. */
        Scale sharedWith(Scale other) {
            return other == null || !quantity.equals(other.quantity) ? this
                    : new Scale(quantity, range.union(other.range));
        }
    }

    /**
     * {@code a} and {@code b} with every scale they have in common widened to the union of both ranges: the
     * scales two figures side by side draw with, so that equal positions and colours mean equal values.
     */
    public static Scales[] shared(Scales a, Scales b) {
        if (a == null || b == null) {
            return new Scales[] {a, b};
        }
        return new Scales[] {a.sharedWith(b), b.sharedWith(a)};
    }

    private Scales sharedWith(Scales other) {
        return new Scales(share(x, other.x), share(y, other.y), share(colour, other.colour));
    }

    private static Scale share(Scale mine, Scale theirs) {
        return mine == null ? null : mine.sharedWith(theirs);
    }

    /** These scales where they are given, {@code own}'s elsewhere. */
    Scales over(Scales own) {
        return new Scales(x != null ? x : own.x, y != null ? y : own.y, colour != null ? colour : own.colour);
    }

    /** These scales without the colour: the axes alone, which decide what the colour scale has to hold. */
    public Scales axesOnly() {
        return new Scales(x, y, null);
    }
}
