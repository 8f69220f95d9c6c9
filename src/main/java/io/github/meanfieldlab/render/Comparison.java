package io.github.meanfieldlab.render;

import io.github.meanfieldlab.config.ConfigFields;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two runs of one experiment compared, A against B: the loss of both on one chart, and any other pane as A and
 * B side by side with shared scales, each labelled by what differs between them. The window's compare mode and
 * {@code figure --versus} draw with these, so the screen and the files show the same comparison.
 */
public final class Comparison {
    /** One side: the label that says what differs ("relu") and its newest snapshot (null before the first). */
    public record Run(String label, FlowSnapshot snapshot) {
    }

    private Comparison() {
    }

    /**
     * The labels of A and B: the values of the fields that differ, a block or kind by its name ("relu"), a
     * number with its field's name ("width 64"); "A" and "B" if nothing differs.
     */
    public static String[] labels(ExperimentConfig a, ExperimentConfig b) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Map.Entry<String, String[]> d : ConfigFields.differences(a, b).entrySet()) {
            String field = d.getKey().substring(d.getKey().lastIndexOf('.') + 1);
            left.add(describe(field, d.getValue()[0]));
            right.add(describe(field, d.getValue()[1]));
        }
        return left.isEmpty() ? new String[] {"A", "B"}
                : new String[] {"A: " + String.join(", ", left), "B: " + String.join(", ", right)};
    }

    private static String describe(String field, String value) {
        boolean word = !value.isEmpty() && Character.isLetter(value.charAt(0)) && !value.equals("null")
                && !value.equals("true") && !value.equals("false");
        return word ? value : field + " " + value;
    }

    /** The loss of A and B on one chart with the loss pane's default panels. */
    public static LossFigure loss(Run a, Run b) {
        return loss(a, b, new LossFigure());
    }

    /**
     * The loss of A and B on one chart, A's curve as the earlier run and B's as the current one, each under its
     * label, with the panels {@code like} shows (fidelity, accuracy, theory). Without dissipation: the chart draws
     * it for the current run only, which beside A's loss would read as B's advantage.
     */
    public static LossFigure loss(Run a, Run b, LossFigure like) {
        LossFigure f = new LossFigure();
        f.setShowDissipation(false);
        f.setShowFidelity(like.isShowFidelity());
        f.setShowAccuracy(like.isShowAccuracy());
        f.setShowTheory(like.isShowTheory());
        for (Run r : List.of(a, b)) {
            f.startRun(r.label());
            if (r.snapshot() != null) {
                f.show(r.snapshot());
            }
        }
        return f;
    }

    /** A's pane and B's pane, shown their runs' snapshots, side by side under their labels. */
    public static Pair sideBySide(SnapshotFigure paneA, Run a, SnapshotFigure paneB, Run b) {
        paneA.show(a.snapshot());
        paneB.show(b.snapshot());
        Pair pair = new Pair(paneA, paneB);
        pair.setLabels(a.label(), b.label());
        return pair;
    }

    /**
     * Two figures of one pane in the left (A) and right (B) halves, each under a strip with its label. Where both
     * are {@link ScaledFigure}s they draw with shared scales: every axis and colour scale that measures the same
     * quantity in both spans the union of their ranges, so equal positions and colours mean equal values; a scale
     * that measures different quantities (the angle of w beside Ŵ) stays each half's own, and the strip says so.
     */
    public static final class Pair implements Figure {
        private final Figure left;
        private final Figure right;
        private String leftLabel = "A";
        private String rightLabel = "B";
        private Scales[] drawn;

        public Pair(Figure left, Figure right) {
            this.left = left;
            this.right = right;
        }

        /** The labels over A's half and B's half. */
        public void setLabels(String a, String b) {
            leftLabel = a;
            rightLabel = b;
        }

        /** The scales A's and B's halves were last drawn with ({@code [A, B]}); null before a drawing or unscaled. */
        public Scales[] drawnScales() {
            return drawn == null ? null : drawn.clone();
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area, Look look) {
            try {
                String note = share();
                Theme.applyHints(g);
                g.setPaint(Theme.BACKGROUND);
                g.fill(area);
                double half = area.getWidth() / 2;
                half(g, look, left, leftLabel, "", new Rectangle2D.Double(area.getX(), area.getY(), half,
                        area.getHeight()));
                half(g, look, right, rightLabel, note,
                        new Rectangle2D.Double(area.getX() + half, area.getY(), half, area.getHeight()));
            } finally {
                // Each figure may also be drawn alone (the window's pane outside compare mode): with its own scales.
                for (Figure f : List.of(left, right)) {
                    if (f instanceof ScaledFigure scaled) {
                        scaled.setScales(null);
                    }
                }
            }
        }

        /**
         * Sets both figures' scales to the shared ones: first the axes, then the colour scale, measured under the
         * shared axes (a density binned over a wider range has other peaks). Returns what stays unshared, or "".
         */
        private String share() {
            if (!(left instanceof ScaledFigure a) || !(right instanceof ScaledFigure b)) {
                drawn = null;
                return "";
            }
            a.setScales(null);
            b.setScales(null);
            Scales[] axes = Scales.shared(a.scales(), b.scales());
            if (axes[0] == null || axes[1] == null) {
                drawn = null;
                return "";
            }
            a.setScales(axes[0].axesOnly());
            b.setScales(axes[1].axesOnly());
            Scales[] all = Scales.shared(a.scales(), b.scales());
            a.setScales(all[0]);
            b.setScales(all[1]);
            drawn = all;
            List<String> own = new ArrayList<>();
            if (!all[0].x().equals(all[1].x())) {
                own.add("across");
            }
            if (!all[0].y().equals(all[1].y())) {
                own.add("up");
            }
            if (all[0].colour() != null && !all[0].colour().equals(all[1].colour())) {
                own.add("colour");
            }
            return own.isEmpty() ? "" : "own scale " + String.join(", ", own) + ": different quantities";
        }

        private static void half(Graphics2D g, Look look, Figure f, String label, String note, Rectangle2D area) {
            Theme t = Theme.of(look);
            g.setFont(t.label);
            FontMetrics fm = g.getFontMetrics();
            double strip = fm.getHeight() + t.pad();
            float baseline = (float) (area.getY() + t.pad() / 2 + fm.getAscent());
            g.setPaint(Theme.INK);
            g.drawString(label, (float) (area.getX() + t.pad()), baseline);
            if (!note.isEmpty()) {
                g.setFont(t.note);
                g.setPaint(Theme.MUTED);
                double width = g.getFontMetrics().stringWidth(note);
                g.drawString(note, (float) (area.getMaxX() - t.pad() - width), baseline);
            }
            Rectangle2D below = new Rectangle2D.Double(area.getX(), area.getY() + strip, area.getWidth(),
                    area.getHeight() - strip);
            Graphics2D sub = (Graphics2D) g.create();
            try {
                sub.clip(below);
                f.draw(sub, below, look);
            } finally {
                sub.dispose();
            }
        }
    }
}
