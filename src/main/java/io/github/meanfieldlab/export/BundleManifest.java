package io.github.meanfieldlab.export;

import java.util.List;

/**
 * bundle.json: what a figure bundle needs beyond its data files to draw its figures again exactly: the
 * state's clock, the step, the export settings, the panes and formats, and the earlier runs' models.
 */
record BundleManifest(int version, long step, double time, double stepSize, String size, double widthPt,
                      double heightPt, String style, double fontPt, String palette, boolean title, boolean status,
                      int dpi, List<String> panes, List<String> formats, List<EarlierRun> earlierRuns) {
    static final int VERSION = 1;

    /** An earlier run on the loss chart: its history file and its model. */
    record EarlierRun(String file, String block, int dataDimension, int stateDimension, int depth, int width,
                      List<Double> readout, double eta, double bound) {
    }
}
