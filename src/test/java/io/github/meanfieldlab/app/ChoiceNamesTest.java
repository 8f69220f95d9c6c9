package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.meanfieldlab.render.Look;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** The one way the window's choice boxes name their items. */
class ChoiceNamesTest {
    @Test
    void eachItemByItsWordNothingForNoChoiceAndNoTypedText() {
        StringConverter<Look.Palette> names = ChoiceNames.of(Look.Palette::id);
        assertEquals(Look.Palette.GREY.id(), names.toString(Look.Palette.GREY));
        assertEquals("", names.toString(null));
        assertThrows(UnsupportedOperationException.class, () -> names.fromString("grey"));
    }
}
