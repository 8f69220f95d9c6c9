package io.github.meanfieldlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowRunner;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session files: an exact round trip, a resumed flow that equals the uninterrupted one bit for bit, and every
 * kind of hostile archive refused with a message naming the entry, without writing anything.
 */
class SessionFileTest {
    private static final ExperimentConfig SMALL = ConfigIO.parse("""
            {"model": {"depth": 4, "width": 8}, "data": {"samples": 24}, "flow": {"step": 0.05}}""", "test");

    @TempDir
    Path dir;

    private static Session sessionAfter(int steps, ExperimentConfig config, List<Session.EarlierRun> earlier) {
        Experiment e = Experiment.build(config);
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 1)) {
            for (int n = 0; n < steps; n++) {
                flow.step();
            }
            return Session.of(e, flow, earlier);
        }
    }

    private Path savedSession() throws IOException {
        ExperimentConfig wider = SMALL.withModel(SMALL.model().withSize(4, 16));
        Session earlier = sessionAfter(10, wider, List.of());
        Path file = dir.resolve("saved.mflab");
        SessionFile.write(sessionAfter(12, SMALL, List.of(new Session.EarlierRun("M=16→8", wider, earlier.history()))),
                file);
        return file;
    }

    private static void assertSameHistory(FlowHistory expected, FlowHistory actual) {
        assertEquals(expected.size(), actual.size(), "rows");
        for (int c = 0; c < FlowHistory.COLUMNS.length; c++) {
            for (int r = 0; r < expected.size(); r++) {
                assertEquals(Double.doubleToLongBits(expected.get(c, r)), Double.doubleToLongBits(actual.get(c, r)),
                        FlowHistory.COLUMNS[c] + " at row " + r);
            }
        }
    }

    @Test
    void aSessionReadsBackExactly() throws IOException {
        ExperimentConfig wider = SMALL.withModel(SMALL.model().withSize(4, 16));
        Session earlier = sessionAfter(10, wider, List.of());
        Session saved = sessionAfter(12, SMALL, List.of(new Session.EarlierRun("M=16→8", wider, earlier.history())));
        Path file = dir.resolve("s.mflab");
        SessionFile.write(saved, file);
        Session read = SessionFile.read(file);
        assertEquals(saved.config(), read.config());
        assertArrayEquals(saved.data().inputs(), read.data().inputs());
        assertArrayEquals(saved.data().targets(), read.data().targets());
        assertEquals("moons", read.data().name());
        assertArrayEquals(saved.particles(), read.particles(), "particles as exact doubles");
        assertSameHistory(saved.history(), read.history());
        assertEquals(12, read.steps());
        assertEquals(1, read.earlierRuns().size());
        assertEquals("M=16→8", read.earlierRuns().get(0).label());
        assertEquals(wider, read.earlierRuns().get(0).config());
        assertSameHistory(earlier.history(), read.earlierRuns().get(0).history());
        byte[] first = Files.readAllBytes(file);
        SessionFile.write(read, file);
        assertArrayEquals(first, Files.readAllBytes(file), "the same session gives the same bytes");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void theTheoryColumnsRoundTripWithTheirEmptyCells() throws IOException {
        Experiment e = Experiment.build(SMALL);
        try (GradientFlow flow = new GradientFlow(e.spec(), e.data(), e.initialParticles(),
                new GradientFlow.Options(e.stepSize(), false, true, 5), 1)) {
            for (int n = 0; n < 12; n++) {
                flow.step();
            }
            FlowHistory h = flow.history();
            assertTrue(Double.isFinite(h.get(FlowHistory.Column.LAMBDA_MIN, 5))
                    && Double.isNaN(h.get(FlowHistory.Column.LAMBDA_MIN, 6)), "λ_min every 5 steps, empty between");
            assertTrue(Double.isFinite(h.get(FlowHistory.Column.IMBALANCE_DRIFT, 7)), "relu's drift in every row");
            Path file = dir.resolve("theory.mflab");
            SessionFile.write(Session.of(e, flow, List.of()), file);
            assertSameHistory(h, SessionFile.read(file).history());
        }
    }

    @Test
    void anAdaptiveFlowWithTheoryColumnsResumesExactly() throws IOException {
        ExperimentConfig adaptive = ConfigIO.parse("""
                {"model": {"depth": 4, "width": 8}, "data": {"samples": 24}, "flow": {"step": 1.0, "adaptive": true}}""",
                "test");
        Experiment e = Experiment.build(adaptive);
        GradientFlow.Options options = e.flowOptions(true, 7);
        try (GradientFlow straight = e.startFlow(options, 1); GradientFlow first = e.startFlow(options, 1)) {
            for (int n = 0; n < 40; n++) {
                straight.step();
            }
            for (int n = 0; n < 25; n++) {
                first.step();
            }
            assertTrue(first.stepping().stepsBase() > 0 && first.stepSize() < 1.0,
                    "Δs changed before the save, so the stepping matters: " + first.stepping());
            Path file = dir.resolve("adaptive.mflab");
            SessionFile.write(Session.of(e, first, List.of()), file);
            for (int threads : new int[] {1, 2}) {
                try (GradientFlow resumed = SessionFile.read(file).resume(threads)) {
                    for (int n = 0; n < 15; n++) {
                        resumed.step();
                    }
                    assertArrayEquals(straight.particles(), resumed.particles(), threads + " thread(s)");
                    assertEquals(straight.time(), resumed.time());
                    assertEquals(straight.stepping(), resumed.stepping());
                    assertSameHistory(straight.history(), resumed.history());
                }
            }
        }
    }

    @Test
    void aResumedFlowEqualsTheUninterruptedOneOnAnyThreadCount() throws IOException {
        Experiment e = Experiment.build(SMALL);
        try (GradientFlow straight = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 1)) {
            for (int n = 0; n < 40; n++) {
                straight.step();
            }
            for (int threads : new int[] {1, 2}) {
                Path file = dir.resolve("at25-" + threads + ".mflab");
                SessionFile.write(sessionAfter(25, SMALL, List.of()), file);
                try (GradientFlow resumed = SessionFile.read(file).resume(threads)) {
                    assertEquals(25, resumed.steps());
                    for (int n = 0; n < 15; n++) {
                        resumed.step();
                    }
                    assertArrayEquals(straight.particles(), resumed.particles(), threads + " thread(s)");
                    assertEquals(straight.time(), resumed.time());
                    assertSameHistory(straight.history(), resumed.history());
                }
            }
        }
    }

    @Test
    void theAppsSolverThreadContinuesASessionAsTheFlowDoes() throws Exception {
        Experiment e = Experiment.build(SMALL);
        try (GradientFlow straight = new GradientFlow(e.spec(), e.data(), e.initialParticles(), e.stepSize(), 1)) {
            for (int n = 0; n < 35; n++) {
                straight.step();
            }
            Path file = dir.resolve("at25.mflab");
            SessionFile.write(sessionAfter(25, SMALL, List.of()), file);
            try (FlowRunner runner = SessionFile.read(file).runner(3, 2, false).start()) {
                for (int n = 0; n < 10; n++) {
                    runner.stepOnce();
                }
                long start = System.nanoTime();
                while (runner.latest() == null || runner.latest().step() < 35) {
                    assertTrue(System.nanoTime() - start < 20_000_000_000L, "ten steps within 20 s");
                    Thread.sleep(2);
                }
                FlowSnapshot last = runner.latest();
                assertArrayEquals(straight.particles(), last.particles());
                assertSameHistory(straight.history(), last.history());
            }
        }
    }

    // ----- hostile archives -----

    /** The entries of a valid session, in order, to be altered by a test. */
    private Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(savedSession().toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Hostile archives go into a folder of their own, so that an escape would land beside it, in {@link #dir}. */
    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = Files.createDirectories(dir.resolve("in")).resolve(name);
        Files.write(file, zipBytes(entries));
        return file;
    }

    private static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Reads {@code file}, expects a refusal, and checks that reading wrote nothing anywhere under the test folder. */
    private String refusal(Path file) throws IOException {
        return refusal(file, SessionArchive.DEFAULT_MAX_BYTES);
    }

    private String refusal(Path file, long maxBytes) throws IOException {
        List<Path> before = listing();
        String m = assertThrows(InputException.class, () -> SessionFile.read(file, maxBytes)).getMessage();
        assertTrue(m.startsWith(file.toString()), "names the file: " + m);
        assertEquals(before, listing(), "reading wrote nothing");
        return m;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }

    private static void assertContains(String expected, String message) {
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
    }

    @Test
    void refusesEntriesThatPointOutsideTheArchive() throws IOException {
        for (String evil : List.of("../evil.txt", "runs/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt", "..\\evil.txt")) {
            Map<String, byte[]> entries = entries();
            entries.put(evil, "boo".getBytes(StandardCharsets.UTF_8));
            String m = refusal(zip("evil.mflab", entries));
            assertContains("entry '" + evil + "'", m);
            assertTrue(m.contains("outside the archive") || m.contains("backslash"), m);
        }
        assertTrue(Files.notExists(dir.resolve("evil.txt")));
    }

    @Test
    void refusesADuplicateEntry() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("config.jsoX", entries.get("config.json"));
        // ZipOutputStream refuses to write a name twice, so the second name is patched into the first.
        byte[] bytes = zipBytes(entries);
        String z = new String(bytes, StandardCharsets.ISO_8859_1).replace("config.jsoX", "config.json");
        Path file = Files.createDirectories(dir.resolve("in")).resolve("twice.mflab");
        Files.write(file, z.getBytes(StandardCharsets.ISO_8859_1));
        assertContains("entry 'config.json' appears twice", refusal(file));
    }

    @Test
    void refusesAnArchiveThatInflatesBeyondTheBoundWhateverItsHeadersSay() throws IOException {
        Map<String, byte[]> entries = entries();
        // A history that is mostly blank lines: valid text, tiny when deflated, 4 MB when inflated.
        byte[] history = entries.get("history.csv");
        byte[] padded = new byte[history.length + 4_000_000];
        System.arraycopy(history, 0, padded, 0, history.length);
        java.util.Arrays.fill(padded, history.length, padded.length, (byte) '\n');
        entries.put("history.csv", padded);
        byte[] bytes = zipBytes(entries);
        assertTrue(bytes.length < 100_000, "a small archive: " + bytes.length);
        assertContains("entry history.csv: inflates to more than", refusal(zip("bomb.mflab", entries), 1_000_000));
        // The same archive whose central directory claims the entry inflates to 100 bytes: the bound still holds.
        lieAboutSize(bytes, "history.csv", 100);
        Path liar = dir.resolve("in/liar.mflab");
        Files.write(liar, bytes);
        assertContains("entry history.csv: inflates to more than", refusal(liar, 1_000_000));
    }

    /** Sets the uncompressed size that the central directory states for {@code name}. */
    private static void lieAboutSize(byte[] zip, String name, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + n.length <= zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                zip[i + 24] = (byte) size;
                zip[i + 25] = (byte) (size >>> 8);
                zip[i + 26] = 0;
                zip[i + 27] = 0;
                return;
            }
        }
        throw new AssertionError("no central directory entry " + name);
    }

    @Test
    void refusesANewerFormatVersion() throws IOException {
        Map<String, byte[]> entries = entries();
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8).replace("\"version\" : 1",
                "\"version\" : 2");
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        assertContains("entry manifest.json: format version 2 was written by a newer MeanField Lab",
                refusal(zip("newer.mflab", entries)));
    }

    @Test
    void refusesMissingAndUnknownEntries() throws IOException {
        for (String missing : List.of("manifest.json", "particles.csv", "runs/1/history.csv")) {
            Map<String, byte[]> entries = entries();
            entries.remove(missing);
            assertContains("entry '" + missing + "' is missing", refusal(zip("missing.mflab", entries)));
        }
        Map<String, byte[]> entries = entries();
        entries.put("notes.txt", new byte[] {1});
        assertContains("unknown entry 'notes.txt'", refusal(zip("extra.mflab", entries)));
    }

    @Test
    void refusesContentsThatFailTheFileChecks() throws IOException {
        record Case(String entry, String from, String to, String expected) {
        }
        for (Case c : List.of(
                new Case("particles.csv", "0,0,", "0,0,abc", "entry particles.csv, line 2, column 3 (u1): 'abc"),
                new Case("particles.csv", "layer,index", "layer,indeks", "entry particles.csv, line 1: header"),
                new Case("data.csv", "x1,x2,y", "x1,x2,label", "entry data.csv, line 1, column 3: header 'label'"),
                new Case("config.json", "\"depth\" : 4", "\"depth\" : -4", "entry config.json: field model.depth"),
                new Case("config.json", "\"depth\" : 4", "\"depth\" : 2", "entry particles.csv: layers 0..3"),
                new Case("config.json", "\"stateDimension\" : 3", "\"stateDimension\" : 2",
                        "entry particles.csv, line 1: header 'layer,index,u1,u2,u3,w1,w2,w3,b' does not fit"),
                new Case("history.csv", "\n1,", "\n7,", "entry history.csv, row 2 after the header: step 7.0"),
                new Case("history.csv", "second_moment", "moment", "entry history.csv, line 1: no column 'second_moment'"),
                new Case("history.csv", "\n2,0.1,", "\n2,0.2,", "entry history.csv, row 3 after the header: time 0.2"),
                new Case("runs/1/config.json", "\"step\" : 0.05", "\"step\" : 0.5",
                        "entry runs/1/history.csv, row 1 after the header: step_size 0.05; expected flow.step = 0.5"),
                new Case("manifest.json", "meanfield-lab-session", "something-else", "entry manifest.json: format is"),
                new Case("manifest.json", "\"stepSize\" : 0.05", "\"stepSize\" : 0.5", "does not fit a flow"),
                new Case("manifest.json", "\"timeBase\" : 0.0", "\"timeBase\" : 0.1", "the stepping gives s = "),
                new Case("manifest.json", "\"stepsInBand\" : ", "\"stepsInBand\" : -", "flow.stepsInBand is -"),
                new Case("start.csv", "0,0,", "0,0,x", "entry start.csv, line 2, column 3 (u1): 'x"))) {
            Map<String, byte[]> entries = entries();
            String text = new String(entries.get(c.entry()), StandardCharsets.UTF_8);
            assertTrue(text.contains(c.from()), c.entry() + " holds '" + c.from() + "': " + text);
            entries.put(c.entry(), text.replaceFirst(java.util.regex.Pattern.quote(c.from()), c.to())
                    .getBytes(StandardCharsets.UTF_8));
            assertContains(c.expected(), refusal(zip("bad.mflab", entries)));
        }
    }

    @Test
    void aHistoryWithMoreColumnsInAnotherOrderReads() throws IOException {
        Map<String, byte[]> entries = entries();
        Session original = SessionFile.read(savedSession());
        // A later version's history: an extra column first, and loss moved to the end.
        StringBuilder changed = new StringBuilder();
        for (String line : new String(entries.get("history.csv"), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split(",", -1);
            List<String> fields = new java.util.ArrayList<>(List.of(f));
            String loss = fields.remove(2);
            fields.add(loss);
            fields.add(0, line.startsWith("step") ? "theory_bound" : "1.5");
            changed.append(String.join(",", fields)).append('\n');
        }
        entries.put("history.csv", changed.toString().getBytes(StandardCharsets.UTF_8));
        Session read = SessionFile.read(zip("later.mflab", entries));
        assertSameHistory(original.history(), read.history());
    }

    @Test
    void refusesAFileThatIsNoZip() throws IOException {
        Path file = dir.resolve("plain.mflab");
        Files.writeString(file, "step,time\n");
        assertContains("not a session file", refusal(file));
        assertContains("no such file", refusal(dir.resolve("absent.mflab")));
    }

    @Test
    void refusesParticlesThatDoNotBelongToTheHistory() throws IOException {
        Map<String, byte[]> entries = entries();
        Path other = dir.resolve("other.mflab");
        SessionFile.write(sessionAfter(3, SMALL, List.of()), other);
        try (ZipFile zip = new ZipFile(other.toFile()); InputStream in = zip.getInputStream(zip.getEntry("particles.csv"))) {
            entries.put("particles.csv", in.readAllBytes());
        }
        assertContains("particles.csv and history.csv are not from the same run", refusal(zip("mixed.mflab", entries)));
    }
}
