package io.github.meanfieldlab.lesson;

import io.github.meanfieldlab.config.ExperimentConfig;
import java.util.List;

/**
 * A lesson: a short Markdown text (what to look at, what to change next, what the theory says) and the
 * experiments it runs, one or several to compare on one loss chart. Its claims are the sentences of the text
 * that state a measured fact, each with the check a test evaluates on the runs (see {@link Claim}).
 *
 * @param markdown the text, CommonMark
 * @param runs the experiments, in the order the text introduces them; the first is the one to open
 */
public record Lesson(String id, String title, String markdown, List<Run> runs, List<Claim> claims) {
    /** One experiment of a lesson: a short name the claims use, the sample file it comes from, its configuration. */
    public record Run(String name, String file, ExperimentConfig config) {
    }

    /**
     * A measured sentence: {@code says} is quoted word for word from the text, {@code check} is what the lesson
     * test evaluates on the runs, for example {@code loss(M16, 20) > 2 * loss(M256, 20)}.
     */
    public record Claim(String says, String check) {
    }

    public Lesson {
        runs = List.copyOf(runs);
        claims = List.copyOf(claims);
    }

    /** The run named {@code name}. */
    public Run run(String name) {
        return runs.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("lesson " + id + " has no run '" + name + "'"));
    }
}
