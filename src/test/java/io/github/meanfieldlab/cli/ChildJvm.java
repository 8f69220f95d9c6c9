package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@link Main} in a JVM of its own, started as a user would start the jar: with the test class path and
 * without {@code --add-modules}, so that the program relaunches itself with the Vector API's module.
 */
final class ChildJvm {
    /** The line every JVM that resolves an incubator module prints first on standard error. */
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + VectorModuleRelaunch.MODULE;

    final int exitCode;
    /** Standard output and error together, without the JVM's incubator warning. */
    final String output;
    /** Whether a JVM of the run printed the incubator warning, that is, resolved the module. */
    final boolean resolvedModule;

    private ChildJvm(int exitCode, String output, boolean resolvedModule) {
        this.exitCode = exitCode;
        this.output = output;
        this.resolvedModule = resolvedModule;
    }

    static ChildJvm run(Consumer<ProcessBuilder> setUp, String... args) throws IOException, InterruptedException {
        return run(List.of(), setUp, args);
    }

    /** As {@link #run(Consumer, String...)}, with JVM options, which the relaunched JVM repeats. */
    static ChildJvm run(List<String> jvmOptions, Consumer<ProcessBuilder> setUp, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        setUp.accept(pb);
        Process p = pb.start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends by itself");
        boolean resolved = all.contains(INCUBATOR_WARNING);
        return new ChildJvm(p.exitValue(), all.replace(INCUBATOR_WARNING + System.lineSeparator(), ""), resolved);
    }
}
