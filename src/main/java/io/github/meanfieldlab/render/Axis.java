package io.github.meanfieldlab.render;

/**
 * One axis of a plot as a figure asks for it: a label (with $…$ math), the range of data values, whether it is
 * an angle (ticks at multiples of π/2) or logarithmic ({@link LogAxis}: range and ticks in log10 units, ticks at
 * {@code marks} when given), and how much room in points its markers need at either end. The ticks are chosen
 * when the plot is laid out ({@link Ticks#fit}), from the length the axis gets and its labels' sizes.
 */
record Axis(String label, Range range, boolean angle, boolean log, double[] marks, double markerRoom) {

    /** A linear axis over {@code range}. */
    static Axis linear(String label, Range range) {
        return new Axis(label, range, false, false, null, 0);
    }

    /** An angle axis over [−π, π]. */
    static Axis angle(String label) {
        return new Axis(label, new Range(-Math.PI, Math.PI), true, false, null, 0);
    }

    /**
     * The same axis, widened when laid out so that a marker of radius {@code points} (in a figure of the
     * reference size; it scales with the figure, {@link Theme#lineScale}) centred on a value at either end of the range is drawn whole.
     */
    Axis withMarkerRoom(double points) {
        return new Axis(label, range, angle, log, marks, points);
    }

    /** The range widened so that {@code room} points at each end of an axis {@code length} points long are free. */
    Range roomy(double length, double room) {
        if (room <= 0 || angle || length <= 4 * room) {
            return range;
        }
        double perPoint = range.span() / (length - 2 * room);
        return new Range(range.min() - room * perPoint, range.max() + room * perPoint);
    }
}
