package io.github.meanfieldlab.cli;

import io.github.meanfieldlab.app.AppLauncher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code app}: the window, which is also what runs without a command. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Opens the window on the last settings and starts the flow at once.",
            "The first time, the settings are the built-in default experiment. This is what runs when no command "
                + "is given.",
            "Keys: Space play/pause, Right arrow one step, R restart, Ctrl+P pin the run as A and compare, Esc unpin."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the window was closed", "4:there is no display to open the window on"})
final class AppCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file to start from and save to; default: ~/.meanfield-lab/app-settings.json.")
    private Path settings;

    @Option(names = "--measure", paramLabel = "SECONDS",
            description = "Measure frames/s, the longest frame gap and slider-restart latency on the default "
                    + "experiment for SECONDS (after 3 s of warm-up), and how long the start took; print the report "
                    + "and quit.")
    private double measure;

    @Option(names = "--measure-pace",
            description = "Measure the wall time the default experiment takes to reach its loss target at the default "
                    + "speed (the first run of the settings given), print it and quit.")
    private boolean measurePace;

    @Option(names = "--measure-compare",
            description = "With --measure: after the warm-up pin the run as A and measure compare mode (the width "
                    + "changes restart B); the report adds each run's steps/s and solver threads.")
    private boolean measureCompare;

    @Override
    public Integer call() {
        if (measure < 0) {
            throw new IllegalArgumentException("--measure " + measure + " is out of range; allowed: > 0");
        }
        if (measureCompare && measure == 0) {
            throw new IllegalArgumentException("--measure-compare measures with --measure SECONDS; give both");
        }
        return AppLauncher.launch(settings, measure, measurePace, measureCompare, spec.commandLine().getErr());
    }
}
