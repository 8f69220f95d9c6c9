package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Without a command the jar opens the app; where there is no display, that is one message and exit code 4. */
class NoDisplayTest {
    @Test
    void noCommandWithoutADisplaySaysSoAndExitsFour() throws IOException, InterruptedException {
        ChildJvm run = ChildJvm.run(pb -> {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        });
        assertEquals(4, run.exitCode, run.output);
        assertTrue(run.output.startsWith("error: MeanField Lab needs a display"), run.output);
        assertFalse(run.output.contains("Exception"), "no stack trace: " + run.output);
    }
}
