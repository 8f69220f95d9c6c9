package io.github.meanfieldlab.export;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.FlowSnapshot;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.AtomicFile;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.data.HistoryCsv;
import io.github.meanfieldlab.data.ParticleCsv;
import io.github.meanfieldlab.data.Teacher;
import io.github.meanfieldlab.render.Comparison;
import io.github.meanfieldlab.render.Figure;
import io.github.meanfieldlab.render.LossFigure;
import io.github.meanfieldlab.render.Look;
import io.github.meanfieldlab.render.SnapshotFigure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A figure bundle: a folder with the figures of a state and the files to draw them again: config.json,
 * data.csv, particles.csv, history.csv, the earlier runs' histories, bundle.json (clock, export settings,
 * panes), view.json (each pane's view options, as the pane showed them) and a README.txt with the command that
 * redraws them. {@link #read} restores the state from those
 * files alone, and drawing it gives the same pixels: the forward pass at the saved particles is bit-identical
 * on any thread count.
 */
public final class FigureBundle {
    static final String MANIFEST = "bundle.json";
    /** Each pane's view options; a bundle written before there was one draws every pane with its defaults. */
    static final String VIEW = "view.json";
    /** The files every bundle has besides its figures and the earlier runs' histories. */
    public static final List<String> DATA_FILES = List.of("config.json", "data.csv", "particles.csv", "history.csv",
            MANIFEST, VIEW, "README.txt");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The state a bundle shows: the configuration used, the snapshot, the step Δs and the earlier runs. */
    public record State(ExperimentConfig config, FlowSnapshot snapshot, double stepSize, Optional<Teacher> teacher,
                        List<LossFigure.Run> earlierRuns) {
    }

    /** A bundle read back: its state, and the panes, formats, settings and views its figures were drawn with. */
    public record Restored(State state, List<Pane> panes, List<ExportFormat> formats, ExportSettings settings,
                           PaneViews views) {
    }

    private FigureBundle() {
    }

    /**
     * Draws the {@code figures} (each already shown {@code state}'s snapshot) in every format and writes them
     * with the data files into {@code dir} ({@link ExportFiles#writeAll}: a failure leaves no partial bundle).
     *
     * @param redraw the command line a reader should run to draw the figures again, for README.txt
     * @return the files written, in {@code dir}
     */
    public static List<Path> write(Path dir, State state, Map<Pane, SnapshotFigure> figures, List<ExportFormat> formats,
                                   ExportSettings settings, String redraw) throws IOException {
        return ExportFiles.writeAll(dir, contents(state, figures, formats, settings, redraw));
    }

    /** The command a bundle's README gives for drawing the figures of the bundle in {@code dir} again. */
    public static String redrawCommand(Path dir) {
        Path name = dir.getFileName() == null ? dir : dir.getFileName();
        return "java --add-modules jdk.incubator.vector -jar meanfield-lab.jar figure --from-bundle " + dir
                + " --out " + dir.resolveSibling(name + "-redrawn");
    }

    /** The folders of a comparison bundle that hold run A's and run B's bundles. */
    public static final List<String> COMPARISON_FOLDERS = List.of("A", "B");

    /**
     * The panes of run A against run B as {@code figure --versus} draws them: the loss of both on one chart, every
     * other pane side by side with shared scales, each run labelled by the settings in which the two differ; each
     * figure made fresh with the pane's view in {@code views}, so that the files' own states draw the same pixels
     * again.
     */
    public static Map<Pane, Figure> comparison(State a, State b, List<Pane> panes, PaneViews views) {
        Map<Pane, Figure> figures = new LinkedHashMap<>();
        for (Pane pane : panes) {
            figures.put(pane, new ComparedPane(pane, a.config(), a.teacher(), b.config(), b.teacher(), views)
                    .at(a.snapshot(), b.snapshot()));
        }
        return figures;
    }

    /**
     * Writes a comparison bundle into {@code dir}: the comparison figures ({@link #comparison}) and a README.txt,
     * with run A's and run B's own bundles in the folders A and B, so that {@code figure --from-bundle DIR} draws
     * the comparison again pixel for pixel and {@code --from-bundle DIR/A} (or B) the one run's figures. Every file
     * is drawn first and then all are written as one set ({@link ExportFiles#writeAll}), A/ and B/ included: a
     * failure anywhere leaves {@code dir} as it was, without a partial bundle.
     *
     * @param redraw the command that draws the comparison again, for README.txt
     * @return the files written
     */
    public static List<Path> writeComparison(Path dir, State a, State b, List<Pane> panes, PaneViews views,
                                             List<ExportFormat> formats, ExportSettings settings, String redraw)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        State[] runs = {a, b};
        for (int i = 0; i < runs.length; i++) {
            String folder = COMPARISON_FOLDERS.get(i);
            contents(runs[i], figures(runs[i], panes, views), formats, settings, redrawCommand(dir.resolve(folder)))
                    .forEach((name, bytes) -> files.put(folder + "/" + name, bytes));
        }
        files.putAll(new FigureExporter(settings).render(comparison(a, b, panes, views), formats));
        files.put("README.txt", utf8(comparisonReadme(dir, a, b, settings, redraw)));
        return ExportFiles.writeAll(dir, files);
    }

    /** The files and folders a comparison bundle has besides its figures: README.txt, A and B. */
    public static List<String> comparisonFiles() {
        List<String> names = new ArrayList<>(List.of("README.txt"));
        names.addAll(COMPARISON_FOLDERS);
        return names;
    }

    /** Whether {@code dir} is a comparison bundle: run A's and run B's bundles in its folders A and B. */
    public static boolean isComparison(Path dir) {
        return !Files.exists(dir.resolve(MANIFEST))
                && COMPARISON_FOLDERS.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f).resolve(MANIFEST)));
    }

    private static String comparisonReadme(Path dir, State a, State b, ExportSettings settings, String redraw) {
        String[] labels = Comparison.labels(a.config(), b.config());
        FlowSnapshot sa = a.snapshot();
        FlowSnapshot sb = b.snapshot();
        String steps = sa.step() == sb.step() ? "--steps " + sa.step()
                : "--steps N   (A is at step " + sa.step() + ", B at step " + sb.step()
                        + "; the command runs both N steps)";
        return String.format(Locale.ROOT, """
                MeanField Lab comparison bundle
                ===============================

                %s, %s: step %d, s = %.6g, E = %.6g
                %s, %s: step %d, s = %.6g, E = %.6g
                Figures: %s. Each pane shows A and B side by side with shared scales; the loss pane both on one chart.

                Files
                  <pane>.<format>   the comparison
                  A/, B/            each run's own figure bundle: config.json, data.csv, particles.csv, history.csv,
                                    bundle.json, its figures and a README.txt (figure --from-bundle DIR/A redraws A)

                Draw the comparison again from these files alone (pixel-identical PNGs):
                  %s

                Run both again from s = 0 and draw the comparison (the same figures when both runs are at the
                step given):
                  java --add-modules jdk.incubator.vector -jar meanfield-lab.jar figure --config %s \\
                      --versus %s %s --out DIR2
                """, labels[0], sa.spec(), sa.step(), sa.time(), sa.loss(), labels[1], sb.spec(), sb.step(), sb.time(),
                sb.loss(), settings.describe(), redraw, dir.resolve("A").resolve("config.json"),
                dir.resolve("B").resolve("config.json"), steps);
    }

    private static Map<String, byte[]> contents(State state, Map<Pane, SnapshotFigure> figures,
                                                List<ExportFormat> formats, ExportSettings settings, String redraw)
            throws IOException {
        FlowSnapshot s = state.snapshot();
        Map<String, byte[]> files = new FigureExporter(settings).render(figures, formats);
        files.put("config.json", utf8(ConfigIO.toJson(state.config())));
        files.put("data.csv", AtomicFile.bytes(w -> DataCsv.write(s.data(), w)));
        files.put("particles.csv", AtomicFile.bytes(w -> ParticleCsv.write(s.spec(), s.particles(), w)));
        files.put("history.csv", AtomicFile.bytes(w -> HistoryCsv.write(s.history(), w)));
        List<BundleManifest.EarlierRun> earlier = new ArrayList<>();
        for (int i = 0; i < state.earlierRuns().size(); i++) {
            LossFigure.Run run = state.earlierRuns().get(i);
            String name = "history-earlier-" + (i + 1) + ".csv";
            files.put(name, AtomicFile.bytes(w -> HistoryCsv.write(run.history(), w)));
            ModelSpec m = run.spec();
            List<Double> readout = new ArrayList<>();
            for (double a : m.readout()) {
                readout.add(a);
            }
            earlier.add(new BundleManifest.EarlierRun(name, m.block().id(), m.dataDimension(), m.stateDimension(),
                    m.depth(), m.width(), readout, m.eta(), m.bound()));
        }
        Look look = settings.look();
        BundleManifest manifest = new BundleManifest(BundleManifest.VERSION, s.step(), s.time(), state.stepSize(),
                settings.size().name(), settings.size().widthPt(), settings.size().heightPt(), look.style().id(),
                look.fontPt(), look.palette().id(), look.title(), look.status(), settings.dpi(),
                figures.keySet().stream().map(Pane::name).toList(), formats.stream().map(ExportFormat::extension).toList(),
                earlier);
        files.put(MANIFEST, JSON.writeValueAsBytes(manifest));
        files.put(VIEW, JSON.writeValueAsBytes(PaneViews.of(figures).byName()));
        files.put("README.txt", utf8(readme(state, settings, redraw)));
        return files;
    }

    private static String readme(State state, ExportSettings settings, String redraw) {
        FlowSnapshot s = state.snapshot();
        return String.format(Locale.ROOT, """
                MeanField Lab figure bundle
                ===========================

                The figures of %s at step %d, s = %.6g, E = %.6g.
                Figures: %s.

                Files
                  <pane>.<format>        the figures
                  config.json            the experiment's configuration as used
                  data.csv               the training data (x1,...,xd,y), full precision
                  particles.csv          the particles theta at this state, full precision
                  history.csv            step, time, loss, dissipation, fidelity, accuracy, ... of the run
                  history-earlier-N.csv  earlier runs shown on the loss chart (if any)
                  bundle.json            the clock, the export settings, the panes and formats
                  view.json              each pane's view options as it showed them: its scalar,
                                         colour scale, weighting, curves on, ... (figure --view)

                Draw the figures again from these files alone (pixel-identical PNGs):
                  %s
                """, s.spec(), s.step(), s.time(), s.loss(), settings.describe(), redraw);
    }

    /**
     * Reads the bundle in {@code dir}: the state from its files, the panes, formats and settings from bundle.json.
     *
     * @throws InputException naming the file and what is wrong with it
     */
    public static Restored read(Path dir, int threads) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("--from-bundle " + dir + " is not a folder");
        }
        BundleManifest m = manifest(dir.resolve(MANIFEST));
        Path configFile = require(dir.resolve("config.json"));
        ExperimentConfig config = ConfigIO.read(configFile);
        if (config.data().file() != null) {
            ExperimentConfig.Data d = config.data();
            config = config.withData(new ExperimentConfig.Data(d.generator(), dir.resolve("data.csv").toString(),
                    d.samples(), d.noise(), d.seed(), d.standardize(), d.teacherWidth()));
        }
        // The experiment gives the model and the teacher; the data are the bundle's own, full precision.
        Experiment e = Experiment.build(config, UserText.path(configFile), require(dir.resolve("particles.csv")));
        Dataset data = DataCsv.read(require(dir.resolve("data.csv")));
        FlowHistory history = HistoryCsv.read(require(dir.resolve("history.csv")));
        FlowSnapshot snapshot;
        try (GradientFlow flow = new GradientFlow(e.spec(), data, e.initialParticles(), m.stepSize(), threads)) {
            snapshot = Pane.snapshot(flow, data).withClock(m.step(), m.time(), history);
        }
        List<LossFigure.Run> earlier = new ArrayList<>();
        for (BundleManifest.EarlierRun r : m.earlierRuns()) {
            double[] readout = r.readout().stream().mapToDouble(Double::doubleValue).toArray();
            ModelSpec spec = new ModelSpec(Block.fromId(r.block()), r.dataDimension(), r.stateDimension(), r.depth(),
                    r.width(), readout, r.eta(), r.bound());
            earlier.add(new LossFigure.Run(spec, HistoryCsv.read(require(dir.resolve(r.file())))));
        }
        Look look;
        ExportSettings settings;
        List<Pane> panes;
        List<ExportFormat> formats;
        try {
            look = new Look(Look.Style.valueOf(m.style().toUpperCase(Locale.ROOT)), m.fontPt(),
                    Look.Palette.valueOf(m.palette().toUpperCase(Locale.ROOT)), m.title(), m.status());
            settings = new ExportSettings(new FigureSize(m.size(), m.widthPt(), m.heightPt()), look, m.dpi());
            panes = m.panes().stream().map(Pane::fromId).toList();
            formats = m.formats().stream().map(f -> ExportFormat.of(Path.of("x." + f))).toList();
        } catch (IllegalArgumentException ex) {
            throw new InputException(dir.resolve(MANIFEST) + ": " + ex.getMessage());
        }
        State state = new State(e.config(), snapshot, m.stepSize(), e.teacher(), earlier);
        return new Restored(state, panes, formats, settings, views(dir.resolve(VIEW)));
    }

    /**
     * The figures of {@code state}'s panes with their {@code views}, each shown the snapshot (the loss chart its
     * earlier runs first).
     */
    public static Map<Pane, SnapshotFigure> figures(State state, List<Pane> panes, PaneViews views) {
        Map<Pane, SnapshotFigure> figures = new LinkedHashMap<>();
        for (Pane pane : panes) {
            SnapshotFigure f = views.create(pane, state.teacher());
            if (f instanceof LossFigure loss) {
                state.earlierRuns().forEach(r -> loss.addEarlierRun(r.spec(), r.history()));
            }
            f.show(state.snapshot());
            figures.put(pane, f);
        }
        return figures;
    }

    private static BundleManifest manifest(Path file) {
        try {
            BundleManifest m = JSON.readValue(require(file).toFile(), BundleManifest.class);
            if (m.version() != BundleManifest.VERSION) {
                throw new InputException(file + ": version " + m.version() + " is not known; allowed: "
                        + BundleManifest.VERSION);
            }
            return m;
        } catch (IOException e) {
            throw new InputException(file + ": not a bundle manifest (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** view.json, or every pane's defaults when the bundle has none (written before views were kept). */
    private static PaneViews views(Path file) {
        if (!Files.isRegularFile(file)) {
            return PaneViews.DEFAULT;
        }
        Map<String, Map<String, String>> read;
        try {
            read = JSON.readValue(file.toFile(), new TypeReference<Map<String, Map<String, String>>>() { });
        } catch (IOException e) {
            throw new InputException(file + ": not a bundle's view options (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
        try {
            return PaneViews.byName(read);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("the bundle has no " + file.getFileName() + " (looked for " + file + ")");
        }
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
