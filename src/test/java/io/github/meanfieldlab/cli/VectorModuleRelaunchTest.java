package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started without {@code --add-modules jdk.incubator.vector}, as {@code java -jar} starts it, the program runs
 * the solver in a child JVM that has the module, and its exit code and output come through.
 */
class VectorModuleRelaunchTest {
    @Test
    void theChildGetsTheModuleFirstThenTheParentsOptionsClassPathAndArguments() {
        List<String> command = VectorModuleRelaunch.command("/jdk/bin/java", List.of("-Xmx256m", "-Dkey=value"),
                "app.jar", "pkg.Main", new String[] {"run", "--steps", "5"});
        assertEquals(List.of("/jdk/bin/java", "--add-modules", "jdk.incubator.vector", "-Dmeanfield.relaunched=true",
                "-Xmx256m", "-Dkey=value", "-cp", "app.jar", "pkg.Main", "run", "--steps", "5"), command);
    }

    @Test
    void aRunStartedWithoutTheModuleRunsTheSolverInTheRelaunchedJvm(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve("run");
        ChildJvm run = ChildJvm.run(pb -> { }, "run", "--steps", "3", "--out", out.toString());
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.resolvedModule(), "the relaunched JVM resolved the module: " + run.output);
        assertTrue(Files.size(out.resolve("history.csv")) > 0, "the run wrote its history");
    }

    @Test
    void theRelaunchedJvmStopsWhenItsParentIsKilled(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Process parent = ChildJvm.start(List.of(), "run", "--steps", "100000000", "--threads", "1", "--out", out.toString());
        BufferedReader lines = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = lines.readLine();
        } while (line != null && !line.startsWith("running "));
        assertTrue(line != null, "the relaunched JVM started the run");
        ProcessHandle child = parent.toHandle().children().findFirst().orElseThrow();
        parent.destroyForcibly();
        parent.waitFor();
        try {
            child.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            child.destroyForcibly();
            throw new AssertionError("the relaunched JVM still runs 20 s after its parent was killed", e);
        }
        assertFalse(child.isAlive(), "the relaunched JVM stopped with its parent");
        assertTrue(Files.notExists(out.resolve("history.csv")), "and wrote no results");
    }

    @Test
    void optionsFromTheEnvironmentReachTheRelaunchedJvmOnce(@TempDir Path dir) throws IOException, InterruptedException {
        ChildJvm run = ChildJvm.run(pb -> pb.environment().put("JAVA_TOOL_OPTIONS", "-Dmeanfield.probe=1"),
                "run", "--steps", "1", "--out", dir.resolve("run").toString());
        assertEquals(0, run.exitCode, run.output);
        assertEquals(1, run.notices.stream().filter(n -> n.endsWith("-Dmeanfield.probe=1")).count(),
                "the variable is read by the first JVM only: " + run.notices);
    }

    @Test
    void theRelaunchedJvmsExitCodeForBadInputComesThrough(@TempDir Path dir) throws IOException, InterruptedException {
        ChildJvm run = ChildJvm.run(pb -> { }, "run", "--threads", "0", "--out", dir.resolve("run").toString());
        assertEquals(Main.BAD_INPUT, run.exitCode, run.output);
        assertTrue(run.output.startsWith("error: "), run.output);
    }
}
