package io.github.meanfieldlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration documents: partial documents over the defaults, and every error named precisely. */
class ConfigIOTest {

    @Test
    void aPartialDocumentTakesTheRestFromTheDefaults() {
        ExperimentConfig c = ConfigIO.parse("{\"model\": {\"width\": 128}, \"flow\": {\"step\": 0.01}}", "test.json");
        ExperimentConfig d = ConfigIO.defaults();
        assertEquals(128, c.model().width());
        assertEquals(d.model().depth(), c.model().depth());
        assertEquals(0.01, c.flow().step());
        assertTrue(!c.flow().adaptive() && ConfigIO.parse("{\"flow\": {\"adaptive\": true}}", "t").flow().adaptive());
        assertEquals(d.data(), c.data());
        assertNull(c.model().readout());
    }

    @Test
    void readoutAndScalesCanBeSet() {
        ExperimentConfig c = ConfigIO.parse("{\"model\": {\"stateDimension\": 2, \"readout\": [0.6, 0.8]},"
                + " \"init\": {\"amplitudeScale\": 0.1}}", "t");
        assertEquals(List.of(0.6, 0.8), c.model().readout());
        assertEquals(0.1, c.init().amplitudeScale());
    }

    private static String error(String json) {
        String m = assertThrows(InputException.class, () -> ConfigIO.parse(json, "exp.json")).getMessage();
        assertTrue(m.startsWith("exp.json"), "names the source: " + m);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown section     | {\"modle\": {}}                          | unknown field 'modle'; allowed here: model, init, data, flow",
        "unknown field       | {\"model\": {\"widht\": 3}}               | unknown field 'model.widht'; allowed here: block, stateDimension",
        "width too small     | {\"model\": {\"width\": 0}}               | field model.width = 0 is out of range; allowed: 1 to 65536",
        "depth too large     | {\"model\": {\"depth\": 100000}}         | field model.depth = 100000 is out of range; allowed: 1 to 4096",
        "fractional width    | {\"model\": {\"width\": 2.5}}             | field model.width = 2.5 has the wrong type; expected a whole number",
        "string for number   | {\"flow\": {\"step\": \"fast\"}}          | field flow.step = \"fast\" has the wrong type; expected a number",
        "null for number     | {\"flow\": {\"step\": null}}              | field flow.step = null has the wrong type; expected a number",
        "number for boolean  | {\"data\": {\"standardize\": 1}}          | field data.standardize = 1 has the wrong type; expected true or false",
        "text for adaptive   | {\"flow\": {\"adaptive\": \"yes\"}}       | field flow.adaptive = \"yes\" has the wrong type; expected true or false",
        "text in readout     | {\"model\": {\"readout\": [1, \"a\", 0]}} | field model.readout[1] = \"a\" has the wrong type; expected a number",
        "negative step       | {\"flow\": {\"step\": -0.1}}              | field flow.step = -0.1 is out of range; allowed: greater than 0",
        "unknown block       | {\"model\": {\"block\": \"gelu\"}}         | field model.block: unknown block 'gelu'; allowed: relu, regularized-relu",
        "unknown generator   | {\"data\": {\"generator\": \"mnist\"}}     | field data.generator: unknown dataset 'mnist'; allowed: spirals",
        "unknown init        | {\"init\": {\"kind\": \"uniform\"}}        | field init.kind: unknown initialisation 'uniform'",
        "readout length      | {\"model\": {\"readout\": [1, 0]}}        | field model.readout has 2 entries; allowed: null (e_D) or D = 3 entries",
        "zero readout        | {\"model\": {\"readout\": [0, 0, 0]}}     | field model.readout must not be the zero vector",
        "section not object  | {\"model\": 3}                           | field model must be an object",
        "not an object       | [1, 2]                                   | expected a JSON object",
        "broken JSON         | '{\"model\": {\"width\": 3,,}}'           | exp.json, line 1, column",
        "duplicate field     | {\"model\": {\"width\": 3, \"width\": 4}}  | exp.json, line 1, column 31: not valid JSON (Duplicate field 'width')",
        "duplicate section   | {\"model\": {}, \"model\": {\"width\": 0}} | Duplicate field 'model'",
        "trailing document   | {\"model\": {}} {\"model\": {\"width\": 0}} | exp.json, line 1, column 15: content after the end of the JSON document",
        "trailing text       | {} x                                     | content after the end of the JSON document",
        "huge readout        | {\"model\": {\"readout\": [1e308, 1, 1]}} | field model.readout: every entry must be a number from -1000 to 1000",
        "two problems        | {\"model\": {\"width\": 0, \"depth\": 0}} | field model.depth = 0 is out of range; allowed: 1 to 4096; field model.width = 0",
    })
    void rejectsBadDocumentsNamingFieldValueAndRange(String name, String json, String expected) {
        String m = error(json);
        assertTrue(m.contains(expected), name + ": " + m);
    }

    @Test
    void buildRefusesAStateDimensionBelowTheDataDimension() {
        ExperimentConfig c = ConfigIO.parse("{\"model\": {\"stateDimension\": 1}}", "t");
        String m = assertThrows(InputException.class, () -> Experiment.build(c)).getMessage();
        assertTrue(m.contains("the configuration: field model.stateDimension = 1 is smaller than the dimension d = 2 of the generated moons data"), m);
    }

    @Test
    void buildRefusesASizeThatCannotFitInMemoryWithTheEstimate() {
        ExperimentConfig c = ConfigIO.parse("{\"model\": {\"stateDimension\": 16, \"block\": \"regularized-relu\","
                + " \"depth\": 4096, \"width\": 976}}", "t");
        String m = assertThrows(InputException.class, () -> Experiment.build(c)).getMessage();
        assertTrue(m.contains("needs about") && m.contains("GiB") && m.contains("smaller depth, width"), m);
    }
}
