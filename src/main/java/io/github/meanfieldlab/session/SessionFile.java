package io.github.meanfieldlab.session;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.data.HistoryCsv;
import io.github.meanfieldlab.data.ParticleCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Session files ({@code .mflab}, docs/SESSION-FORMAT.md): a zip archive of a manifest, the configuration,
 * the data, the particles, the history and the earlier runs, all as the project's text formats; never Java
 * serialization. Reading treats the file as untrusted: every entry is checked as the matching file would be
 * on its own, within stated size bounds, and the first problem is refused with a message naming the entry.
 */
public final class SessionFile {
    /** What the manifest's {@code format} field says. */
    static final String FORMAT = "meanfield-lab-session";
    /** The format version this code writes, and the newest it reads. */
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String CONFIG = "config.json";
    static final String DATA = "data.csv";
    static final String PARTICLES = "particles.csv";
    static final String START = "start.csv";
    static final String HISTORY = "history.csv";
    /** Earlier runs are kept to this many, as the loss chart shows them. */
    static final int MAX_EARLIER_RUNS = 100;
    /** Entries carry a fixed time, so that the same session always gives the same bytes. */
    private static final long ENTRY_TIME = 315_532_800_000L;   // 1980-01-01, the earliest time a zip can hold
    /** As configurations are read: a field given twice, or content after the document, is an error. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SessionFile() {
    }

    /** The entry of earlier run {@code n} (from 1) named {@code name}: {@code runs/n/name}. */
    static String runEntry(int n, String name) {
        return "runs/" + n + "/" + name;
    }

    /** Reads and checks a session file; see {@link SessionArchive#DEFAULT_MAX_BYTES} for the size bound. */
    public static Session read(Path file) {
        return read(file, SessionArchive.DEFAULT_MAX_BYTES);
    }

    static Session read(Path file, long maxBytes) {
        try (SessionArchive archive = SessionArchive.open(file, maxBytes)) {
            Manifest manifest = Manifest.parse(archive.text(MANIFEST), archive.where(MANIFEST));
            List<String> expected = new ArrayList<>(List.of(MANIFEST, CONFIG, DATA, START, PARTICLES, HISTORY));
            for (int n = 1; n <= manifest.earlierRuns().size(); n++) {
                expected.add(runEntry(n, CONFIG));
                expected.add(runEntry(n, HISTORY));
            }
            archive.expectExactly(expected);
            ExperimentConfig config = ConfigIO.parse(archive.text(CONFIG), archive.where(CONFIG));
            Dataset data = archive.read(DATA, (source, in) -> DataCsv.read(source, in, manifest.dataName()));
            Block block = Block.fromId(config.model().block());
            int dimension = config.model().stateDimension();
            double[] particles = particles(archive, PARTICLES, config);
            double[] start = particles(archive, START, config);
            FlowHistory history = history(archive, HISTORY, config);
            List<Session.EarlierRun> earlier = new ArrayList<>();
            for (int n = 1; n <= manifest.earlierRuns().size(); n++) {
                String configEntry = runEntry(n, CONFIG);
                ExperimentConfig c = ConfigIO.parse(archive.text(configEntry), archive.where(configEntry));
                earlier.add(new Session.EarlierRun(manifest.earlierRuns().get(n - 1), c,
                        history(archive, runEntry(n, HISTORY), c)));
            }
            GradientFlow.Options options = new GradientFlow.Options(config.flow().step(), config.flow().adaptive(),
                    manifest.countSignChanges(), manifest.diagnosticsEvery());
            Session session = new Session(config, data, start, particles, options, manifest.stepping(), history, earlier);
            try {
                // D >= d, the memory the run needs, and particles that give the history's last loss: one evaluation.
                session.resume(1).close();
            } catch (InputException e) {
                throw new InputException(UserText.path(file) + ": " + e.getMessage(), e);
            }
            return session;
        }
    }

    /** A particle entry, whose depth and width must be those of {@code config}. */
    private static double[] particles(SessionArchive archive, String entry, ExperimentConfig config) {
        Block block = Block.fromId(config.model().block());
        int dimension = config.model().stateDimension();
        ParticleCsv.Particles p = archive.read(entry,
                (source, in) -> ParticleCsv.read(source, in, block, dimension, archive.where(CONFIG)));
        if (p.depth() != config.model().depth() || p.width() != config.model().width()) {
            throw new InputException(archive.where(entry) + ": layers 0.." + (p.depth() - 1) + " and indices 0.."
                    + (p.width() - 1) + ", but " + CONFIG + " says depth " + config.model().depth() + " and width "
                    + config.model().width());
        }
        return p.values();
    }

