package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;

/**
 * What the app remembers between launches: the experiment, the window size and the solver speed.
 *
 * @param stepsPerSecond the speed limit of the solver; 0 for as fast as it goes
 */
public record AppSettings(ExperimentConfig experiment, double windowWidth, double windowHeight, double stepsPerSecond) {
    /** The window size a first launch gets: room for five legible panes on a 1600×1000 projector. */
    public static final double DEFAULT_WIDTH = 1600;
    public static final double DEFAULT_HEIGHT = 1000;

    /** The settings of a first launch: the built-in default experiment at full speed. */
    public static AppSettings defaults() {
        return new AppSettings(ConfigIO.defaults(), DEFAULT_WIDTH, DEFAULT_HEIGHT, 0);
    }

    public AppSettings withExperiment(ExperimentConfig e) {
        return new AppSettings(e, windowWidth, windowHeight, stepsPerSecond);
    }

    public AppSettings withWindow(double width, double height) {
        return new AppSettings(experiment, width, height, stepsPerSecond);
    }

    public AppSettings withStepsPerSecond(double speed) {
        return new AppSettings(experiment, windowWidth, windowHeight, speed);
    }
}
