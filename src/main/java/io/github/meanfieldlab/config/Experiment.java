package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.MemoryEstimate;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.StopRule;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.data.DataGenerator;
import io.github.meanfieldlab.data.GeneratedData;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.data.ParticleCsv;
import io.github.meanfieldlab.data.Teacher;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A configuration made concrete: the model, the data, the initial particles, the step and the stopping
 * rule, ready for a {@link io.github.meanfieldlab.core.GradientFlow}. {@link #config()} is the configuration
 * actually used (after {@code --init} fixed the size, say).
 */
public record Experiment(ExperimentConfig config, ModelSpec spec, Dataset data, Optional<Teacher> teacher,
                         double[] initialParticles, double stepSize, StopRule stopRule) {

    /** Builds the experiment of {@code config}, generating or reading its data and drawing its particles. */
    public static Experiment build(ExperimentConfig config) {
        return build(config, null);
    }

    /**
     * As {@link #build(ExperimentConfig)}, but starting from the particles of {@code initFile} when it is not
     * null; their depth and width replace those of the configuration.
     */
    public static Experiment build(ExperimentConfig config, Path initFile) {
        var problems = ConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new InputException(String.join("; ", problems));
        }
        ExperimentConfig.Model m = config.model();
        Block block = Block.fromId(m.block());
        double[] initial = null;
        if (initFile != null) {
            ParticleCsv.Particles p = ParticleCsv.read(initFile, block, m.stateDimension());
            config = config.withModel(m.withSize(p.depth(), p.width()));
            m = config.model();
            initial = p.values();
        }
        GeneratedData generated = data(config, block);
        Dataset data = generated.dataset();
        ModelSpec spec = spec(config, data);
        if (initial == null) {
            initial = initialDistribution(config.init()).sample(spec);
        }
        return of(config, spec, data, generated.teacher(), initial);
    }

    /**
     * The experiment of {@code config} on data and particles that were saved (a session): nothing is generated
     * but, for {@code teacher} data, the teacher's particles that the views show. The particles must fit the
     * configuration's block, D, L and M.
     */
    public static Experiment restore(ExperimentConfig config, Dataset data, double[] particles) {
        var problems = ConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new InputException(String.join("; ", problems));
        }
        ModelSpec spec = spec(config, data);
        if (particles.length != spec.totalParameters()) {
            throw new InputException(particles.length + " particle coordinates, but " + spec + " needs L·M·k = "
                    + spec.totalParameters());
        }
        boolean generatedTeacher = config.data().file() == null
                && DataGenerator.fromId(config.data().generator()) == DataGenerator.TEACHER;
        Optional<Teacher> teacher = generatedTeacher ? data(config, spec.block()).teacher() : Optional.empty();
        return of(config, spec, data, teacher, particles);
    }

    private static Experiment of(ExperimentConfig config, ModelSpec spec, Dataset data, Optional<Teacher> teacher,
                                 double[] initial) {
        ExperimentConfig.Flow f = config.flow();
        return new Experiment(config, spec, data, teacher, initial, f.step(), new StopRule(f.maxTime(), f.lossTarget()));
    }

    /** The model of {@code config} on {@code data}, refused when D &lt; d or when it would not fit in memory. */
    private static ModelSpec spec(ExperimentConfig config, Dataset data) {
        ExperimentConfig.Model m = config.model();
        if (m.stateDimension() < data.dimension()) {
            throw new InputException("field model.stateDimension = " + m.stateDimension()
                    + " is smaller than the data dimension d = " + data.dimension() + "; allowed: D >= d");
        }
        double[] readout = m.readout() == null ? null : m.readout().stream().mapToDouble(Double::doubleValue).toArray();
        ModelSpec spec = new ModelSpec(Block.fromId(m.block()), data.dimension(), m.stateDimension(), m.depth(),
                m.width(), readout, m.eta(), m.bound());
        checkMemory(spec, data.size());
        return spec;
    }

    /** The initial distribution that {@code init} describes. */
    public static InitialDistribution initialDistribution(ExperimentConfig.Init init) {
        double amplitude = init.amplitudeScale() == null ? init.scale() : init.amplitudeScale();
        double inner = init.innerScale() == null ? init.scale() : init.innerScale();
        return new InitialDistribution(InitialDistribution.Kind.fromId(init.kind()), amplitude, inner, init.kappa(),
                init.seed());
    }

    private static GeneratedData data(ExperimentConfig config, Block block) {
        ExperimentConfig.Data d = config.data();
        if (d.file() != null) {
            return new GeneratedData(DataCsv.read(Path.of(d.file())), Optional.empty());
        }
        DataGenerator generator = DataGenerator.fromId(d.generator());
        ExperimentConfig.Model m = config.model();
        ModelSpec teacher = generator == DataGenerator.TEACHER
                ? DataGenerator.teacherModel(block, m.stateDimension(), d.teacherWidth(), m.eta(), m.bound())
                : null;
        return generator.generate(d.samples(), d.noise(), d.seed(), d.standardize(), teacher);
    }

    /** Refuses a size whose arrays would not fit in this JVM's heap, with the estimate in the message. */
    static void checkMemory(ModelSpec spec, int samples) {
        long need = MemoryEstimate.bytes(spec, samples);
        long have = Runtime.getRuntime().maxMemory();
        if (need > have * 0.7) {
            throw new InputException(spec + " with N = " + samples + " needs about " + MemoryEstimate.format(need)
                    + " but this Java process may use at most " + MemoryEstimate.format(have)
                    + "; choose a smaller depth, width or sample count (or run Java with a larger -Xmx)");
        }
    }

    @Override
    public double[] initialParticles() {
        return initialParticles.clone();
    }
}
