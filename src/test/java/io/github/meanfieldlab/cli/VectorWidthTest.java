package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.meanfieldlab.core.FlowEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernels give the same bits whatever the processor's vector width: runs on vectors of 2 doubles and of 4
 * (the JVM's {@code -XX:MaxVectorSize} narrows them, as on an SSE or AVX2 machine) and on this machine's own
 * width (8 with AVX-512) write byte-identical histories and particles, for the relu and regularized-relu kernels.
 */
class VectorWidthTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "samples/relu-vs-regularized-relu-regularized.json"})
    void historiesAndParticlesAreIdenticalOnEveryVectorWidth(String config, @TempDir Path dir)
            throws IOException, InterruptedException {
        // Narrower than this machine's vectors, and its own; a JVM cannot be made wider than the processor.
        Set<Integer> widths = new TreeSet<>(List.of(2, FlowEvaluator.vectorLanes()));
        if (FlowEvaluator.vectorLanes() >= 4) {
            widths.add(4);
        }
        assumeTrue(widths.size() > 1, "this processor's vectors hold 2 doubles: no narrower width to compare with");
        byte[][] reference = null;
        for (int lanes : widths) {
            Path out = dir.resolve("lanes-" + lanes);
            List<String> args = new ArrayList<>(List.of("run", "--steps", "30", "--threads", "2", "--out", out.toString()));
            if (!config.isEmpty()) {
                args.addAll(List.of("--config", config));
            }
            ChildJvm run = ChildJvm.run(List.of("-XX:MaxVectorSize=" + lanes * Double.BYTES), pb -> { },
                    args.toArray(String[]::new));
            assertEquals(0, run.exitCode, run.output);
            assertTrue(run.output.contains("vectors of " + lanes + " doubles"), "the run used " + lanes + " lanes: " + run.output);
            byte[][] files = {Files.readAllBytes(out.resolve("history.csv")), Files.readAllBytes(out.resolve("particles.csv"))};
            if (reference == null) {
                reference = files;
            } else {
                assertArrayEquals(reference[0], files[0], "history.csv on vectors of " + lanes + " doubles");
                assertArrayEquals(reference[1], files[1], "particles.csv on vectors of " + lanes + " doubles");
            }
        }
    }
}
