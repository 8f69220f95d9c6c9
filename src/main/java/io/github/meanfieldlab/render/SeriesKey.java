package io.github.meanfieldlab.render;

/** Names a curve in the chart's datasets: which run, which quantity; the legend's text comes from the run. */
record SeriesKey(int run, String quantity) implements Comparable<SeriesKey> {
    @Override
    public int compareTo(SeriesKey o) {
        int byRun = Integer.compare(run, o.run);
        return byRun != 0 ? byRun : quantity.compareTo(o.quantity);
    }

    @Override
    public String toString() {
        return quantity + " of run " + run;
    }
}
