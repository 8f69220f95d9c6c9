package io.github.meanfieldlab.core;

/**
 * Watches a {@link FlowLoop}: told of the initial state, of every step and of the end (the shape of
 * Hipparchus' {@code ODEStepHandler}). Every method does nothing unless overridden, so a handler names only
 * what it needs. Called on the stepping thread; the flow must not be stepped from here.
 */
public interface StepHandler {
    /** A handler that does nothing. */
    StepHandler NONE = new StepHandler() {
    };

    /** Before the first step, with the flow at its initial (or current) state. */
    default void init(GradientFlow flow, StopRule rule) {
    }

    /** After each step, with the flow at the new state. */
    default void handleStep(GradientFlow flow) {
    }

    /** Once, when the loop ends for whatever reason, with the flow at its last finite state. */
    default void finish(GradientFlow flow, FlowLoop.Outcome outcome) {
    }
}
