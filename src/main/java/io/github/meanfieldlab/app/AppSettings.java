package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import java.util.List;
import java.util.Map;

/**
 * What the app remembers between launches: the experiment, the window size, the solver speed and the panes'
 * view options.
 *
 * @param stepsPerSecond the speed limit of the solver; 0 for as fast as it goes
 * @param viewOptions each pane's options, keyed "pane.option" ("density.logColour"); files saved before
 *     options had ids use the option's label ("density.log colour"), which is still read
 * @param recentFiles the files opened last, newest first (File ▸ Open recent)
 * @param exportFolder the folder exported to last, where the file choosers open; null for none yet
 */
public record AppSettings(ExperimentConfig experiment, double windowWidth, double windowHeight, double stepsPerSecond,
                          Map<String, String> viewOptions, List<String> recentFiles, String exportFolder) {
    public AppSettings {
        viewOptions = Map.copyOf(viewOptions);
        recentFiles = List.copyOf(recentFiles);
    }

    /** Settings with no recent files and no export folder remembered yet. */
    public AppSettings(ExperimentConfig experiment, double windowWidth, double windowHeight, double stepsPerSecond,
                       Map<String, String> viewOptions) {
        this(experiment, windowWidth, windowHeight, stepsPerSecond, viewOptions, List.of(), null);
    }

    /** The window size a first launch gets: room for five legible panes on a 1600×1000 projector. */
    public static final double DEFAULT_WIDTH = 1600;
    public static final double DEFAULT_HEIGHT = 1000;

    /**
     * The speed a first launch runs at, in steps per second: a pace a class can watch. The default experiment
     * takes 2275 steps to its loss target, about 15 s at this speed on any machine that can keep up
     * (DefaultPaceTest); the speed slider's right end, or "max", is one click away.
     */
    public static final double DEFAULT_STEPS_PER_SECOND = 150;

    /** The settings of a first launch: the built-in default experiment at a watchable pace. */
    public static AppSettings defaults() {
        return new AppSettings(ConfigIO.defaults(), DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_STEPS_PER_SECOND, Map.of());
    }

    public AppSettings withExperiment(ExperimentConfig e) {
        return new AppSettings(e, windowWidth, windowHeight, stepsPerSecond, viewOptions, recentFiles, exportFolder);
    }

    public AppSettings withWindow(double width, double height) {
        return new AppSettings(experiment, width, height, stepsPerSecond, viewOptions, recentFiles, exportFolder);
    }

    public AppSettings withStepsPerSecond(double speed) {
        return new AppSettings(experiment, windowWidth, windowHeight, speed, viewOptions, recentFiles, exportFolder);
    }

    public AppSettings withViewOptions(Map<String, String> options) {
        return new AppSettings(experiment, windowWidth, windowHeight, stepsPerSecond, options, recentFiles, exportFolder);
    }

    public AppSettings withRecentFiles(List<String> files) {
        return new AppSettings(experiment, windowWidth, windowHeight, stepsPerSecond, viewOptions, files, exportFolder);
    }

    public AppSettings withExportFolder(String folder) {
        return new AppSettings(experiment, windowWidth, windowHeight, stepsPerSecond, viewOptions, recentFiles, folder);
    }
}
