package io.github.meanfieldlab.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The particle coordinates' names ({@code Block.coordinateNames}: u1, w2, b, c, W12, beta1) as TeX for the axis
 * labels {@link MathText} typesets: u1 → u_{1}, W12 → W_{12}, beta1 → \beta_{1}.
 */
final class MathNames {
    private static final Pattern NAME = Pattern.compile("([A-Za-z]+?)(\\d*)");

    private MathNames() {
    }

    /** {@code name} as TeX math, without dollar signs. */
    static String coordinate(String name) {
        return coordinate(name, false);
    }

    /** {@code name} with a hat, as the network uses the squashed inner weights: \hat{W}_{11}, \hat{\beta}_{1}. */
    static String squashed(String name) {
        return coordinate(name, true);
    }

    private static String coordinate(String name, boolean hat) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("coordinate name '" + name + "' is not letters and digits");
        }
        String letter = m.group(1).equals("beta") ? "\\beta" : m.group(1);
        String base = hat ? "\\hat{" + letter + "}" : letter;
        return m.group(2).isEmpty() ? base : base + "_{" + m.group(2) + "}";
    }
}
