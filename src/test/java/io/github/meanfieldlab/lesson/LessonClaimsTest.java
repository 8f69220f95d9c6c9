package io.github.meanfieldlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson runs headless and every claim of its text holds. A claim's sentence is quoted word for word in
 * lessons.json beside its check, and every number in the text must sit in a quoted sentence, so the text cannot
 * change a figure, or gain one, without a check that measures it.
 */
class LessonClaimsTest {
    /** Numbers as prose writes them: 20, 0.057, 1e-3, 10⁻³ (a superscript exponent), 2.5. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:e-?\\d+|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?");
    /** Code spans (names, formulas), theorem numbers and "2-homogeneous" are not measurements. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "`[^`]*`|Theorems? \\d+\\.\\d+(?: and \\d+\\.\\d+)?|\\]\\([^)]*\\)|\\d-homogeneous");

    @Test
    void theIndexListsEightToTenLessonsWithTheirTextsAndRuns() throws IOException {
        List<Lesson> lessons = Lessons.all();
        assertTrue(lessons.size() >= 8 && lessons.size() <= 10, lessons.size() + " lessons");
        assertEquals(lessons.size(), new HashSet<>(lessons.stream().map(Lesson::id).toList()).size(), "unique ids");
        String readme = Files.readString(Path.of("README.md"));
        for (Lesson l : lessons) {
            assertTrue(!l.runs().isEmpty() && !l.claims().isEmpty() && l.markdown().startsWith("# "), l.id());
            assertTrue(readme.contains("| " + l.title() + " | `" + l.id() + ".md` |"), "the README lists " + l.id());
        }
    }

    @Test
    void aCheckFailsWhenItsNumberIsWrong() {
        LessonRun large = LessonRun.of(Lessons.byId("step-size").run("large"));
        assertTrue(ClaimCheck.evaluate("rises(large) > 0", n -> large).holds(), "the large step's loss rises");
        String exact = "rises(large) ≈ " + countRises(large) + " ± 0";
        assertTrue(ClaimCheck.evaluate(exact, n -> large).holds(), exact);
        String offByOne = "rises(large) ≈ " + (countRises(large) + 1) + " ± 0";
        assertTrue(!ClaimCheck.evaluate(offByOne, n -> large).holds(), offByOne);
        assertTrue(!ClaimCheck.evaluate("steps(large) ≈ 60 ± 0; minFidelity(large) > 0", n -> large).holds(),
                "one failing part fails the whole check");
    }

    private static int countRises(LessonRun run) {
        int rises = 0;
        for (int n = 1; n < run.history().size(); n++) {
            rises += run.history().loss(n) > run.history().loss(n - 1) ? 1 : 0;
        }
        return rises;
    }

    @TestFactory
    Stream<DynamicTest> everyClaimOfEveryLessonHolds() {
        return Lessons.all().stream().map(l -> DynamicTest.dynamicTest(l.id(), () -> checkLesson(l)));
    }

    private static void checkLesson(Lesson lesson) {
        long start = System.nanoTime();
        Map<String, LessonRun> runs = new HashMap<>();
        String prose = lesson.markdown().replaceAll("\\s+", " ");
        List<String> failures = new ArrayList<>();
        for (Lesson.Claim c : lesson.claims()) {
            if (!prose.contains(c.says())) {
                failures.add("not in the text word for word: \"" + c.says() + "\"");
                continue;
            }
            ClaimCheck.Outcome o = ClaimCheck.evaluate(c.check(),
                    name -> runs.computeIfAbsent(name, n -> LessonRun.of(lesson.run(n))));
            System.out.println(lesson.id() + ": " + c.check() + "   [" + o.values() + "] " + (o.holds() ? "ok" : "FAILS"));
            if (!o.holds()) {
                failures.add("\"" + c.says() + "\" does not hold: " + c.check() + " is " + o.values());
            }
        }
        Matcher m = NUMBER.matcher(NOT_PROSE.matcher(prose).replaceAll(r -> " ".repeat(r.group().length())));
        while (m.find()) {
            String number = m.group();
            if (lesson.claims().stream().noneMatch(c -> NUMBER.matcher(c.says()).results()
                    .anyMatch(r -> r.group().equals(number)))) {
                failures.add("the number " + number + " in the text is in no claim: \""
                        + prose.substring(Math.max(0, m.start() - 40), Math.min(prose.length(), m.end() + 40)) + "\"");
            }
        }
        System.out.printf("%s: %d runs in %.1f s%n", lesson.id(), runs.size(), (System.nanoTime() - start) / 1e9);
        assertTrue(failures.isEmpty(), lesson.id() + ":\n  " + String.join("\n  ", failures));
    }
}
