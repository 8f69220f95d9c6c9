package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.Ladder;
import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.core.LadderResult.Quantity;
import io.github.meanfieldlab.core.RateFit;
import java.io.IOException;
import java.io.Writer;

/**
 * A ladder's numbers as CSV: {@code ladder.csv}, one row per rung, seed and time, and {@code fit.csv}, one row
 * per time with the fitted slopes. Full precision; NaN (no fit) is an empty field.
 */
public final class LadderCsv {
    /** Columns of ladder.csv. */
    public static final String LADDER_HEADER = "value,seed,s,loss,loss_0,gap,gap_0,distance";
    /** Columns of fit.csv: the loss gap's slope, the same at s = 0, the coupled distance's, and the theory's. */
    public static final String FIT_HEADER = "s,slope,slope_low,slope_high,slope_0,slope_0_low,slope_0_high,"
            + "distance_slope,distance_slope_low,distance_slope_high,theory_slope";

    private LadderCsv() {
    }

    public static void writeLadder(LadderResult r, Writer out) throws IOException {
        out.write(LADDER_HEADER + "\n");
        double[] values = r.values();
        double[] times = r.times();
        long[] seeds = r.seeds();
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < seeds.length; j++) {
                for (int t = 0; t < times.length; t++) {
                    out.write(Ladder.format(values[i]) + "," + seeds[j] + "," + Ladder.format(times[t]) + "," + r.loss(i, j, t) + ","
                            + r.initialLoss(i, j) + "," + r.get(Quantity.GAP, i, j, t) + ","
                            + r.get(Quantity.INITIAL_GAP, i, j, t) + "," + r.get(Quantity.DISTANCE, i, j, t) + "\n");
                }
            }
        }
    }

    public static void writeFit(LadderResult r, Writer out) throws IOException {
        out.write(FIT_HEADER + "\n");
        double[] times = r.times();
        RateFit initial = r.fit(Quantity.INITIAL_GAP, 0);
        for (int t = 0; t < times.length; t++) {
            StringBuilder line = new StringBuilder(Ladder.format(times[t]));
            for (RateFit f : new RateFit[] {r.fit(Quantity.GAP, t), initial, r.fit(Quantity.DISTANCE, t)}) {
                line.append(',').append(number(f.slope())).append(',').append(number(f.low()))
                        .append(',').append(number(f.high()));
            }
            out.write(line.append(',').append(r.axis().theorySlope()).append('\n').toString());
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
