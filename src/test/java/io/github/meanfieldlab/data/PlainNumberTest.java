package io.github.meanfieldlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number forms that files and options accept: those spreadsheets and numpy write, nothing of Java's own. */
class PlainNumberTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, 0", "-0, -0.0", "+2.5, 2.5", "1., 1", ".5, 0.5", "-.5, -0.5", "1e-3, 0.001", "1E+05, 100000",
        "1.000000000000000000e+00, 1", "-3.5E2, -350", "1e-400, 0", "007, 7", "1.7976931348623157e308, 1.7976931348623157e308",
    })
    void acceptsDecimalAndScientificForms(String text, double value) {
        assertEquals(value, PlainNumber.parse(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0x1p-2", "0x10", "0.5d", "1f", "1D", "1F", "1_000", "1.2.3", "+-1", "e5", "1e", "1e+", ".", "-",
        "", " 1", "1 ", "\u22121", "１", "1,5", "'1'", "NaN-", "Infinityx"})
    void refusesEverythingElse(String text) {
        String m = assertThrows(NumberFormatException.class, () -> PlainNumber.parse(text)).getMessage();
        assertTrue(m.contains("is not a number"), m);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "nan", "inf", "-inf", "Infinity", "-Infinity", "+INF"})
    void namesNaNAndInfinityAsNotFinite(String text) {
        String m = assertThrows(NumberFormatException.class, () -> PlainNumber.parse(text)).getMessage();
        assertTrue(m.endsWith("is not a finite number"), m);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e400", "-1e309", "1.8e308"})
    void refusesMagnitudesBeyondTheLargestDouble(String text) {
        String m = assertThrows(NumberFormatException.class, () -> PlainNumber.parse(text)).getMessage();
        assertTrue(m.contains("is too large"), m);
    }
}
