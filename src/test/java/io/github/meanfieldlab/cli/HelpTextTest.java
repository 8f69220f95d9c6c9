package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level help lists each command with the first line of its description: a whole sentence. */
class HelpTextTest {
    /** The width of a summary line in the top-level help; a summary may wrap onto a second line, not more. */
    private static final int SUMMARY_LINE = 70;

    @Test
    void everyCommandIsSummedUpByAWholeSentence() {
        new CommandLine(new Main()).getSubcommands().forEach((name, command) -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && description[0].strip().endsWith("."),
                    name + " is summed up mid-sentence: " + Arrays.toString(description));
            assertTrue(description[0].length() <= 2 * SUMMARY_LINE, name + " is summed up in a paragraph, not a sentence: "
                    + description[0]);
        });
    }

    @Test
    void theTopLevelHelpShowsTheBenchSentenceWhole() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code(), r.err());
        String afterBench = r.out().substring(r.out().indexOf("  bench "));
        String bench = afterBench.substring(0, nextEntry(afterBench));
        assertTrue(bench.strip().endsWith("GFLOP/s."), bench);
    }

    /** Where the next entry of a command list starts: a line with two spaces and then a letter. */
    private static int nextEntry(String list) {
        Matcher m = Pattern.compile("\n  [a-z]").matcher(list);
        return m.find(1) ? m.start() + 1 : list.length();
    }
}
