package io.github.meanfieldlab.config;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.GradientFlow;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.MemoryEstimate;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.NonFiniteStateException;
import io.github.meanfieldlab.core.StopRule;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.DataCsv;
import io.github.meanfieldlab.data.DataGenerator;
import io.github.meanfieldlab.data.GeneratedData;
import io.github.meanfieldlab.data.ParticleCsv;
import io.github.meanfieldlab.data.Teacher;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A configuration made concrete: the model, the data, the initial particles, the step and the stopping
 * rule, ready for a {@link GradientFlow}. {@link #config()} is the configuration actually used (after
 * {@code --init} fixed the size, say); {@code initFile} is where the initial particles came from, if not
 * drawn from {@code config.init}.
 */
public record Experiment(ExperimentConfig config, ModelSpec spec, Dataset data, Optional<Teacher> teacher,
                         double[] initialParticles, Optional<Path> initFile, double stepSize, StopRule stopRule) {

    /**
     * Data whose values reach this are far from the unit scale the generators produce: the likely cause of a
     * non-finite initial state, rather than the particles.
     */
    private static final double LARGE_DATUM = 1e6;

    /** Builds the experiment of {@code config}, generating or reading its data and drawing its particles. */
    public static Experiment build(ExperimentConfig config) {
        return build(config, "the configuration", null);
    }

    /**
     * As {@link #build(ExperimentConfig)}, but starting from the particles of {@code initFile} when it is not
     * null; their depth and width replace those of the configuration, within the same limits.
     *
     * @param configSource names the configuration in messages that involve it and another file
     */
    public static Experiment build(ExperimentConfig config, String configSource, Path initFile) {
        refuseProblems(config, configSource);
        ExperimentConfig.Model m = config.model();
        Block block = Block.fromId(m.block());
        double[] initial = null;
        if (initFile != null) {
            ParticleCsv.Particles p = ParticleCsv.read(initFile, block, m.stateDimension(), configSource);
            config = config.withModel(m.withSize(p.depth(), p.width()));
            refuseProblems(config, UserText.path(initFile) + " with " + configSource);
            initial = p.values();
        }
        GeneratedData generated = data(config, block);
        Dataset data = generated.dataset();
        ModelSpec spec = spec(config, configSource, data, dataSource(config));
        if (initial == null) {
            initial = initialDistribution(config.init()).sample(spec);
        }
        ExperimentConfig.Flow f = config.flow();
        return new Experiment(config, spec, data, generated.teacher(), initial, Optional.ofNullable(initFile), f.step(),
                f.stopRule());
    }

    /**
     * The experiment of {@code config} on data and particles that were saved (a session): nothing is generated
     * but, for {@code teacher} data, the teacher's particles that the views show. The particles must fit the
     * configuration's block, D, L and M.
     *
     * @param configSource names the configuration in messages; {@code dataSource} names the data
     */
    public static Experiment restore(ExperimentConfig config, String configSource, Dataset data, String dataSource,
                                     double[] particles) {
        refuseProblems(config, configSource);
        ModelSpec spec = spec(config, configSource, data, dataSource);
        if (particles.length != spec.totalParameters()) {
            throw new InputException(particles.length + " particle coordinates, but " + spec + " needs L·M·k = "
                    + spec.totalParameters());
        }
        boolean generatedTeacher = config.data().file() == null
                && DataGenerator.fromId(config.data().generator()) == DataGenerator.TEACHER;
        Optional<Teacher> teacher = generatedTeacher ? data(config, spec.block()).teacher() : Optional.empty();
        ExperimentConfig.Flow f = config.flow();
        return new Experiment(config, spec, data, teacher, particles, Optional.empty(), f.step(), f.stopRule());
    }

    /** The model of {@code config} on {@code data}, refused when D is below d or when it would not fit in memory. */
    private static ModelSpec spec(ExperimentConfig config, String configSource, Dataset data, String dataSource) {
        ExperimentConfig.Model m = config.model();
        if (m.stateDimension() < data.dimension()) {
            throw new InputException(configSource + ": field model.stateDimension = " + m.stateDimension()
                    + " is smaller than the dimension d = " + data.dimension() + " of " + dataSource
                    + "; allowed: D >= d");
        }
        double[] readout = m.readout() == null ? null : m.readout().stream().mapToDouble(Double::doubleValue).toArray();
        ModelSpec spec = new ModelSpec(Block.fromId(m.block()), data.dimension(), m.stateDimension(), m.depth(),
                m.width(), readout, m.eta(), m.bound());
        checkMemory(spec, data.size());
        return spec;
    }

    private static void refuseProblems(ExperimentConfig config, String source) {
        var problems = ConfigValidator.problems(config);
        if (!problems.isEmpty()) {
            throw new InputException(source + ": " + String.join("; ", problems));
        }
    }

    private static String dataSource(ExperimentConfig config) {
        ExperimentConfig.Data d = config.data();
        return d.file() != null ? "the data in " + UserText.path(Path.of(d.file()))
                : "the generated " + d.generator() + " data";
    }

    /**
     * How a flow of this experiment steps: Δs fixed or adaptive as configured; {@code countSignChanges} and
     * {@code diagnosticsEvery} as in {@link GradientFlow.Options}.
     */
    public GradientFlow.Options flowOptions(boolean countSignChanges, int diagnosticsEvery) {
        return new GradientFlow.Options(stepSize, config.flow().adaptive(), countSignChanges, diagnosticsEvery);
    }

    /**
     * A gradient flow from the initial particles, on {@code threads} threads, stepping as configured.
     *
     * @throws NonFiniteStateException if the initial state is already non-finite, with advice on what made it
     *     so (data far from unit scale, the initial scale or the {@code --init} file), since no step size can help
     */
    public GradientFlow startFlow(int threads) {
        return startFlow(flowOptions(false, 0), threads);
    }

    /**
     * As {@link #startFlow(int)}, with {@code options}.
     *
     * @throws NonFiniteStateException as {@link #startFlow(int)}
     */
    public GradientFlow startFlow(GradientFlow.Options options, int threads) {
        try {
            return new GradientFlow(spec, data, initialParticles, options, threads);
        } catch (NonFiniteStateException e) {
            throw new NonFiniteStateException("the initial state, before any step, has a non-finite loss or velocity"
                    + " for " + spec + ": " + nonFiniteCause());
        }
    }

    private String nonFiniteCause() {
        double largestDatum = Math.max(largestMagnitude(data.inputs()), largestMagnitude(data.targets()));
        if (largestDatum > LARGE_DATUM) {
            return dataSource(config) + " hold values as large as " + largestDatum + "; rescale them";
        }
        return initFile.map(f -> "the particles of " + UserText.path(f) + " are too large (largest |coordinate| "
                        + largestMagnitude(initialParticles) + "); scale them down")
                .orElseGet(() -> "the particles drawn with " + scales(config.init()) + " are too large; choose "
                        + (config.init().amplitudeScale() == null && config.init().innerScale() == null
                        ? "a smaller init.scale" : "smaller scales"));
    }

    private static String scales(ExperimentConfig.Init init) {
        return "init.scale = " + init.scale()
                + (init.amplitudeScale() == null ? "" : ", init.amplitudeScale = " + init.amplitudeScale())
                + (init.innerScale() == null ? "" : ", init.innerScale = " + init.innerScale());
    }

    private static double largestMagnitude(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
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
    public static void checkMemory(ModelSpec spec, int samples) {
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
