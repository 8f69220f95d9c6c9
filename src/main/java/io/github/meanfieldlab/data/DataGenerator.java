package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.Block;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowEvaluator;
import io.github.meanfieldlab.core.InitialDistribution;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.core.NamedChoice;
import io.github.meanfieldlab.core.StandardNormal;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The built-in, seeded datasets. Classification sets have d = 2 and labels ±1 in alternating order, so both
 * classes have N/2 samples; {@code sine} is a d = 1 regression whose target is not monotone, so it needs
 * D ≥ 2 (a one-dimensional flow is monotone).
 */
public enum DataGenerator implements NamedChoice {
    /** Two interleaved spirals of 1.5 turns. */
    SPIRALS("spirals", 2),
    /** An inner circle (radius 0.5, +1) inside an outer one (radius 1, −1). */
    CIRCLES("circles", 2),
    /** Two interleaving half circles. */
    MOONS("moons", 2),
    /** Uniform on [−1, 1]², label sign(x1·x2). */
    XOR("xor", 2),
    /** Two Gaussian blobs at (±0.75, 0) with standard deviation 0.25 + noise. */
    GAUSSIANS("gaussians", 2),
    /** y = sin(πx) on [−1, 1], a regression. */
    SINE("sine", 1),
    /** Uniform on [−1, 1]², labelled by a small random network of the model's block (a regression). */
    TEACHER("teacher", 2),
    /** Gaussian inputs with independent random ±1 labels: memorisation, nothing to generalise. */
    RANDOM_LABELS("random-labels", 2);

    private final String id;
    private final int dimension;

    DataGenerator(String id, int dimension) {
        this.id = id;
        this.dimension = dimension;
    }

    @Override
    public String id() {
        return id;
    }

    /** The input dimension d of the generated data. */
    public int dimension() {
        return dimension;
    }

    public static DataGenerator fromId(String id) {
        return NamedChoice.byId(DataGenerator.class, id, "dataset");
    }

    public static String allIds() {
        return NamedChoice.allIds(DataGenerator.class);
    }

    /**
     * Generates {@code samples} samples.
     *
     * @param noise standard deviation of the Gaussian noise added to inputs (classification) or targets
     *     (regression)
     * @param teacherModel for {@code teacher}: the block, state dimension, depth and width of the labelling
     *     network; ignored otherwise
     */
    public GeneratedData generate(int samples, double noise, long seed, boolean standardize, ModelSpec teacherModel) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples = " + samples + "; allowed: >= 1");
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("noise = " + noise + "; allowed: finite and >= 0");
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[samples * dimension];
        double[] y = new double[samples];
        Teacher teacher = null;
        for (int i = 0; i < samples; i++) {
            double label = i % 2 == 0 ? 1 : -1;
            int at = i * dimension;
            switch (this) {
                case SPIRALS -> {
                    double t = r.nextDouble();
                    double angle = 3 * Math.PI * t + (label > 0 ? 0 : Math.PI);
                    double radius = 0.1 + 0.9 * t;
                    x[at] = radius * StrictMath.cos(angle) + noise * StandardNormal.draw(r);
                    x[at + 1] = radius * StrictMath.sin(angle) + noise * StandardNormal.draw(r);
                    y[i] = label;
                }
                case CIRCLES -> {
                    double angle = 2 * Math.PI * r.nextDouble();
                    double radius = label > 0 ? 0.5 : 1.0;
                    x[at] = radius * StrictMath.cos(angle) + noise * StandardNormal.draw(r);
                    x[at + 1] = radius * StrictMath.sin(angle) + noise * StandardNormal.draw(r);
                    y[i] = label;
                }
                case MOONS -> {
                    double t = Math.PI * r.nextDouble();
                    x[at] = (label > 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t)) - 0.5 + noise * StandardNormal.draw(r);
                    x[at + 1] = (label > 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t)) - 0.25 + noise * StandardNormal.draw(r);
                    y[i] = label;
                }
                case XOR -> {
                    x[at] = 2 * r.nextDouble() - 1;
                    x[at + 1] = 2 * r.nextDouble() - 1;
                    y[i] = x[at] * x[at + 1] >= 0 ? 1 : -1;
                    x[at] += noise * StandardNormal.draw(r);
                    x[at + 1] += noise * StandardNormal.draw(r);
                }
                case GAUSSIANS -> {
                    double sd = 0.25 + noise;
                    x[at] = 0.75 * label + sd * StandardNormal.draw(r);
                    x[at + 1] = sd * StandardNormal.draw(r);
                    y[i] = label;
                }
                case SINE -> {
                    x[at] = 2 * r.nextDouble() - 1;
                    y[i] = StrictMath.sin(Math.PI * x[at]) + noise * StandardNormal.draw(r);
                }
                case TEACHER -> {
                    x[at] = 2 * r.nextDouble() - 1;
                    x[at + 1] = 2 * r.nextDouble() - 1;
                }
                case RANDOM_LABELS -> {
                    x[at] = StandardNormal.draw(r);
                    x[at + 1] = StandardNormal.draw(r);
                    y[i] = r.nextBoolean() ? 1 : -1;
                }
            }
        }
        if (this == TEACHER) {
            teacher = labelByTeacher(teacherModel, seed, x, y);
            for (int i = 0; i < samples; i++) {
                y[i] += noise * StandardNormal.draw(r);
            }
        }
        if (standardize) {
            standardize(x, dimension);
        }
        return new GeneratedData(new Dataset(id, dimension, x, y), Optional.ofNullable(teacher));
    }

    /**
     * Labels by a random network of the model's block: unit Gaussian particles keyed by the data seed, outputs
     * rescaled to unit root mean square so that the target does not vanish under the 1/(L·M) scaling.
     */
    private static Teacher labelByTeacher(ModelSpec model, long seed, double[] x, double[] y) {
        if (model == null) {
            throw new IllegalArgumentException("teacher data need the teacher network's model");
        }
        if (model.dataDimension() != 2) {
            throw new IllegalArgumentException("teacher data have d = 2; the teacher model has d = " + model.dataDimension());
        }
        double[] theta = InitialDistribution.gaussian(1.0, seed).sample(model);
        FlowEvaluator.predict(model, theta, x, y);
        double rms = 0;
        for (double v : y) {
            rms += v * v;
        }
        rms = Math.sqrt(rms / y.length);
        if (rms > 0) {
            // Scaling the amplitudes by 1/rms scales the output the same way (f is linear in u and in c).
            int k = model.parameterCount();
            int amplitude = model.block().amplitudeCount(model.stateDimension());
            for (int q = 0; q < theta.length; q += k) {
                for (int j = 0; j < amplitude; j++) {
                    theta[q + j] /= rms;
                }
            }
            FlowEvaluator.predict(model, theta, x, y);
        }
        return new Teacher(model, theta);
    }

    /** Shifts and scales each input coordinate to mean 0 and standard deviation 1 (constant ones only shift). */
    static void standardize(double[] x, int d) {
        int n = x.length / d;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double c = x[i * d + j] - mean;
                var += c * c;
            }
            double sd = Math.sqrt(var / n);
            for (int i = 0; i < n; i++) {
                x[i * d + j] = sd > 0 ? (x[i * d + j] - mean) / sd : x[i * d + j] - mean;
            }
        }
    }

    /** A teacher model for the given block: d = 2, D = max(2, stateDimension), depth 1, given width. */
    public static ModelSpec teacherModel(Block block, int stateDimension, int width, double eta, double bound) {
        return new ModelSpec(block, 2, Math.max(2, stateDimension), 1, width, null, eta, bound);
    }
}
