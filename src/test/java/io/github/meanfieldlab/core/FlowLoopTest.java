package io.github.meanfieldlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headless step loop: each stopping rule ends it where it says, and the handler sees every state once. */
class FlowLoopTest {
    private static final RandomProblem P = RandomProblem.of(Block.RELU, 2, 3, 3, 8, 16, 1, 4);

    /** Records what the loop told it, in order. */
    private static final class Log implements StepHandler {
        final List<String> events = new ArrayList<>();

        @Override
        public void init(GradientFlow flow, StopRule rule) {
            events.add("init " + flow.steps());
        }

        @Override
        public void handleStep(GradientFlow flow) {
            events.add("step " + flow.steps());
        }

        @Override
        public void finish(GradientFlow flow, FlowLoop.Outcome outcome) {
            events.add("finish " + flow.steps());
        }
    }

    private static GradientFlow flow(double step) {
        return new GradientFlow(P.spec, P.data, P.theta, step, 1);
    }

    @Test
    void afterStepsTakesExactlyThatManyAndTheHandlerSeesEachOnce() {
        try (GradientFlow flow = flow(0.01)) {
            Log log = new Log();
            FlowLoop.Outcome o = FlowLoop.run(flow, StopRule.afterSteps(3), log, FlowLoop.NEVER_CANCELLED);
            assertEquals(List.of("init 0", "step 1", "step 2", "step 3", "finish 3"), log.events);
            assertEquals("took 3 steps", o.reason());
            assertTrue(o.finite() && !o.cancelled());
        }
    }

    @Test
    void atTimeLandsOnTheTimeDespiteRounding() {
        try (GradientFlow flow = flow(0.1)) {
            FlowLoop.run(flow, StopRule.atTime(0.7));
            // 7 · 0.1 = 0.7000000000000001 and 0.1 + … + 0.1 differ in the last bits; the step count does not.
            assertEquals(7, flow.steps());
        }
        try (GradientFlow flow = flow(0.1)) {
            assertEquals("took 0 steps", FlowLoop.run(flow, StopRule.afterSteps(0)).reason());
            assertEquals(0, flow.steps());
        }
    }

    @Test
    void theLossTargetStopsTheRunFirst() {
        double target;
        try (GradientFlow flow = flow(0.05)) {
            target = flow.loss() * 0.9;
            FlowLoop.Outcome o = FlowLoop.run(flow, new StopRule(1e6, target));
            assertTrue(flow.loss() <= target && o.reason().contains("target"), o.reason());
            assertTrue(flow.history().loss(flow.history().size() - 2) > target, "stopped at the first step below");
        }
    }

    @Test
    void cancellingEndsTheLoopBeforeTheNextStep() {
        try (GradientFlow flow = flow(0.01)) {
            Log log = new Log();
            FlowLoop.Outcome o = FlowLoop.run(flow, StopRule.afterSteps(100), log, () -> flow.steps() >= 2);
            assertTrue(o.cancelled() && o.finite(), o.toString());
            assertEquals(2, flow.steps());
            assertEquals("finish 2", log.events.get(log.events.size() - 1));
        }
    }

    @Test
    void aNonFiniteStepEndsTheLoopAtTheLastFiniteStateAndStillFinishes() {
        RandomProblem p = RandomProblem.of(Block.RELU, 2, 2, 2, 4, 8, 3, 2);
        try (GradientFlow flow = new GradientFlow(p.spec, p.data, p.theta, 1e6, 1)) {
            Log log = new Log();
            FlowLoop.Outcome o = FlowLoop.run(flow, StopRule.afterSteps(100), log, FlowLoop.NEVER_CANCELLED);
            assertFalse(o.finite());
            assertTrue(o.reason().contains("smaller step"), o.reason());
            assertTrue(Double.isFinite(flow.loss()));
            assertEquals("finish " + flow.steps(), log.events.get(log.events.size() - 1));
        }
    }

    @Test
    void progressFollowsWhicheverLimitIsNearer() {
        try (GradientFlow flow = flow(0.1)) {
            FlowLoop.run(flow, StopRule.afterSteps(2));
            assertEquals(0.5, StopRule.afterSteps(4).progress(flow), 1e-12);
            assertEquals(0.2, StopRule.atTime(1.0).progress(flow), 1e-12);
            assertEquals(0.5, new StopRule(4, 1.0, 0).progress(flow), 1e-12);
            assertEquals(0, new StopRule(Double.POSITIVE_INFINITY, 1e-3).progress(flow));
        }
    }
}