    /**
     * A history entry, checked to be rows 0..n of a run of {@code config}: step n, finite E and I, and s and the step
     * size as the configuration's Δs makes them: s = n·Δs and step size Δs in fixed steps; with adaptive steps s
     * that grows from 0 by the step sizes, each at most Δs.
     */
    private static FlowHistory history(SessionArchive archive, String entry, ExperimentConfig config) {
        FlowHistory h = archive.read(entry, HistoryCsv::read);
        double stepSize = config.flow().step();
        boolean adaptive = config.flow().adaptive();
        for (int r = 0; r < h.size(); r++) {
            String row = archive.where(entry) + ", row " + (r + 1) + " after the header: ";
            if (h.get(0, r) != r) {
                throw new InputException(row + "step " + h.get(0, r) + "; expected " + r
                        + " (rows are the steps 0, 1, 2, … of one run)");
            }
            if (!adaptive && h.time(r) != r * stepSize) {
                throw new InputException(row + "time " + h.time(r) + "; expected step × Δs = " + r * stepSize);
            }
            if (adaptive && !(r == 0 ? h.time(r) == 0 : h.time(r) > h.time(r - 1))) {
                throw new InputException(row + "time " + h.time(r) + "; expected " + (r == 0 ? "0" : "more than the "
                        + "previous row's " + h.time(r - 1)));
            }
            if (adaptive ? !(h.stepSize(r) > 0 && h.stepSize(r) <= stepSize) : h.stepSize(r) != stepSize) {
                throw new InputException(row + "step_size " + h.stepSize(r) + "; expected " + (adaptive ? "at most " : "")
                        + "flow.step = " + stepSize + " of " + CONFIG);
            }
            if (!(h.loss(r) >= 0 && Double.isFinite(h.loss(r))) || !(h.dissipation(r) >= 0 && Double.isFinite(h.dissipation(r)))) {
                throw new InputException(row + "loss " + h.loss(r) + " and dissipation " + h.dissipation(r)
                        + " must be finite and >= 0");
            }
        }
        return h;
    }

