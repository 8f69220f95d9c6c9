package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.render.MathText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The help text: a section for every pane, every equation typesets, and every number it claims is checked. */
class HelpTextTest {
    /** A number in the prose: digits not part of a word such as F1. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d._])\\d+(?:\\.\\d+)?");

    /**
     * Every number the help's words claim, and the test that measures it. Numbers inside equations are part of
     * the formulas (1/(2N), D = 2), not claims.
     */
    private static final Map<String, String> CLAIMS = Map.of(
            "150", "the default speed in steps/s: DefaultPaceTest",
            "15", "seconds the default run takes at it: DefaultPaceTest",
            "64", "MiB of replay snapshots: SnapshotHistoryTest",
            "99", "per cent of the weight within the density's vertical range: render.DensityOffScaleTest",
            "0.1", "per cent off scale before it is shown: render.DensityOffScaleTest");

    private static final List<String> PANES = List.of("density", "particles", "depthFlow", "loss", "fit");

    @Test
    void everyPaneHasASectionWithATitleAndAnEquation() {
        for (String pane : PANES) {
            String section = HelpText.section(pane);
            assertTrue(section.startsWith("### "), pane + " starts with its title: " + section);
            assertTrue(section.contains("```math"), pane + " has a displayed equation");
            assertTrue(section.split("\\. ").length >= 2, pane + " says something");
        }
        assertThrows(IllegalArgumentException.class, () -> HelpText.section("nowhere"));
    }

    @Test
    void everyEquationTypesets() {
        List<String> formulas = formulas(HelpText.page());
        assertTrue(formulas.size() >= 40, "equations in the help: " + formulas.size());
        for (String f : formulas) {
            MathText.Formula t = assertDoesNotThrow(() -> MathText.image(f, 15, Color.BLACK, true, 2), f);
            assertTrue(t.width() > 3 && t.height() > 3, "a visible formula: " + f);
        }
    }

    /** The LaTeX of every equation in {@code markdown}, displayed and inline, in the order of the text. */
    static List<String> formulas(String markdown) {
        List<String> formulas = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if ("math".equals(block.getInfo())) {
                    formulas.add(block.getLiteral().strip());
                }
            }

            @Override
            public void visit(Code code) {
                String s = code.getLiteral();
                if (s.startsWith("$") && s.endsWith("$")) {
                    formulas.add(s.substring(1, s.length() - 1));
                }
            }
        });
        return formulas;
    }

    @Test
    void everyNumberInTheWordsIsAClaimThatATestMeasures() {
        Map<String, Integer> found = new TreeMap<>();
        Parser.builder().build().parse(HelpText.page()).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                Matcher m = NUMBER.matcher(text.getLiteral());
                while (m.find()) {
                    found.merge(m.group(), 1, Integer::sum);
                }
            }
        });
        assertEquals(new TreeMap<>(CLAIMS).keySet(), found.keySet(), "numbers in the help's words");
        // The claims that are settings, checked here; the measured ones are checked by the tests CLAIMS names.
        assertEquals(150, AppSettings.DEFAULT_STEPS_PER_SECOND);
        assertEquals(64L << 20, SnapshotHistory.BUDGET_BYTES);
    }
}
