package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

class ConfigChangeTest {
    /** The defaults with the fields these tests change pinned, so that the expected texts do not follow them. */
    private final ExperimentConfig base = pinned(ConfigIO.defaults());

    private static ExperimentConfig pinned(ExperimentConfig d) {
        ExperimentConfig.Model m = d.model();
        return d.withModel(new ExperimentConfig.Model("relu", m.stateDimension(), 16, 64, null, m.eta(), m.bound()))
                .withFlow(new ExperimentConfig.Flow(0.5, d.flow().maxTime(), d.flow().lossTarget()));
    }

    @Test
    void aWidthChangeReadsAsInTheLossLegend() {
        assertEquals("M=64→128", ConfigChange.describe(base, base.withModel(base.model().withSize(16, 128))));
    }

    @Test
    void severalChangesAreListedInTheOrderOfTheSettings() {
        ExperimentConfig.Model m = base.model();
        ExperimentConfig after = base
                .withModel(new ExperimentConfig.Model("tanh", m.stateDimension(), 32, m.width(), null, m.eta(), m.bound()))
                .withFlow(new ExperimentConfig.Flow(0.25, base.flow().maxTime(), base.flow().lossTarget()));
        assertEquals("block relu→tanh, L=16→32, Δs=0.5→0.25", ConfigChange.describe(base, after));
    }

    @Test
    void theSameSettingsSaySo() {
        assertEquals("same settings", ConfigChange.describe(base, pinned(ConfigIO.defaults())));
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("0.001", NumberText.compact(0.001));
        assertEquals("1.235e-05", NumberText.compact(1.2345e-5));
        assertEquals("3.142", NumberText.compact(Math.PI));
        assertEquals("200", NumberText.compact(200.0));
        assertEquals("–", NumberText.compact(Double.NaN));
    }
}
