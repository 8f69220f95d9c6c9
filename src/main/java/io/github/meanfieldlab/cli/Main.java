package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.app.AppLauncher;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.IoReason;
import io.github.meanfieldlab.data.PlainNumber;
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
        subcommands = {AppCommand.class, RunCommand.class, FigureCommand.class, AnimateCommand.class, BenchCommand.class,
            LadderCommand.class, SweepCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for bad input: a file, an option or a setting. */
    static final int BAD_INPUT = 2;
    /** Exit code for a state with NaN or infinity, from the start or after a step. */
    static final int NON_FINITE = 3;

    public static void main(String[] args) {
        if (!VectorModuleRelaunch.moduleResolved()) {
            System.exit(VectorModuleRelaunch.relaunch(Main.class, args, new java.io.PrintWriter(System.err, true)));
        }
        VectorModuleRelaunch.stopWithParent();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; bad input prints one clear message, no stack trace. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /**
     * As {@link #execute(String...)}, writing to the given streams. Every refusal is one line on {@code err}:
     * a bad option (exit 2), bad input found while working (exit 2) or an initial state that is already
     * non-finite (exit 3).
     */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        // Numbers in options take the same forms as numbers in files, not Java's extras such as 0x1p3 or 2d.
        CommandLine.ITypeConverter<Double> number = text -> {
            try {
                return PlainNumber.parse(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
        cli.registerConverter(Double.class, number).registerConverter(double.class, number);
        cli.registerConverter(java.nio.file.Path.class, text -> {
            try {
                return java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException(UserText.quote(text) + " is not a file name ("
                        + UserText.printable(e.getReason()) + ")");
            }
        });
        cli.setParameterExceptionHandler(Main::refuseOption);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InputException || e instanceof IllegalArgumentException) {
                line.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof NonFiniteStateException) {
                line.getErr().println("error: " + e.getMessage());
                return NON_FINITE;
            }
            if (e instanceof java.io.IOException io) {
                // Results that cannot be written: the message names the file and the reason, as for bad input.
                line.getErr().println("error: " + IoReason.withPath(io));
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** One line for an option picocli could not take, with its suggestion if it has one, instead of the usage. */
    private static int refuseOption(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        StringBuilder message = new StringBuilder("error: ").append(UserText.printable(e.getMessage()).replaceAll("\\.$", ""));
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message.append(" (did you mean ").append(UserText.printable(String.join(" or ", u.getSuggestions()))).append("?)");
        }
        message.append("; see '").append(line.getCommandSpec().qualifiedName()).append(" --help'");
        line.getErr().println(message);
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** No command: the app, on the user's settings. */
    @Override
    public Integer call() {
        return AppLauncher.launch(null, 0, spec.commandLine().getErr());
    }
}
