package io.github.meanfieldlab.core;

import java.util.function.BooleanSupplier;

/**
 * The one loop that steps a {@link GradientFlow} without a window: until its {@link StopRule} says stop, a
 * step is not finite, or it is cancelled, reporting to a {@link StepHandler}. The command line's runs,
 * ladders and sweeps all step through here; the app's {@link FlowRunner} adds play, pause and throttling.
 */
public final class FlowLoop {
    /** Cancellation is checked before every step; it costs one call, which is nothing beside a step. */
    public static final BooleanSupplier NEVER_CANCELLED = () -> false;

    /**
     * How a loop ended.
     *
     * @param reason the stopping rule's reason, the non-finite step's message, or "cancelled"
     * @param finite false if a step produced NaN or infinity (the flow is at its last finite state)
     * @param cancelled true if the loop ended because it was asked to
     * @param seconds wall-clock time of the loop
     */
    public record Outcome(String reason, boolean finite, boolean cancelled, double seconds) {
    }

    private FlowLoop() {
    }

    /** Steps {@code flow} until {@code rule} says stop, with nothing watching and no way to cancel. */
    public static Outcome run(GradientFlow flow, StopRule rule) {
        return run(flow, rule, StepHandler.NONE, NEVER_CANCELLED);
    }

    /**
     * Steps {@code flow} until {@code rule} says stop, a step is not finite (the flow then stays at its last
     * finite state) or {@code cancelled} turns true; {@code handler} sees the start, every step and the end.
     */
    public static Outcome run(GradientFlow flow, StopRule rule, StepHandler handler, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        handler.init(flow, rule);
        Outcome outcome;
        try {
            String reason;
            while ((reason = rule.reason(flow)) == null && !cancelled.getAsBoolean()) {
                flow.step();
                handler.handleStep(flow);
            }
            outcome = reason == null ? new Outcome("cancelled", true, true, seconds(start))
                    : new Outcome(reason, true, false, seconds(start));
        } catch (NonFiniteStateException e) {
            outcome = new Outcome(e.getMessage(), false, false, seconds(start));
        }
        handler.finish(flow, outcome);
        return outcome;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
