package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.Typeset;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The help's Markdown as JavaFX nodes: headings, paragraphs, emphasis, lists, and equations typeset with
 * {@link Typeset}: a fenced block {@code ```math} is a displayed equation, a code span {@code `$…$`} one
 * inside the text (both are literal in Markdown, so LaTeX's backslashes survive). HTML blocks (the pane
 * markers) are left out. Styled by the classes help-* in app.css.
 */
final class MarkdownView {
    /**
     * JLaTeXMath's sizes for equations in a line and displayed: its glyphs are small for their size, so these
     * are larger than app.css's 15-pixel help-text, to match the words around them (looked at under Xvfb).
     */
    private static final float TEXT_SIZE = 17;
    private static final float DISPLAY_SIZE = 19;
    /** Equations are painted at twice the pixels and shown at half, sharp on a high-density screen too. */
    private static final double OVERSAMPLE = 2;
    private static final Color INK = new Color(0x1C, 0x24, 0x2E);

    private MarkdownView() {
    }

    /** The nodes of {@code markdown}, one below the other. */
    static VBox of(String markdown) {
        VBox box = new VBox(8);
        box.getStyleClass().add("help");
        for (org.commonmark.node.Node b = Parser.builder().build().parse(markdown).getFirstChild(); b != null;
             b = b.getNext()) {
            Node n = block(b);
            if (n != null) {
                box.getChildren().add(n);
            }
        }
        return box;
    }

    private static Node block(org.commonmark.node.Node b) {
        if (b instanceof Heading h) {
            TextFlow flow = inlines(h, "help-h" + h.getLevel());
            flow.getStyleClass().add("help-heading");
            return flow;
        }
        if (b instanceof Paragraph p) {
            return inlines(p, "help-text");
        }
        if (b instanceof FencedCodeBlock code) {
            if ("math".equals(code.getInfo())) {
                HBox line = new HBox(formula(code.getLiteral().strip(), true));
                line.setAlignment(Pos.CENTER);
                line.getStyleClass().add("help-equation");
                return line;
            }
            Label l = new Label(code.getLiteral().strip());
            l.getStyleClass().add("help-code");
            return l;
        }
        if (b instanceof BulletList || b instanceof OrderedList) {
            VBox list = new VBox(4);
            int number = 1;
            for (org.commonmark.node.Node item = b.getFirstChild(); item != null; item = item.getNext()) {
                Label bullet = new Label(b instanceof BulletList ? "•" : number++ + ".");
                bullet.getStyleClass().add("help-text");
                VBox content = new VBox(4);
                for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    Node n = block(c);
                    if (n != null) {
                        content.getChildren().add(n);
                    }
                }
                list.getChildren().add(new HBox(8, bullet, content));
            }
            return list;
        }
        if (b instanceof ThematicBreak) {
            return new Separator();
        }
        if (b instanceof HtmlBlock || b instanceof ListItem) {
            return null;
        }
        throw new IllegalArgumentException("the help's Markdown has a " + b.getClass().getSimpleName()
                + ", which the help view does not show");
    }

    /** The inline content of {@code parent} as one flow of text and equations. */
    private static TextFlow inlines(org.commonmark.node.Node parent, String style) {
        List<Node> out = new ArrayList<>();
        addInlines(parent, List.of(style), out);
        TextFlow flow = new TextFlow(out.toArray(Node[]::new));
        flow.getStyleClass().add("help-flow");
        return flow;
    }

    private static void addInlines(org.commonmark.node.Node parent, List<String> styles, List<Node> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(text(t.getLiteral(), styles));
            } else if (n instanceof SoftLineBreak) {
                out.add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                out.add(text("\n", styles));
            } else if (n instanceof Code c) {
                String s = c.getLiteral();
                out.add(s.length() > 2 && s.startsWith("$") && s.endsWith("$")
                        ? formula(s.substring(1, s.length() - 1), false)
                        : text(s, with(styles, "help-inline-code")));
            } else if (n instanceof Emphasis) {
                addInlines(n, with(styles, "help-emphasis"), out);
            } else if (n instanceof StrongEmphasis) {
                addInlines(n, with(styles, "help-strong"), out);
            } else {
                addInlines(n, styles, out);
            }
        }
    }

    private static List<String> with(List<String> styles, String more) {
        List<String> all = new ArrayList<>(styles);
        all.add(more);
        return all;
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().addAll(styles);
        return t;
    }

    /** An equation as an image; one inside a line sits on the baseline, its depth below it (a TextFlow puts
     * the bottom of an image on the baseline). */
    private static ImageView formula(String latex, boolean display) {
        Typeset.Formula f = Typeset.of(latex, display ? DISPLAY_SIZE : TEXT_SIZE, INK, display, OVERSAMPLE);
        ImageView view = new ImageView(SwingFXUtils.toFXImage(f.image(), null));
        view.setFitWidth(f.width());
        view.setFitHeight(f.height());
        view.setSmooth(true);
        if (!display) {
            view.setTranslateY(f.depth());
        }
        view.getStyleClass().add("help-math");
        view.setAccessibleText(latex);
        return view;
    }
}
