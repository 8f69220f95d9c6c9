package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.app.AppLauncher;
import io.github.meanfieldlab.core.InputException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point: {@code java -jar meanfield-lab.jar [command]}; without a command it opens the app. Not a
 * JavaFX {@code Application} itself, so that it starts from the class path (a shaded jar, javafx:run). Started
 * without the Vector API's module, it starts itself again with it ({@link VectorModuleRelaunch}).
 */
@Command(name = "meanfield-lab", mixinStandardHelpOptions = true, version = "MeanField Lab 0.1.0",
        description = "Watch a deep ResNet train as a mean-field Wasserstein gradient flow of particles.",
        subcommands = {AppCommand.class, RunCommand.class, FigureCommand.class, BenchCommand.class,
            LadderCommand.class, SweepCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for bad input: a file, an option or a setting. */
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        if (!VectorModuleRelaunch.moduleResolved()) {
            System.exit(VectorModuleRelaunch.relaunch(Main.class, args, new java.io.PrintWriter(System.err, true)));
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; bad input prints one clear message, no stack trace. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #execute(String...)}, writing to the given streams. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InputException || e instanceof IllegalArgumentException) {
                line.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** No command: the app, on the user's settings. */
    @Override
    public Integer call() {
        return AppLauncher.launch(null, 0, spec.commandLine().getErr());
    }
}
