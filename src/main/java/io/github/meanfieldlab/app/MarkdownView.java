package io.github.meanfieldlab.app;

import io.github.meanfieldlab.render.MathText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * A CommonMark text as JavaFX nodes: one wrapping {@link TextFlow} per paragraph, heading, list item or code
 * block, with style classes for the stylesheet ({@code md-h1}, {@code md-code}, {@code md-em}, …). Plain Text
 * nodes rather than a WebView: no browser engine for a few paragraphs, and the lesson text follows the app's
 * fonts. Links show their text; images and HTML (the help's pane markers) show nothing. Equations are typeset
 * with {@link MathText#image}: a fenced block {@code ```math} is a displayed equation, a code span
 * {@code `$…$`} one inside the text (both are literal in Markdown, so LaTeX's backslashes survive).
 * <p>
 * The text shows at once and its equations fill in: each starts as its LaTeX source (style class
 * {@code md-math-pending}) and is typeset on a background thread, in the order of the text, into the image that
 * replaces it ({@code md-math}). Typeset on the FX thread, the first F1 held the window for the help's hundred
 * formulas (0.2 s measured on the 2-core machine under load), longer while the painter held JLaTeXMath for
 * the figures' labels, and 2.1 s more when they were JLaTeXMath's first (it loads its fonts). The images are
 * the same as when they were typeset there.
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder().build();
    /**
     * JLaTeXMath's sizes for equations in a line and displayed: its glyphs are small for their size, so these
     * are larger than the help's 15-pixel text, to match the words around them (looked at under Xvfb).
     */
    private static final float TEXT_SIZE = 17;
    private static final float DISPLAY_SIZE = 19;
    /** Equations are painted at twice the pixels and shown at half, sharp on a high-density screen too. */
    private static final double OVERSAMPLE = 2;
    private static final Color INK = new Color(0x1C, 0x24, 0x2E);
    /**
     * One daemon thread typesets for every view: MathText lets JLaTeXMath typeset one formula at a time anyway,
     * and a thread of its own keeps the painter's free for the panes.
     */
    static final Executor TYPESETTER = AppExecutors.daemon("meanfield-typesetter");

    private final Executor typesetter;
    /** Counts the texts shown; an equation of a text replaced since is not typeset any more. */
    private volatile long shown;

    public MarkdownView() {
        this(TYPESETTER);
    }

    /** A view whose equations are typeset on {@code typesetter} (tests hold them back to see the text first). */
    MarkdownView(Executor typesetter) {
        this.typesetter = typesetter;
        getStyleClass().add("markdown");
        setSpacing(8);
    }

    /** A view of the help's {@code markdown}, in the help's larger type (style class help). */
    static MarkdownView help(String markdown, Executor typesetter) {
        MarkdownView view = new MarkdownView(typesetter);
        view.getStyleClass().add("help");
        view.show(markdown);
        return view;
    }

    /** As above, its equations typeset on the views' shared thread. */
    static MarkdownView help(String markdown) {
        return help(markdown, TYPESETTER);
    }

    /** Shows {@code markdown} instead of what was shown, at once; its equations fill in as they are typeset. */
    public void show(String markdown) {
        long text = ++shown;
        Blocks blocks = new Blocks();
        PARSER.parse(markdown).accept(blocks);
        getChildren().setAll(blocks.nodes);
        for (Text placeholder : blocks.equations) {
            typesetter.execute(() -> typeset(text, placeholder));
        }
    }

    /** Typesets {@code placeholder}'s equation, then puts it in the placeholder's place on the FX thread. */
    private void typeset(long text, Text placeholder) {
        if (text != shown) {
            return;
        }
        String latex = placeholder.getAccessibleText();
        boolean display = placeholder.getStyleClass().contains("md-display");
        MathText.Formula f;
        try {
            f = MathText.image(latex, display ? DISPLAY_SIZE : TEXT_SIZE, INK, display, OVERSAMPLE);
        } catch (IllegalArgumentException e) {
            // Not LaTeX: the source stays in view, which says more than an empty gap.
            return;
        }
        Image image = SwingFXUtils.toFXImage(f.image(), null);
        Platform.runLater(() -> {
            if (text == shown && placeholder.getParent() instanceof TextFlow flow) {
                flow.getChildren().set(flow.getChildren().indexOf(placeholder), formula(image, f, latex, display));
            }
        });
    }

    /** The text shown, paragraphs separated by blank lines, equations as their {@code $LaTeX$} (tests). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Node n : getChildren()) {
            for (Node t : ((TextFlow) n).getChildren()) {
                sb.append(t.getAccessibleText() != null ? "$" + t.getAccessibleText() + "$" : ((Text) t).getText());
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** How many of the equations shown are still waiting to be typeset (tests). */
    int pendingEquations() {
        return lookupAll(".md-math-pending").size();
    }

    /** Turns the blocks of the tree into text flows; inline content becomes Text runs styled by what encloses them. */
    private static final class Blocks extends AbstractVisitor {
        private final List<Node> nodes = new ArrayList<>();
        /** The equations' placeholders, in the order of the text. */
        private final List<Text> equations = new ArrayList<>();
        private final List<String> inline = new ArrayList<>();
        private TextFlow flow;
        private String prefix = "";

        private void block(org.commonmark.node.Node node, String styleClass) {
            flow = new TextFlow();
            flow.getStyleClass().addAll("md-block", styleClass);
            if (!prefix.isEmpty()) {
                text(prefix);
                prefix = "";
            }
            visitChildren(node);
            nodes.add(flow);
            flow = null;
        }

        private void text(String s) {
            Text t = new Text(s);
            t.getStyleClass().add("md-text");
            t.getStyleClass().addAll(inline);
            flow.getChildren().add(t);
        }

        private void styled(org.commonmark.node.Node node, String styleClass) {
            inline.add(styleClass);
            visitChildren(node);
            inline.remove(inline.size() - 1);
        }

        @Override
        public void visit(Heading heading) {
            block(heading, "md-h" + Math.min(heading.getLevel(), 3));
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (flow != null) {
                // A paragraph inside a list item continues the item's flow.
                visitChildren(paragraph);
            } else {
                block(paragraph, "md-p");
            }
        }

        @Override
        public void visit(BulletList list) {
            visitChildren(list);
        }

        @Override
        public void visit(OrderedList list) {
            int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
                prefix = n++ + ". ";
                block(item, "md-item");
            }
        }

        @Override
        public void visit(ListItem item) {
            if (flow != null) {
                // An item of a list inside an item: a new line of the outer item's flow.
                text("\n    •  ");
                visitChildren(item);
            } else {
                prefix = "•  ";
                block(item, "md-item");
            }
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            if ("math".equals(code.getInfo())) {
                flow = new TextFlow(placeholder(code.getLiteral().strip(), true));
                flow.setTextAlignment(TextAlignment.CENTER);
                flow.getStyleClass().addAll("md-block", "md-equation");
                nodes.add(flow);
                flow = null;
            } else {
                codeBlock(code.getLiteral());
            }
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            flow = new TextFlow();
            flow.getStyleClass().addAll("md-block", "md-codeblock");
            inline.add("md-code");
            text(literal.stripTrailing());
            inline.remove(inline.size() - 1);
            nodes.add(flow);
            flow = null;
        }

        @Override
        public void visit(org.commonmark.node.Text t) {
            text(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            String s = code.getLiteral();
            if (s.length() > 2 && s.startsWith("$") && s.endsWith("$")) {
                flow.getChildren().add(placeholder(s.substring(1, s.length() - 1), false));
                return;
            }
            inline.add("md-code");
            text(code.getLiteral());
            inline.remove(inline.size() - 1);
        }

        @Override
        public void visit(Emphasis e) {
            styled(e, "md-em");
        }

        @Override
        public void visit(StrongEmphasis e) {
            styled(e, "md-strong");
        }

        /** An equation's LaTeX source as code, until it is typeset; the source is also its accessible text. */
        private Text placeholder(String latex, boolean display) {
            Text t = new Text(latex);
            t.getStyleClass().addAll("md-text", "md-code", "md-math-pending");
            if (display) {
                t.getStyleClass().add("md-display");
            }
            t.setAccessibleText(latex);
            equations.add(t);
            return t;
        }

        @Override
        public void visit(SoftLineBreak br) {
            text(" ");
        }

        @Override
        public void visit(HardLineBreak br) {
            text("\n");
        }
    }

    /**
     * An equation as an image; one inside a line sits on the baseline with its depth below it (a TextFlow puts
     * the bottom of an image on the baseline).
     */
    private static ImageView formula(Image image, MathText.Formula f, String latex, boolean display) {
        ImageView view = new ImageView(image);
        view.setFitWidth(f.width());
        view.setFitHeight(f.height());
        view.setSmooth(true);
        if (!display) {
            view.setTranslateY(f.depth());
        }
        view.getStyleClass().add("md-math");
        view.setAccessibleText(latex);
        return view;
    }
}
