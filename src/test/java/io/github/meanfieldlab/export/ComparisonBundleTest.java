package io.github.meanfieldlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.Experiment;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.render.Look;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison bundle is one set: the comparison, A/ and B/ appear together, and a failure half-way (a file where
 * B/ must go, B's figures failing to draw) leaves the folder exactly as it was, with no partial bundle and no
 * temporary entry.
 */
class ComparisonBundleTest {
    private static final List<Pane> PANES = List.of(Pane.loss, Pane.density);
    private static final List<ExportFormat> PNG = List.of(ExportFormat.PNG);
    private static final ExportSettings SMALL = new ExportSettings(FigureSize.points(160, 120), Look.SCREEN, 72);

    @TempDir
    Path dir;

    /** The state of {@code block} on a small problem after three steps. */
    private static FigureBundle.State state(String block) {
        ExperimentConfig d = ConfigIO.defaults();
        ExperimentConfig config = d.withModel(new ExperimentConfig.Model(block, d.model().stateDimension(), 4, 8,
                d.model().readout(), d.model().eta(), d.model().bound()))
                .withData(new ExperimentConfig.Data("spirals", null, 40, 0, 7, false, 4));
        Experiment e = Experiment.build(config);
        try (GradientFlow flow = e.startFlow(1)) {
            for (int k = 0; k < 3; k++) {
                flow.step();
            }
            return new FigureBundle.State(e.config(), Pane.snapshot(flow, e.data()), flow.stepSize(), e.teacher(),
                    List.of());
        }
    }

    private List<Path> write(Path out, FigureBundle.State a, FigureBundle.State b) throws IOException {
        return FigureBundle.writeComparison(out, a, b, PANES, PaneViews.DEFAULT, PNG, SMALL,
                FigureBundle.redrawCommand(out));
    }

    /** Every file under {@code root} with a digest of its bytes, by path relative to it (folders end in /). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                files.put(Files.isDirectory(p) ? name + "/" : name,
                        Files.isDirectory(p) ? "" : Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    @Test
    void theComparisonAndBothRunsAppearTogether() throws IOException {
        Path out = dir.resolve("bundle");
        List<Path> written = write(out, state("relu"), state("regularized-relu"));
        Map<String, String> files = tree(out);
        for (String run : FigureBundle.COMPARISON_FOLDERS) {
            for (String f : FigureBundle.DATA_FILES) {
                assertTrue(files.containsKey(run + "/" + f), run + "/" + f);
            }
            assertTrue(files.containsKey(run + "/loss.png") && files.containsKey(run + "/density.png"), run);
        }
        assertTrue(files.containsKey("README.txt") && files.containsKey("loss.png") && files.containsKey("density.png"));
        assertEquals(files.keySet().stream().filter(n -> !n.endsWith("/")).count(), written.size(),
                "every file written is reported: " + written);
        assertTrue(files.keySet().stream().noneMatch(n -> n.contains("meanfield-")), "no temporary entry: " + files);
    }

    @Test
    void aFileWhereBMustGoLeavesTheFolderAsItWasAndSaysWhy() throws IOException {
        Path out = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(out.resolve("notes.txt"), "the user's own");
        Files.writeString(out.resolve("B"), "a file where B/ would go");
        Map<String, String> before = tree(out);
        IOException e = assertThrows(IOException.class, () -> write(out, state("relu"), state("regularized-relu")));
        assertTrue(e.getMessage().contains(out.resolve("B") + " is a file, not a folder"), e.getMessage());
        assertEquals(before, tree(out), "no A/, no comparison, no temporary entry");
    }

    @Test
    void aSetThatFailsHalfWayLeavesNoFolderItCreated() {
        Path out = dir.resolve("new").resolve("bundle");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("A/config.json", new byte[] {1});
        files.put("B", new byte[] {2});
        // B was written as a file into the set: B/ cannot be a folder in it too.
        files.put("B/config.json", new byte[] {3});
        IOException e = assertThrows(IOException.class, () -> ExportFiles.writeAll(out, files));
        assertTrue(e.getMessage().contains("cannot write " + out.resolve("B/config.json")), e.getMessage());
        assertEquals(List.of(), Arrays.asList(dir.toFile().list()), "neither new/ nor new/bundle/ is left");
    }

    @Test
    void aFigureOfBThatFailsToDrawLeavesAnEarlierBundleAsItWas() throws IOException {
        Path out = dir.resolve("bundle");
        FigureBundle.State relu = state("relu");
        write(out, relu, state("regularized-relu"));
        Map<String, String> before = tree(out);
        // B's snapshot is missing: its figures throw once A's are drawn.
        FigureBundle.State broken = new FigureBundle.State(relu.config(), null, relu.stepSize(), relu.teacher(),
                List.of());
        assertThrows(RuntimeException.class, () -> write(out, state("tanh"), broken));
        assertEquals(before, tree(out), "the earlier bundle, byte for byte, and no temporary entry");
    }
}
