package io.github.meanfieldlab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.render.Figure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mathematics, the data, the configuration, the drawing and the exports run headless: no class in those
 * packages refers to JavaFX. Checked on the compiled classes, which name every type they use (imports,
 * fully qualified names and lambdas alike) in their constant pool.
 */
class NoJavaFxTest {
    private static final List<String> HEADLESS_PACKAGES = List.of("core", "data", "config", "render", "export", "session", "lesson");
    private static final byte[] JAVAFX = "javafx/".getBytes(StandardCharsets.US_ASCII);

    @Test
    void headlessPackagesDoNotReferToJavaFx() throws Exception {
        Path classes = Path.of(Figure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("io/github/meanfieldlab");
        int checked = 0;
        StringBuilder offenders = new StringBuilder();
        for (String pkg : HEADLESS_PACKAGES) {
            Path dir = root.resolve(pkg);
            assertTrue(Files.isDirectory(dir), "no compiled package " + dir);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    checked++;
                    if (refersToJavaFx(Files.readAllBytes(f))) {
                        offenders.append("\n  ").append(root.relativize(f));
                    }
                }
            }
        }
        assertTrue(checked > 40, "only " + checked + " classes found under " + root);
        assertEquals("", offenders.toString(), "classes that refer to JavaFX:");
    }

    @Test
    void theCheckRecognisesAJavaFxClass() throws IOException {
        // javafx.scene.control.Button refers to javafx/scene/...: the test above would catch such a class.
        try (InputStream in = ClassLoader.getSystemResourceAsStream("javafx/scene/control/Button.class")) {
            assertTrue(in != null, "JavaFX is on the test class path");
            assertTrue(refersToJavaFx(in.readAllBytes()));
        }
    }

    static boolean refersToJavaFx(byte[] classFile) {
        outer:
        for (int i = 0; i + JAVAFX.length <= classFile.length; i++) {
            for (int j = 0; j < JAVAFX.length; j++) {
                if (classFile[i + j] != JAVAFX[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
