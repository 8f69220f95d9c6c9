package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.StepPace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A first launch runs at a pace a class can watch: the default experiment reaches its loss target in about 15 s
 * at the default speed. Here the steps to the target are counted and timed on the solver's own pace timeline,
 * deterministically, on a machine that keeps up; {@code app --measure-pace} measures the wall time in the window.
 */
class DefaultPaceTest {
    /** How the help and the README state the claim. */
    private static final Pattern CLAIM = Pattern.compile("reaches its loss target in about (\\d+) s");

    private static long stepsToTarget() {
        Experiment e = Experiment.build(ConfigIO.defaults());
        try (GradientFlow flow = e.startFlow(2)) {
            while (e.stopRule().reason(flow) == null) {
                flow.step();
            }
            return flow.steps();
        }
    }

    @Test
    void theDefaultRunReachesItsTargetInTheTimeTheHelpAndTheReadmeClaim() throws IOException {
        long steps = stepsToTarget();
        assertEquals(2275, steps, "the steps the README counts");
        assertEquals(150, AppSettings.DEFAULT_STEPS_PER_SECOND);
        double seconds = StepPace.seconds(steps, AppSettings.DEFAULT_STEPS_PER_SECOND, 0);
        assertEquals(15.16, seconds, 0.005, "2274 periods of 1/150 s");
        Map<String, String> texts = Map.of("help.md", HelpText.page(), "README.md",
                Files.readString(Path.of("README.md")));
        texts.forEach((name, text) -> {
            Matcher claim = CLAIM.matcher(text.replaceAll("\\s+", " "));
            assertTrue(claim.find(), name + " states the pace");
            assertEquals(Long.parseLong(claim.group(1)), Math.round(seconds), name + "'s claim");
        });
        // The control: a machine that needs 8 ms a step cannot keep the pace, and the claim fails for it.
        assertNotEquals(15, Math.round(StepPace.seconds(steps, AppSettings.DEFAULT_STEPS_PER_SECOND, 8_000_000)));
    }

    @Test
    void aFirstLaunchAndASettingsFileWithoutASpeedRunAtTheDefaultPace() throws Exception {
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, AppSettings.defaults().stepsPerSecond());
        Path file = Files.createTempDirectory("meanfield-pace").resolve("settings.json");
        Files.writeString(file, "{\"experiment\": {}}");
        assertEquals(AppSettings.DEFAULT_STEPS_PER_SECOND, new JsonSettingsStore(file).load().orElseThrow().stepsPerSecond());
    }
}
