package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.meanfieldlab.core.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value lists that the command line and the ladder dialog share: what they accept and how they refuse. */
class ValueListTest {
    @Test
    void rangesAndSingleValuesExpandInTheOrderWritten() {
        assertEquals(List.of("1", "2", "3", "8"), ValueList.expand("1..3,8", "--seeds"));
        assertEquals(List.of("relu", "tanh"), ValueList.expand("relu, tanh", "--vary model.block"));
        assertArrayEquals(new long[] {1, 3, 5}, ValueList.wholeNumbers("1,3,5", "seeds"));
        assertArrayEquals(new long[] {-1, 0, 1}, ValueList.wholeNumbers(" -1 .. 1 ", "seeds"));
        assertArrayEquals(new double[] {2, 4, 0.5}, ValueList.numbers("2, 4,0.5", "M values"));
        assertEquals(0.125, ValueList.number("0.125", "reference Δs"));
    }

    @Test
    void eachRefusalNamesTheFieldTheTextAndTheAllowedForm() {
        String form = "allowed: values separated by commas, a..b for the whole numbers a to b (such as 1..8 or 1,3,5)";
        assertRefused("seeds 1..x: '1..x' is not a range of whole numbers a..b; " + form,
                () -> ValueList.wholeNumbers("1..x", "seeds"));
        assertRefused("seeds 1.5: '1.5' is not a whole number; " + form, () -> ValueList.wholeNumbers("1.5", "seeds"));
        assertRefused("seeds 1,,3: an empty value; " + form, () -> ValueList.wholeNumbers("1,,3", "seeds"));
        assertRefused("seeds : an empty value; " + form, () -> ValueList.wholeNumbers("", "seeds"));
        assertRefused("--at 1,NaN: 'NaN' is not a finite number; " + form, () -> ValueList.numbers("1,NaN", "--at"));
        assertRefused("M values 8 16: '8 16' is not a finite number; " + form,
                () -> ValueList.numbers("8 16", "M values"));
        assertRefused("--seeds 5..1: the range 5..1 is out of range; allowed: a..b with a <= b and at most 10000 values",
                () -> ValueList.expand("5..1", "--seeds"));
        assertEquals(10_000, ValueList.expand("1..10000", "--seeds").size(), "the longest range allowed");
        assertRefused("--seeds 1..10001: the range 1..10001 is out of range; allowed: a..b with a <= b and at most "
                + "10000 values", () -> ValueList.expand("1..10001", "--seeds"));
        assertRefused("reference M 64,128: 2 values; allowed: one finite number",
                () -> ValueList.number("64,128", "reference M"));
    }

    private static void assertRefused(String message, Runnable parse) {
        InputException e = assertThrows(InputException.class, parse::run);
        assertEquals(message, e.getMessage());
    }
}
