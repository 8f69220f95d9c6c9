package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level help lists each command with the first line of its description: a whole sentence. */
class HelpTextTest {
    @Test
    void everyCommandIsSummedUpByAWholeSentence() {
        new CommandLine(new Main()).getSubcommands().forEach((name, command) -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && description[0].strip().endsWith("."),
                    name + " is summed up mid-sentence: " + Arrays.toString(description));
        });
    }

    @Test
    void theTopLevelHelpShowsTheBenchSentenceWhole() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code(), r.err());
        String bench = r.out().substring(r.out().indexOf("  bench "), r.out().indexOf("  help "));
        assertTrue(bench.strip().endsWith("GFLOP/s."), bench);
    }
}
