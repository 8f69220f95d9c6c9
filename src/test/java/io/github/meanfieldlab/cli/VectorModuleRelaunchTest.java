package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
