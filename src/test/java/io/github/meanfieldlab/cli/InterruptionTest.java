package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.data.ParticleCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code run} stopped by SIGTERM or SIGKILL, while it computes or while it writes, into a new folder or over an
 * earlier result set with {@code --force}, leaves the folder holding the earlier set (none, in a new folder),
 * whole. After SIGTERM no temporary file is left; after SIGKILL, which no program can react to, the next run
 * in that folder removes what was left. "While it writes" is seen, not guessed: the signal is sent once the run's
 * hidden staging folder holds part of particles.csv, a file of 10 MB that takes far longer to write than the
 * signal to arrive.
 */
class InterruptionTest {
    private static final List<String> RESULTS = List.of("history.csv", "particles.csv", "config.json");
    private static final int SIGTERM_EXIT = 128 + 15;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path dir;

    enum Phase { COMPUTING, WRITING }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean kill : new boolean[] {false, true}) {
            for (Phase phase : Phase.values()) {
                for (boolean force : new boolean[] {false, true}) {
                    cases.add(Arguments.of(kill ? "SIGKILL" : "SIGTERM", phase, force));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} while {1}, --force {2}")
    @MethodSource("cases")
    void aStoppedRunLeavesTheEarlierSetWholeAndNoTemporaryFile(String signal, Phase phase, boolean force)
            throws Exception {
        Path out = dir.resolve("out");
        Map<String, byte[]> earlier = new LinkedHashMap<>();
        if (force) {
            assertEquals(0, CliRun.of("run", "--steps", "1", "--threads", "1", "--quiet", "--out", out.toString()).code());
            for (String name : RESULTS) {
                earlier.put(name, Files.readAllBytes(out.resolve(name)));
            }
        }
        List<String> args = new ArrayList<>(List.of("run", "--threads", "1", "--out", out.toString()));
        if (phase == Phase.COMPUTING) {
            args.addAll(List.of("--steps", "100000000"));
        } else {
            Path big = Files.writeString(dir.resolve("big.json"), "{\"model\": {\"depth\": 256, \"width\": 256}, \"data\": {\"samples\": 8}}");
            args.addAll(List.of("--config", big.toString(), "--steps", "0"));
        }
        if (force) {
            args.add("--force");
        }
        Process run = ChildJvm.start(List.of("--add-modules", VectorModuleRelaunch.MODULE), args.toArray(String[]::new));
        StringBuilder output = new StringBuilder();
        CountDownLatch running = readLines(run, output);
        assertTrue(running.await(60, TimeUnit.SECONDS), "the run started: " + output);
        if (phase == Phase.COMPUTING) {
            assertTrue(staging(out).isEmpty(), "nothing is being written yet");
        } else {
            awaitWritingParticles(out, run);
        }
        if (signal.equals("SIGKILL")) {
            run.destroyForcibly();
        } else {
            run.destroy();
        }
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the run stopped");
        assertEquals(signal.equals("SIGKILL") ? SIGKILL_EXIT : SIGTERM_EXIT, run.exitValue(), output.toString());

        for (String name : RESULTS) {
            if (force) {
                assertArrayEquals(earlier.get(name), Files.readAllBytes(out.resolve(name)), name + " is the earlier one");
            } else {
                assertTrue(Files.notExists(out.resolve(name)), name + " was not written");
            }
        }
        if (signal.equals("SIGTERM")) {
            assertEquals(List.of(), temporary(out), "the shutdown hook removed the temporary files");
        } else {
            CliRun next = CliRun.of("run", "--steps", "1", "--threads", "1", "--quiet", "--force", "--out", out.toString());
            assertEquals(0, next.code(), next.err());
            assertEquals(List.of(), temporary(out), "the next run removed what the killed one left");
            assertEquals(16, ParticleCsv.read(out.resolve("particles.csv"), Block.RELU, 3, "the default experiment").depth(), "the new set");
        }
    }

    /** Reads the run's output into {@code output}; the latch opens at its "running" line. */
    private static CountDownLatch readLines(Process run, StringBuilder output) {
        CountDownLatch running = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("running ")) {
                        running.countDown();
                    }
                }
            } catch (IOException e) {
                // The process was killed; what it printed is in output.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return running;
    }

    /** Waits until the run has written part of particles.csv into its staging folder (polling the folder). */
    private static void awaitWritingParticles(Path out, Process run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && run.isAlive()) {
            for (Path staging : staging(out)) {
                Path particles = staging.resolve("particles.csv");
                if (Files.exists(particles) && Files.size(particles) > 0) {
                    return;
                }
            }
            // A short pause between looks, so that the test does not take the processor the run needs.
            Thread.sleep(5);
        }
        throw new AssertionError("the run never wrote particles.csv into a staging folder");
    }

    private static List<Path> staging(Path out) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path p : temporary(out)) {
            if (Files.isDirectory(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static List<Path> temporary(Path out) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, ".*.meanfield-*")) {
            entries.forEach(found::add);
        } catch (NoSuchFileException e) {
            // Not created yet.
        }
        return found;
    }
}
