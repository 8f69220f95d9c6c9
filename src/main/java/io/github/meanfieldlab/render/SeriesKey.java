package io.github.meanfieldlab.render;

/** Names a curve in the chart's datasets and legend: which run, which quantity. */
record SeriesKey(int run, String quantity, String label) implements Comparable<SeriesKey> {
    @Override
    public int compareTo(SeriesKey o) {
        int byRun = Integer.compare(run, o.run);
        return byRun != 0 ? byRun : quantity.compareTo(o.quantity);
    }

    @Override
    public String toString() {
        return quantity + "  " + label;
    }
}
