package io.github.meanfieldlab.lesson;

import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowLoop;
import io.github.meanfieldlab.core.GradientFlow;

/** One run of a lesson, headless, to its stopping rule: what the claims measure. */
record LessonRun(Experiment experiment, double[] initial, double[] last, FlowHistory history) {
    static LessonRun of(Lesson.Run run) {
        Experiment e = Experiment.build(run.config());
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 1)) {
            FlowLoop.Outcome outcome = FlowLoop.run(flow, e.stopRule());
            if (!outcome.finite()) {
                throw new IllegalStateException("a lesson run left the finite states: " + outcome.reason());
            }
            return new LessonRun(e, e.initialParticles(), flow.particles(), flow.history());
        }
    }
}