    /**
     * Writes {@code session} to {@code file} through the shared {@link AtomicFile}: a reader never sees half a file,
     * and a failure leaves the old one. The folder is created if missing.
     */
    public static void write(Session session, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, out -> writeZip(session, out));
    }

    private static void writeZip(Session session, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        List<String> labels = session.earlierRuns().stream().map(Session.EarlierRun::label).toList();
        entry(zip, text, MANIFEST, w -> w.write(Manifest.toJson(session.data().name(), session.options(),
                session.stepping(), labels)));
        entry(zip, text, CONFIG, w -> w.write(ConfigIO.toJson(session.config())));
        entry(zip, text, DATA, w -> DataCsv.write(session.data(), w));
        entry(zip, text, START, w -> ParticleCsv.write(session.experiment().spec(), session.start(), w));
        entry(zip, text, PARTICLES, w -> ParticleCsv.write(session.experiment().spec(), session.particles(), w));
        entry(zip, text, HISTORY, w -> HistoryCsv.write(session.history(), w));
        for (int n = 1; n <= session.earlierRuns().size(); n++) {
            Session.EarlierRun run = session.earlierRuns().get(n - 1);
            entry(zip, text, runEntry(n, CONFIG), w -> w.write(ConfigIO.toJson(run.config())));
            entry(zip, text, runEntry(n, HISTORY), w -> HistoryCsv.write(run.history(), w));
        }
        zip.finish();
    }

    private interface Text {
        void writeTo(Writer w) throws IOException;
    }

    private static void entry(ZipOutputStream zip, Writer text, String name, Text content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        zip.putNextEntry(e);
        content.writeTo(text);
        text.flush();
        zip.closeEntry();
    }

    /**
     * The manifest: the format, its version, the dataset's name, how the flow steps beyond what config.json says
     * (whether it counts sign changes, every how many steps the theory columns, and its {@link GradientFlow.Stepping})
     * and the earlier runs' labels.
     */
    record Manifest(String dataName, boolean countSignChanges, int diagnosticsEvery, GradientFlow.Stepping stepping,
                    List<String> earlierRuns) {
        private static final List<String> FIELDS = List.of("format", "version", "dataName", "flow", "earlierRuns");
        private static final List<String> FLOW_FIELDS = List.of("countSignChanges", "diagnosticsEvery", "stepSize",
                "timeBase", "stepsBase", "stepsInBand");

        static String toJson(String dataName, GradientFlow.Options options, GradientFlow.Stepping stepping,
                             List<String> labels) {
            ObjectNode m = JSON.createObjectNode();
            m.put("format", FORMAT);
            m.put("version", VERSION);
            m.put("dataName", dataName);
            ObjectNode flow = m.putObject("flow");
            flow.put("countSignChanges", options.countSignChanges());
            flow.put("diagnosticsEvery", options.diagnosticsEvery());
            flow.put("stepSize", stepping.stepSize());
            flow.put("timeBase", stepping.timeBase());
            flow.put("stepsBase", stepping.stepsBase());
            flow.put("stepsInBand", stepping.stepsInBand());
            ArrayNode runs = m.putArray("earlierRuns");
            labels.forEach(runs::add);
            return m.toPrettyString() + "\n";
        }

        static Manifest parse(String json, String where) {
            JsonNode m;
            try {
                m = JSON.readTree(json);
            } catch (IOException e) {
                throw new InputException(where + ": not valid JSON (" + UserText.printable(e.getMessage()) + ")");
            }
            if (m == null || !m.isObject()) {
                throw new InputException(where + ": expected a JSON object with format, version, dataName, earlierRuns");
            }
            if (!FORMAT.equals(m.path("format").asText(null))) {
                throw new InputException(where + ": format is " + UserText.excerpt(String.valueOf(m.get("format"))) + "; expected \"" + FORMAT
                        + "\" (this is not a MeanField Lab session)");
            }
            JsonNode version = m.get("version");
            if (version == null || !version.isInt() || version.asInt() < 1) {
                throw new InputException(where + ": version is " + UserText.excerpt(String.valueOf(version)) + "; expected a whole number >= 1");
            }
            if (version.asInt() > VERSION) {
                throw new InputException(where + ": format version " + version.asInt()
                        + " was written by a newer MeanField Lab; this one reads versions up to " + VERSION);
            }
            var names = m.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw new InputException(where + ": unknown field " + UserText.quote(name) + "; allowed: "
                            + String.join(", ", FIELDS));
                }
            }
            JsonNode flow = m.get("flow");
            if (flow == null || !flow.isObject()) {
                throw new InputException(where + ": flow must be an object with " + String.join(", ", FLOW_FIELDS));
            }
            var flowNames = flow.fieldNames();
            while (flowNames.hasNext()) {
                String name = flowNames.next();
                if (!FLOW_FIELDS.contains(name)) {
                    throw new InputException(where + ": unknown field flow." + UserText.quote(name) + "; allowed: "
                            + String.join(", ", FLOW_FIELDS));
                }
            }
            boolean countSignChanges = field(flow, "countSignChanges", JsonNode::isBoolean, "true or false", where)
                    .asBoolean();
            int every = field(flow, "diagnosticsEvery", n -> n.isInt() && n.asInt() >= 0, "a whole number >= 0", where)
                    .asInt();
            double stepSize = field(flow, "stepSize", n -> n.isNumber() && n.asDouble() > 0, "a number > 0", where)
                    .asDouble();
            double timeBase = field(flow, "timeBase", n -> n.isNumber() && n.asDouble() >= 0, "a number >= 0", where)
                    .asDouble();
            long stepsBase = field(flow, "stepsBase", n -> n.canConvertToLong() && n.isIntegralNumber() && n.asLong() >= 0,
                    "a whole number >= 0", where).asLong();
            int stepsInBand = field(flow, "stepsInBand", n -> n.isInt() && n.asInt() >= 0, "a whole number >= 0", where)
                    .asInt();
            JsonNode dataName = m.get("dataName");
            if (dataName == null || !dataName.isTextual() || dataName.asText().isBlank()) {
                throw new InputException(where + ": dataName is " + UserText.excerpt(String.valueOf(dataName)) + "; expected the dataset's name, a string");
            }
            JsonNode runs = m.get("earlierRuns");
            if (runs == null || !runs.isArray() || runs.size() > MAX_EARLIER_RUNS) {
                throw new InputException(where + ": earlierRuns must be a list of at most " + MAX_EARLIER_RUNS
                        + " labels");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode label : runs) {
                if (!label.isTextual()) {
                    throw new InputException(where + ": earlierRuns holds " + UserText.excerpt(label.toString()) + "; expected a label, a string");
                }
                labels.add(label.asText());
            }
            return new Manifest(dataName.asText(), countSignChanges, every,
                    new GradientFlow.Stepping(stepSize, timeBase, stepsBase, stepsInBand), labels);
        }

        private static JsonNode field(JsonNode flow, String name, java.util.function.Predicate<JsonNode> ok,
                                      String expected, String where) {
            JsonNode v = flow.get(name);
            if (v == null || !ok.test(v)) {
                throw new InputException(where + ": flow." + name + " is " + UserText.excerpt(String.valueOf(v))
                        + "; expected " + expected);
            }
            return v;
        }
    }
}
