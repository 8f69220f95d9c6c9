package io.github.meanfieldlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The solver computes with the JDK's Vector API, which Java 17 ships as the incubator module
 * {@value #MODULE}. A program on the class path sees that module only when the JVM starts with
 * {@code --add-modules jdk.incubator.vector}, and a jar's manifest cannot add it (it can add exports and opens,
 * not modules). So when the module is missing, {@link Main} starts the same program once more in a child JVM with
 * that option, the same JVM options (also those from {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}, given
 * once), class path and arguments, and passes on its exit code; the child writes to the parent's standard output
 * and error. Its standard input is a pipe from the parent that the parent never writes to: when the parent ends,
 * even by SIGKILL, the operating system closes it, and the child, reading it, stops too ({@link #stopWithParent})
 * instead of running on unseen and writing results long after. Giving the option yourself saves the restart,
 * and is needed when the JVM options cannot be repeated (a debugger's agent would bind its port twice).
 */
final class VectorModuleRelaunch {
    static final String MODULE = "jdk.incubator.vector";
    /** Set in the child, so that a runtime that still lacks the module fails instead of relaunching forever. */
    private static final String RELAUNCHED = "meanfield.relaunched";
    /** Exit code when the program cannot start at all. */
    static final int CANNOT_START = 1;

    private VectorModuleRelaunch() {
    }

    /** Exit code of a relaunched JVM whose parent has ended: no one is left to read it, but it is not 0. */
    private static final int PARENT_GONE = 1;

    /** Whether this JVM resolved the Vector API's module, so the solver can run in it. */
    static boolean moduleResolved() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }

    /** Runs {@code mainClass} with {@code args} in a child JVM that has the module and returns its exit code. */
    static int relaunch(Class<?> mainClass, String[] args, PrintWriter err) {
        String javaHome = System.getProperty("java.home");
        if (ModuleFinder.ofSystem().find(MODULE).isEmpty() || Boolean.getBoolean(RELAUNCHED)) {
            err.println("error: the Java runtime at " + javaHome + " has no module " + MODULE
                    + ", which the solver needs; run MeanField Lab with a full JDK 17 or newer");
            return CANNOT_START;
        }
        List<String> command = command(Path.of(javaHome, "bin", "java").toString(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                mainClass.getName(), args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.PIPE);
            // The JVM options this JVM took from these variables are among its input arguments, already repeated.
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process child = builder.start();
            // If this JVM is stopped (Ctrl-C, kill), stop the child too rather than leave it running unseen.
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-relaunched-jvm"));
            return child.waitFor();
        } catch (IOException e) {
            err.println("error: could not start " + command.get(0) + " with --add-modules " + MODULE + ": "
                    + e.getMessage() + "; start it with that option yourself");
            return CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CANNOT_START;
        }
    }

    /**
     * In a relaunched JVM, ends it once its parent has ended: the pipe on standard input then reaches its end.
     * Does nothing in a JVM that was not relaunched, whose standard input is the user's.
     */
    static void stopWithParent() {
        if (!Boolean.getBoolean(RELAUNCHED)) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // The parent never writes; read until the operating system closes the pipe.
                }
            } catch (IOException e) {
                // A broken pipe means the same: the parent is gone.
            }
            System.err.println("error: the program that started this JVM has ended; stopping");
            System.exit(PARENT_GONE);
        }, "stop-with-parent");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The child's command line: the module and the mark first, then this JVM's own options, class path, class and arguments. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
