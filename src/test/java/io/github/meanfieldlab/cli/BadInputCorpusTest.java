package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad and edge inputs in {@code corpus/cases.txt}: every case gets its exit code and a message
 * with its fragment; a refusal is one line with no stack trace and no raw control character, and writes
 * nothing into --out. Runs in-process, so that 180 cases take seconds.
 */
class BadInputCorpusTest {
    private static final String CASES = "corpus/cases.txt";
    private static final Pattern ENDLESS = Pattern.compile("\\{endless:([^}]+)}");
    private static final Pattern CHARACTER = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    @TempDir
    Path tmp;

    private final List<Thread> writers = new ArrayList<>();
    private final List<Path> pipes = new ArrayList<>();

    /** One line of the manifest. */
    record Case(int line, String name, int exit, String fragment, String commandLine) {
        @Override
        public String toString() {
            return "line " + line + ": " + name;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CASES)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\|", 4);
                if (f.length != 4) {
                    throw new IllegalStateException(CASES + ", line " + (n + 1) + ": expected name | exit | fragment | command line");
                }
                cases.add(Arguments.of(new Case(n + 1, f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(),
                        f[3].strip())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheListedExitCodeAndMessageAndWritesNothingOnARefusal(Case c) throws Exception {
        Path out = tmp.resolve("out");
        String[] args = arguments(c.commandLine(), out);
        CliRun r = CliRun.of(args);
        String printed = r.out() + r.err();
        String fragment = c.fragment().replace("{c}", corpusFolder().toString());
        assertEquals(c.exit(), r.code(), c + ": " + printed);
        assertTrue(printed.contains(fragment), c + ": expected '" + fragment + "' in: " + printed);
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), c + ": a stack trace: " + printed);
        assertTrue(printed.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7F || ch == '\n' || ch == '\r'),
                c + ": a raw control character in: " + printed);
        if (c.exit() != 0) {
            assertEquals(1, r.err().lines().count(), c + ": one line: " + r.err());
            assertFalse(Files.exists(out), c + ": wrote into --out on a refusal");
        }
    }

    private String[] arguments(String commandLine, Path out) throws IOException {
        String[] args = commandLine.split(" +");
        Path corpus = corpusFolder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i].replace("{c}", corpus.toString()).replace("{out}", out.toString())
                    .replace("{tmp}", tmp.toString());
            if (a.contains("{unreadable}")) {
                a = a.replace("{unreadable}", unreadableFile().toString());
            }
            Matcher endless = ENDLESS.matcher(a);
            if (endless.find()) {
                a = endless.replaceFirst(Matcher.quoteReplacement(endlessPipe(corpus.resolve("endless/" + endless.group(1))).toString()));
            }
            if (a.startsWith("/dev/")) {
                assumeTrue(Files.exists(Path.of(a)), a + " exists on this system");
            }
            args[i] = CHARACTER.matcher(a).replaceAll(m -> Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return args;
    }

    private static Path corpusFolder() {
        try {
            return Path.of(BadInputCorpusTest.class.getResource(CASES).toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data file its owner may not read; root reads it all the same, and then the case is skipped. */
    private Path unreadableFile() throws IOException {
        Path f = Files.writeString(tmp.resolve("unreadable.csv"), "x1,x2,y\n1,2,1\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "this user can read a file without read permission (root)");
        return f;
    }

    /** A named pipe that a thread fills with {@code content} again and again until its reader goes away. */
    private Path endlessPipe(Path content) throws IOException {
        Path pipe = tmp.resolve("pipe-" + pipes.size());
        try {
            assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo works here");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        byte[] bytes = Files.readAllBytes(content);
        byte[] block = new byte[1 << 16];
        for (int i = 0; i < block.length; i++) {
            block[i] = bytes[i % bytes.length];
        }
        Thread writer = new Thread(() -> {
            try (OutputStream w = Files.newOutputStream(pipe)) {
                while (true) {
                    w.write(block);
                }
            } catch (IOException e) {
                // The reader closed the pipe: the endless stream ends here, as intended.
            }
        }, "endless-" + pipe.getFileName());
        writer.setDaemon(true);
        writer.start();
        writers.add(writer);
        pipes.add(pipe);
        return pipe;
    }

    @AfterEach
    void stopWriters() throws Exception {
        for (int i = 0; i < writers.size(); i++) {
            if (writers.get(i).isAlive()) {
                // A writer still waits for a reader (the command refused before opening the pipe): open and close it.
                Files.newInputStream(pipes.get(i)).close();
            }
            writers.get(i).join(10_000);
            assertFalse(writers.get(i).isAlive(), "the pipe's writer stopped");
        }
    }
}
