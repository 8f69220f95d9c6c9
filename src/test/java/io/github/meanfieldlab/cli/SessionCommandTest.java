package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --save-session} and {@code run --resume}: a run cut in two equals the run in one piece, byte for byte. */
class SessionCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void twoHundredStepsEqualOneHundredTwentySavedAndEightyResumed() throws IOException {
        Path straight = dir.resolve("straight");
        run("run", "--steps", "200", "--threads", "1", "--quiet", "--out", straight.toString());
        for (String threads : new String[] {"1", "2"}) {
            Path first = dir.resolve("first-" + threads);
            Path session = dir.resolve("at120-" + threads + ".mflab");
            run("run", "--steps", "120", "--threads", threads, "--quiet", "--out", first.toString(),
                    "--save-session", session.toString());
            Path resumed = dir.resolve("resumed-" + threads);
            CliRun r = run("run", "--resume", session.toString(), "--steps", "80", "--threads", threads, "--quiet",
                    "--out", resumed.toString());
            assertTrue(r.out().contains("at step 120") && r.out().contains("stopped at step 200"), r.out());
            for (String file : new String[] {"history.csv", "particles.csv", "config.json"}) {
                assertArrayEquals(Files.readAllBytes(straight.resolve(file)), Files.readAllBytes(resumed.resolve(file)),
                        file + " with " + threads + " thread(s)");
            }
        }
    }

    @Test
    void aResumedRunCanBeSavedAndResumedAgain() throws IOException {
        Path a = dir.resolve("a.mflab");
        Path b = dir.resolve("b.mflab");
        run("run", "--steps", "30", "--quiet", "--out", dir.resolve("o1").toString(), "--save-session", a.toString());
        run("run", "--resume", a.toString(), "--time", "0.4", "--quiet", "--out", dir.resolve("o2").toString(),
                "--save-session", b.toString());
        run("run", "--resume", b.toString(), "--steps", "10", "--quiet", "--out", dir.resolve("o3").toString());
        run("run", "--steps", "60", "--quiet", "--out", dir.resolve("straight").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("straight/history.csv")),
                Files.readAllBytes(dir.resolve("o3/history.csv")), "30 + 20 (s = 0.4 at Δs = 0.02) + 10 steps");
    }

    @Test
    void badSessionsAndOptionsExitTwoAndWriteNothing() throws IOException {
        Path notZip = dir.resolve("plain.mflab");
        Files.writeString(notZip, "hello");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", "--resume", notZip.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(notZip + ": not a session file"), r.err());
        assertTrue(Files.notExists(out), "nothing written");

        r = CliRun.of("run", "--resume", notZip.toString(), "--config", "x.json", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--resume continues the saved experiment"), r.err());

        Path existing = dir.resolve("kept.mflab");
        Files.writeString(existing, "precious");
        r = CliRun.of("run", "--steps", "1", "--out", out.toString(), "--save-session", existing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("kept.mflab exists; use --force"), r.err());
        assertEquals("precious", Files.readString(existing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the two files the test made");
        }
    }
}
