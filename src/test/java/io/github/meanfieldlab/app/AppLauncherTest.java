package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppLauncherTest {
    @Test
    void linuxWithoutDisplayIsToldWhatToDoInstead() {
        String message = AppLauncher.missingDisplay("Linux", Map.of(), null);
        assertTrue(message.contains("DISPLAY is not set") && message.contains("xvfb-run") && message.contains(" run --out"),
                message);
    }

    @Test
    void aDisplayOrAHeadlessPlatformIsEnough() {
        assertNull(AppLauncher.missingDisplay("Linux", Map.of("DISPLAY", ":0"), null));
        assertNull(AppLauncher.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertNull(AppLauncher.missingDisplay("Linux", Map.of(), "Monocle"));
        assertNull(AppLauncher.missingDisplay("Mac OS X", Map.of(), null));
        assertNull(AppLauncher.missingDisplay("Windows 11", Map.of(), null));
    }
}
