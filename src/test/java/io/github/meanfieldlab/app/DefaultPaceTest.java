package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.GradientFlow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A first launch runs at a pace a class can watch: the default experiment reaches its loss target in about 15 s
 * at the default speed. Counted in steps, so that it holds on any machine that keeps up with the pace.
 */
class DefaultPaceTest {

    @Test
    void theDefaultRunTakesAboutFifteenSecondsAtTheDefaultSpeed() {
        Experiment e = Experiment.build(ConfigIO.defaults());
        long steps;
        try (GradientFlow flow = e.startFlow(2)) {
            while (e.stopRule().reason(flow) == null) {
                flow.step();
            }
            steps = flow.steps();
        }
        assertEquals(2275, steps, "the steps the README counts");
        assertEquals(150, AppSettings.DEFAULT_STEPS_PER_SECOND);
        double seconds = steps / AppSettings.DEFAULT_STEPS_PER_SECOND;
        assertTrue(seconds >= 14 && seconds <= 16, steps + " steps take " + seconds + " s");
    }

    @Test
    void aFirstLaunchAndASettingsFileWithoutASpeedRunAtTheDefaultPace() throws Exception {
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, AppSettings.defaults().stepsPerSecond());
        Path file = Files.createTempDirectory("meanfield-pace").resolve("settings.json");
        Files.writeString(file, "{\"experiment\": {}}");
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, new JsonSettingsStore(file).load().orElseThrow().stepsPerSecond());
    }
}
