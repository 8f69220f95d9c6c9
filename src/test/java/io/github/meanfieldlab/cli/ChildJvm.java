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
    /** How the JVM's own notices begin: the incubator warning and the options it picked up from the environment. */
    private static final List<String> NOTICE_STARTS =
            List.of(INCUBATOR_WARNING, "Picked up JAVA_TOOL_OPTIONS:", "NOTE: Picked up JDK_JAVA_OPTIONS:");

    final int exitCode;
    /** Standard output and error together, without the JVMs' notices. */
    final String output;
    /** The JVMs' notices, in order: a CI machine may set JAVA_TOOL_OPTIONS, which every JVM then announces. */
    final List<String> notices;

    private ChildJvm(int exitCode, String output, List<String> notices) {
        this.exitCode = exitCode;
        this.output = output;
        this.notices = notices;
    }

    /** Whether a JVM of the run printed the incubator warning, that is, resolved the module. */
    boolean resolvedModule() {
        return notices.contains(INCUBATOR_WARNING);
    }

    /** Starts {@link Main} with {@code args} in a JVM with these options, standard error merged into output. */
    static Process start(List<String> jvmOptions, String... args) throws IOException {
        return builder(jvmOptions, args).start();
    }

    private static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static ChildJvm run(Consumer<ProcessBuilder> setUp, String... args) throws IOException, InterruptedException {
        return run(List.of(), setUp, args);
    }

    /** As {@link #run(Consumer, String...)}, with JVM options, which the relaunched JVM repeats. */
    static ChildJvm run(List<String> jvmOptions, Consumer<ProcessBuilder> setUp, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = builder(jvmOptions, args);
        setUp.accept(pb);
        Process p = pb.start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends by itself");
        StringBuilder output = new StringBuilder();
        List<String> notices = new ArrayList<>();
        all.lines().forEach(line -> {
            if (NOTICE_STARTS.stream().anyMatch(line::startsWith)) {
                notices.add(line);
            } else {
                output.append(line).append('\n');
            }
        });
        return new ChildJvm(p.exitValue(), output.toString(), notices);
    }
}
