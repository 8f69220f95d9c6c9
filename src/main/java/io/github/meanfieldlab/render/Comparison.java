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
 * B side by side, each labelled by what differs between them. The window and {@code figure --versus} draw with
 * these, so the screen and the files show the same comparison.
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

    /** The loss of A and B on one chart: A's curve kept as an earlier run, B's as the current one. */
    public static LossFigure loss(Run a, Run b) {
        LossFigure f = new LossFigure();
        f.setShowDissipation(false);
        for (Run r : List.of(a, b)) {
            f.startRun(r.label());
            if (r.snapshot() != null) {
                f.show(r.snapshot());
            }
        }
        return f;
    }

    /** A's pane and B's pane side by side under their labels, each shown its run's snapshot. */
    public static Figure sideBySide(SnapshotFigure paneA, Run a, SnapshotFigure paneB, Run b) {
        return new SideBySide(shown(paneA, a), a.label(), shown(paneB, b), b.label());
    }

    private static Figure shown(SnapshotFigure pane, Run r) {
        if (r.snapshot() == null) {
            return null;
        }
        pane.show(r.snapshot());
        return pane;
    }

    /** Two figures in the left and right halves, each under a strip with its label; a missing one says so. */
    private record SideBySide(Figure left, String leftLabel, Figure right, String rightLabel) implements Figure {
        @Override
        public void draw(Graphics2D g, Rectangle2D area, Look look) {
            Theme.applyHints(g);
            g.setPaint(Theme.BACKGROUND);
            g.fill(area);
            double half = area.getWidth() / 2;
            half(g, look, left, leftLabel, new Rectangle2D.Double(area.getX(), area.getY(), half, area.getHeight()));
            half(g, look, right, rightLabel,
                    new Rectangle2D.Double(area.getX() + half, area.getY(), half, area.getHeight()));
        }

        private static void half(Graphics2D g, Look look, Figure f, String label, Rectangle2D area) {
            Theme t = Theme.of(look);
            g.setFont(t.label);
            FontMetrics fm = g.getFontMetrics();
            double strip = fm.getHeight() + t.pad();
            g.setPaint(Theme.INK);
            g.drawString(label, (float) (area.getX() + t.pad()), (float) (area.getY() + t.pad() / 2 + fm.getAscent()));
            Rectangle2D below = new Rectangle2D.Double(area.getX(), area.getY() + strip, area.getWidth(),
                    area.getHeight() - strip);
            if (f == null) {
                g.setFont(t.note);
                g.setPaint(Theme.MUTED);
                g.drawString("waiting for the run", (float) (below.getX() + t.pad()), (float) below.getCenterY());
                return;
            }
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
