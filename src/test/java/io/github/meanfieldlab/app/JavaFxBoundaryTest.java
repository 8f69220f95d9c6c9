package io.github.meanfieldlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JavaFX stays in the app: the mathematics, data, configuration and drawing code must run headless and
 * write files without a toolkit, so none of them may import JavaFX or FXGraphics2D.
 */
class JavaFxBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/meanfieldlab");

    @Test
    void onlyTheAppAndTheCommandLineTouchJavaFx() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("app")) && !f.startsWith(MAIN.resolve("cli")))
                    .filter(JavaFxBoundaryTest::importsJavaFx)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .anyMatch(l -> l.startsWith("import javafx.") || l.startsWith("import org.jfree.fx."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
