package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.InputException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.SizeLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data and particle files: round trips, and every kind of bad file rejected with file, line and column. */
class CsvInputTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("input.csv");
        Files.writeString(f, content);
        return f;
    }

    private String dataError(String content) throws IOException {
        Path f = file(content);
        String m = assertThrows(InputException.class, () -> DataCsv.read(f)).getMessage();
        assertTrue(m.startsWith(f.toString()), "names the file: " + m);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file            | ''                               | is empty",
        "only blank lines      | '\n\n  \n'                       | is empty",
        "header only           | 'x1,x2,y\n'                      | no data rows",
        "too few columns       | 'y\n1\n'                         | line 1: the header has 1 column",
        "wrong header          | 'a,b,y\n1,2,3\n'                 | line 1, column 1: header 'a', expected 'x1'",
        "label not last        | 'x1,y,x2\n1,2,3\n'               | line 1, column 2: header 'y', expected 'x2'",
        "ragged row            | 'x1,x2,y\n1,2,3\n4,5\n'          | line 3: 2 fields, but the header has 3",
        "not a number          | 'x1,x2,y\n1,2,3\n4,abc,6\n'      | line 3, column 2 (x2): 'abc' is not a number",
        "NaN                   | 'x1,y\n0.5,NaN\n'                | line 2, column 2 (y): 'NaN' is not a finite number",
        "infinity              | 'x1,y\nInfinity,1\n'             | line 2, column 1 (x1): 'Infinity' is not a finite number",
        "empty field           | 'x1,x2,y\n1,,3\n'                | line 2, column 2 (x2): empty field",
    })
    void rejectsBadDataFilesWithWhereAndWhat(String name, String content, String expected) throws IOException {
        String m = dataError(content.replace("\\n", "\n"));
        assertTrue(m.contains(expected), name + ": " + m);
    }

    @Test
    void rejectsAMissingFileAndAFolder() {
        String m = assertThrows(InputException.class, () -> DataCsv.read(dir.resolve("nope.csv"))).getMessage();
        assertTrue(m.contains("nope.csv: no such file"), m);
        String f = assertThrows(InputException.class, () -> DataCsv.read(dir)).getMessage();
        assertTrue(f.contains("is a folder"), f);
    }

    @Test
    void rejectsAbsurdDimensions() throws IOException {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int j = 1; j <= SizeLimits.MAX_DATA_DIMENSION + 1; j++) {
            header.append('x').append(j).append(',');
            row.append("0,");
        }
        String m = dataError(header + "y\n" + row + "1\n");
        assertTrue(m.contains("17 input columns; allowed: at most 16"), m);
    }

    @Test
    void rejectsMoreRowsThanTheLimit() throws IOException {
        Path f = file("x1,y\n1,1\n2,2\n3,3\n4,4\n");
        String m = assertThrows(InputException.class, () -> CsvTable.read(f, 3, (file, line, header) -> { })).getMessage();
        assertTrue(m.contains("line 5: more than 3 rows; allowed: at most 3"), m);
    }

    @Test
    void readsWhatItWritesWithBlankLinesAndABomTolerated() throws IOException {
        Dataset d = DataCsv.read(file("\uFEFFx1,x2,y\n0.1,-2e-3,1\n\n3,4,-1\n"));
        assertEquals(2, d.size());
        assertEquals(-2e-3, d.x(0, 1));
        assertEquals(-1, d.y(1));
        StringWriter w = new StringWriter();
        DataCsv.write(d, w);
        Dataset again = DataCsv.read(file(w.toString()));
        assertArrayEquals(d.inputs(), again.inputs(), 0.0);
        assertArrayEquals(d.targets(), again.targets(), 0.0);
    }

    @Test
    void particlesRoundTripAtFullPrecision() throws IOException {
        ModelSpec spec = new ModelSpec(Block.REGULARIZED_RELU, 2, 2, 3, 4, null, 0.1, 5);
        double[] theta = InitialDistribution.gaussian(1, 3).sample(spec);
        StringWriter w = new StringWriter();
        ParticleCsv.write(spec, theta, w);
        assertTrue(w.toString().startsWith("layer,index,c,W11,W12,W21,W22,beta1,beta2\n"));
        ParticleCsv.Particles p = ParticleCsv.read(file(w.toString()), Block.REGULARIZED_RELU, 2, "the test");
        assertEquals(3, p.depth());
        assertEquals(4, p.width());
        assertArrayEquals(theta, p.values(), 0.0);
    }

    @Test
    void particlesMayComeInAnyRowOrder() throws IOException {
        ParticleCsv.Particles p = ParticleCsv.read(file("layer,index,u1,w1,b\n0,1,4,5,6\n0,0,1,2,3\n"), Block.RELU, 1, "the test");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, p.values(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "header of another block | 'layer,index,c,W11,beta1\n0,0,1,2,3\n'     | does not fit block relu at D = 1 (model.block and model.stateDimension of the test); expected 'layer,index,u1,w1,b'",
        "missing particle        | 'layer,index,u1,w1,b\n0,0,1,2,3\n1,1,1,2,3\n' | 2 rows, but layers 0..1 and indices 0..1 need L·M = 4 rows, one per (layer, index); particle (layer 0, index 1) is missing",
        "duplicate particle      | 'layer,index,u1,w1,b\n0,0,1,2,3\n0,0,1,2,3\n0,1,1,2,3\n0,1,1,2,3\n' | line 3: particle (layer 0, index 0) appears a second time",
        "fractional layer        | 'layer,index,u1,w1,b\n0.5,0,1,2,3\n'        | line 2, column 1 (layer): 0.5 is not a whole number",
        "negative index          | 'layer,index,u1,w1,b\n0,-1,1,2,3\n'         | line 2, column 2 (index): -1 is out of range; allowed: 0 to 65535",
    })
    void rejectsBadParticleFiles(String name, String content, String expected) throws IOException {
        Path f = file(content.replace("\\n", "\n"));
        String m = assertThrows(InputException.class, () -> ParticleCsv.read(f, Block.RELU, 1, "the test")).getMessage();
        assertTrue(m.contains(expected), name + ": " + m);
    }
}
