package io.github.meanfieldlab.render;

import io.github.meanfieldlab.config.ConfigFields;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowSnapshot;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * The loss of A and B on one chart, A's curve as the earlier run and B's as the current one, each under its
     * label, drawn with the loss pane's view options {@code view} ({@link LossFigure#viewOptions}: dissipation,
     * fidelity, accuracy, theory, drift; those not given keep their defaults). The dissipation, when on, is drawn
     * for both runs: the current run's alone beside A's loss would read as B's advantage.
     *
     * @throws IllegalArgumentException for an option the loss pane does not have
     */
    public static LossFigure loss(Run a, Run b, Map<String, String> view) {
        LossFigure f = new LossFigure();
        f.setComparison(true);
        view.forEach(f::setViewOption);
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
        pair.setRuns(a, b);
        return pair;
    }

    /**
     * Two figures of one pane in the left (A) and right (B) halves, each under a strip with its run's label (and,
     * where the look has a status line, its s and E); the figures draw without their own title and status, which
     * would not fit half a pane. Where both are {@link ScaledFigure}s they draw with shared scales: every axis and
     * colour scale that measures the same quantity in both spans the union of their ranges, so equal positions and
     * colours mean equal values; a scale that measures different quantities (the angle of w beside Ŵ) stays each
     * half's own, and the axis labels say which quantity each half shows.
     */
    public static final class Pair implements Figure {
        private final Figure left;
        private final Figure right;
        private Run runA = new Run("A", null);
        private Run runB = new Run("B", null);
        private Scales[] drawn;

        public Pair(Figure left, Figure right) {
            this.left = left;
            this.right = right;
        }

        /** The labels and snapshots the strips over A's half and B's half speak of (a null snapshot: not yet). */
        public void setRuns(Run a, Run b) {
            runA = a;
            runB = b;
        }

        /** The scales A's and B's halves were last drawn with ({@code [A, B]}); null before a drawing or unscaled. */
        public Scales[] drawnScales() {
            return drawn == null ? null : drawn.clone();
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area, Look look) {
            try {
                share();
                Theme.applyHints(g);
                g.setPaint(Theme.BACKGROUND);
                g.fill(area);
                double half = area.getWidth() / 2;
                // One strip layout for both halves, so that their plots are the same size.
                boolean beside = fitsBeside(g, look, runA, half) && fitsBeside(g, look, runB, half);
                Theme t = Theme.of(look);
                double room = half - 2 * t.pad();
                Font label = fitting(g, t.label, room, runA.label(), runB.label());
                Font status = fitting(g, t.note, room, status(runA), status(runB));
                half(g, look, label, status, left, runA, beside, new Rectangle2D.Double(area.getX(), area.getY(), half,
                        area.getHeight()));
                half(g, look, label, status, right, runB, beside, new Rectangle2D.Double(area.getX() + half,
                        area.getY(), half, area.getHeight()));
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
         * shared axes (a density binned over a wider range has other peaks).
         */
        private void share() {
            drawn = null;
            if (!(left instanceof ScaledFigure a) || !(right instanceof ScaledFigure b)) {
                return;
            }
            a.setScales(null);
            b.setScales(null);
            Scales[] axes = Scales.shared(a.scales(), b.scales());
            if (axes[0] == null || axes[1] == null) {
                return;
            }
            a.setScales(axes[0].axesOnly());
            b.setScales(axes[1].axesOnly());
            Scales[] all = Scales.shared(a.scales(), b.scales());
            a.setScales(all[0]);
            b.setScales(all[1]);
            drawn = all;
        }

        /** The status line of a run's strip: its s and E (or that it has not started). */
        private static String status(Run run) {
            FlowSnapshot s = run.snapshot();
            return s == null ? "waiting for the run"
                    : String.format(Locale.ROOT, "s = %.2f   E = %s", s.time(), Status.plain(s.loss()));
        }

        /** Whether a run's label and status fit side by side in a half {@code width} wide. */
        private static boolean fitsBeside(Graphics2D g, Look look, Run run, double width) {
            Theme t = Theme.of(look);
            double label = g.getFontMetrics(t.label).stringWidth(run.label());
            double status = g.getFontMetrics(t.note).stringWidth(status(run));
            return t.pad() + label + 2 * t.pad() + status <= width - t.pad();
        }

        /**
         * {@code font}, or smaller a tenth at a time down to {@link Look#SMALLEST_FITTED_PT} as a plot's text, until
         * every one of {@code texts} is at most {@code room} wide: slide type ran "B: regularized-relu" past half a
         * column.
         */
        private static Font fitting(Graphics2D g, Font font, double room, String... texts) {
            double[] sizes = Look.shrinkingSizes(font.getSize2D(), Look.SMALLEST_FITTED_PT);
            Font f = font;
            for (int i = 1; i < sizes.length && widest(g, f, texts) > room; i++) {
                f = font.deriveFont((float) sizes[i]);
            }
            return f;
        }

        private static double widest(Graphics2D g, Font font, String... texts) {
            double w = 0;
            for (String s : texts) {
                w = Math.max(w, g.getFontMetrics(font).getStringBounds(s, g).getWidth());
            }
            return w;
        }

        /**
         * A strip with the run's label in {@code labelFont} and, where the look has a status line, its s and E in
         * {@code statusFont} beside the label or below it; the figure under the strip.
         */
        private static void half(Graphics2D g, Look look, Font labelFont, Font statusFont, Figure f, Run run,
                                 boolean beside, Rectangle2D area) {
            Theme t = Theme.of(look);
            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            double x = area.getX() + t.pad();
            double y = area.getY() + t.pad() / 2 + fm.getAscent();
            g.setPaint(Theme.INK);
            g.drawString(run.label(), (float) x, (float) y);
            if (look.status()) {
                double labelEnd = x + fm.stringWidth(run.label()) + 2 * t.pad();
                g.setFont(statusFont);
                FontMetrics nm = g.getFontMetrics();
                if (!beside) {
                    y += fm.getDescent() + nm.getAscent();
                }
                g.setPaint(Theme.MUTED);
                g.drawString(status(run), (float) (beside ? labelEnd : x), (float) y);
                y += beside ? Math.max(fm.getDescent(), nm.getDescent()) : nm.getDescent();
            } else {
                y += fm.getDescent();
            }
            double strip = y - area.getY() + t.pad() / 2;
            Rectangle2D below = new Rectangle2D.Double(area.getX(), area.getY() + strip, area.getWidth(),
                    area.getHeight() - strip);
            Graphics2D sub = (Graphics2D) g.create();
            try {
                sub.clip(below);
                f.draw(sub, below, look.withTitle(false).withStatus(false));
            } finally {
                sub.dispose();
            }
        }
    }
}
