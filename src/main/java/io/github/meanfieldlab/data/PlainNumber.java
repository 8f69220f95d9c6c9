package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.UserText;
import java.util.regex.Pattern;

/**
 * Numbers written as spreadsheets, numpy, R and this program write them: an optional sign, decimal digits
 * with an optional point, an optional exponent ({@code -0.5}, {@code 1e-3}, {@code +2.5E+07}, {@code .5}).
 * Java's own extra forms ({@code 0x1p-2}, {@code 0.5d}, {@code 1f}) are refused, as are NaN and infinities
 * in any spelling: a value the flow cannot use is an error in the file, not a number to carry along.
 */
public final class PlainNumber {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(?i:nan|inf|infinity)");

    private PlainNumber() {
    }

    /**
     * The finite number {@code text} writes.
     *
     * @return the value; a magnitude beyond the largest double is an error, one below the smallest is 0
     * @throws NumberFormatException with the reason, {@code text} quoted safely
     */
    public static double parse(String text) {
        if (DECIMAL.matcher(text).matches()) {
            double v = Double.parseDouble(text);
            if (Double.isInfinite(v)) {
                throw new NumberFormatException(UserText.quote(text) + " is too large; allowed: finite numbers, "
                        + "at most about 1.8e308 in size");
            }
            return v;
        }
        if (NOT_FINITE.matcher(text).matches()) {
            throw new NumberFormatException(UserText.quote(text) + " is not a finite number");
        }
        throw new NumberFormatException(UserText.quote(text) + " is not a number" + hint(text)
                + "; allowed: decimal or scientific notation such as -0.5 or 1.2e-3");
    }

    private static String hint(String text) {
        return text.indexOf('\u2212') >= 0 ? " (it has the minus sign U+2212; write the ASCII hyphen-minus '-')" : "";
    }
}
