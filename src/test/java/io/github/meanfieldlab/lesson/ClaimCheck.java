package io.github.meanfieldlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.core.Dataset;
import io.github.meanfieldlab.core.FlowHistory;
import io.github.meanfieldlab.core.ModelSpec;
import io.github.meanfieldlab.data.Teacher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Evaluates the {@code check} of a lesson claim on the lesson's runs. The language is small: numbers,
 * {@code + - * /}, parentheses, measurements such as {@code loss(M16, 20)}, and one comparison
 * {@code < <= > >=}, or {@code a ≈ b} (within 5 % of b), or {@code a ≈ b ± t}; several comparisons separated by
 * {@code ;} must all hold.
 *
 * <p>Measurements (a run is named as in the lesson's index):
 * {@code loss(run, s)} E at pseudo-time s; {@code reach(run, E)} the first s with loss ≤ E (infinity if never);
 * {@code finalLoss(run)}, {@code minLoss(run)}, {@code finalTime(run)}, {@code steps(run)};
 * {@code rises(run)} the steps on which the loss went up; {@code minFidelity(run)}, {@code maxFidelity(run)};
 * {@code dissipation(run, s)}, {@code maxDissipation(run)}; {@code gap(a, b)} the largest |E_a − E_b| over the
 * rows both have; {@code movement(run)} ‖θ_end − θ_0‖/‖θ_0‖; {@code teacherMass(run, deg)} and
 * {@code teacherMass0(run, deg)} the share of the student's mass |u_D|·|(w, b)| whose (w, b) lies within deg
 * degrees of a teacher particle's with the same sign of u_D, at the end and at s = 0 (relu, one layer);
 * {@code monotoneFit(run)} the least loss any monotone map of x can reach on the run's data (d = 1);
 * {@code config(run, model.width)} a number of the run's configuration.
 */
final class ClaimCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Function<String, LessonRun> runs;
    private final String text;
    private int at;

    /** What a check found: whether it holds, and the values compared, for the message. */
    record Outcome(boolean holds, String values) {
    }

    private ClaimCheck(String text, Function<String, LessonRun> runs) {
        this.text = text;
        this.runs = runs;
    }

    /** Evaluates {@code check}: one comparison, or several separated by {@code ;}, all of which must hold. */
    static Outcome evaluate(String check, Function<String, LessonRun> runs) {
        boolean holds = true;
        List<String> values = new ArrayList<>();
        for (String part : check.split(";")) {
            Outcome o = new ClaimCheck(part.strip(), runs).comparison();
            holds &= o.holds();
            values.add(o.values());
        }
        return new Outcome(holds, String.join("; ", values));
    }

    private Outcome comparison() {
        double left = sum();
        String op = operator();
        double right = sum();
        double tolerance = 0.05 * Math.abs(right);
        if (op.equals("≈") && skip("±")) {
            tolerance = sum();
        }
        expectEnd();
        boolean holds = switch (op) {
            case "<" -> left < right;
            case "<=" -> left <= right;
            case ">" -> left > right;
            case ">=" -> left >= right;
            case "≈" -> Math.abs(left - right) <= tolerance;
            default -> throw error("unknown comparison " + op);
        };
        return new Outcome(holds, String.format(Locale.ROOT, "%.6g %s %.6g", left, op, right)
                + (op.equals("≈") ? String.format(Locale.ROOT, " ± %.3g", tolerance) : ""));
    }

    private String operator() {
        for (String op : List.of("<=", ">=", "<", ">", "≈")) {
            if (skip(op)) {
                return op;
            }
        }
        throw error("expected a comparison");
    }

    private double sum() {
        double v = product();
        while (true) {
            if (skip("+")) {
                v += product();
            } else if (skip("-")) {
                v -= product();
            } else {
                return v;
            }
        }
    }

    private double product() {
        double v = atom();
        while (true) {
            if (skip("*")) {
                v *= atom();
            } else if (skip("/")) {
                v /= atom();
            } else {
                return v;
            }
        }
    }

    private double atom() {
        space();
        if (skip("(")) {
            double v = sum();
            expect(")");
            return v;
        }
        if (skip("-")) {
            return -atom();
        }
        if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            int start = at;
            while (at < text.length() && "0123456789.eE".indexOf(text.charAt(at)) >= 0
                    || at > start && at < text.length() && text.charAt(at) == '-' && "eE".indexOf(text.charAt(at - 1)) >= 0) {
                at++;
            }
            return Double.parseDouble(text.substring(start, at));
        }
        String name = word();
        expect("(");
        List<String> args = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        do {
            space();
            if (at < text.length() && Character.isLetter(text.charAt(at)) && !isCall()) {
                args.add(word());
            } else {
                numbers.add(sum());
            }
        } while (skip(","));
        expect(")");
        return measure(name, args, numbers);
    }

    private double measure(String name, List<String> args, List<Double> numbers) {
        LessonRun r = runs.apply(args.get(0));
        FlowHistory h = r.history();
        return switch (name) {
            case "loss" -> h.loss(row(r, numbers.get(0)));
            case "dissipation" -> h.dissipation(row(r, numbers.get(0)));
            case "reach" -> reach(h, numbers.get(0));
            case "finalLoss" -> h.lastLoss();
            case "minLoss" -> column(h, 2, 0).min().orElseThrow();
            case "finalTime" -> h.time(h.size() - 1);
            case "steps" -> h.step(h.size() - 1);
            case "rises" -> rises(h);
            case "minFidelity" -> column(h, 4, 1).min().orElseThrow();
            case "maxFidelity" -> column(h, 4, 1).max().orElseThrow();
            case "maxDissipation" -> column(h, 3, 0).max().orElseThrow();
            case "gap" -> gap(h, runs.apply(args.get(1)).history());
            case "movement" -> movement(r);
            case "teacherMass" -> teacherMass(r, r.last(), numbers.get(0));
            case "teacherMass0" -> teacherMass(r, r.initial(), numbers.get(0));
            case "monotoneFit" -> monotoneFit(r.experiment().data());
            case "config" -> config(r, args.get(1));
            default -> throw error("unknown measurement " + name);
        };
    }

    /** The first row at pseudo-time s or later; s must lie within the run. */
    private int row(LessonRun r, double s) {
        FlowHistory h = r.history();
        double half = 0.5 * r.experiment().stepSize();
        for (int n = 0; n < h.size(); n++) {
            if (h.time(n) >= s - half) {
                return n;
            }
        }
        throw error("the run ends at s = " + h.time(h.size() - 1) + ", before s = " + s);
    }

    private static double reach(FlowHistory h, double target) {
        for (int n = 0; n < h.size(); n++) {
            if (h.loss(n) <= target) {
                return h.time(n);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static java.util.stream.DoubleStream column(FlowHistory h, int column, int from) {
        double[] v = new double[h.size() - from];
        for (int n = from; n < h.size(); n++) {
            v[n - from] = h.get(column, n);
        }
        return Arrays.stream(v).filter(Double::isFinite);
    }

    private static double rises(FlowHistory h) {
        int rises = 0;
        for (int n = 1; n < h.size(); n++) {
            if (h.loss(n) > h.loss(n - 1)) {
                rises++;
            }
        }
        return rises;
    }

    private static double gap(FlowHistory a, FlowHistory b) {
        double gap = 0;
        for (int n = 0; n < Math.min(a.size(), b.size()); n++) {
            gap = Math.max(gap, Math.abs(a.loss(n) - b.loss(n)));
        }
        return gap;
    }

    private static double movement(LessonRun r) {
        double moved = 0;
        double norm = 0;
        for (int q = 0; q < r.initial().length; q++) {
            double d = r.last()[q] - r.initial()[q];
            moved += d * d;
            norm += r.initial()[q] * r.initial()[q];
        }
        return Math.sqrt(moved / norm);
    }

    /**
     * The share of function-space mass |u_D|·|(w, b)| (the part of u that the one-layer readout sees) whose
     * direction (w, b)/|(w, b)| lies within {@code degrees} of a teacher particle's, with the same sign of u_D.
     */
    private double teacherMass(LessonRun r, double[] theta, double degrees) {
        ModelSpec spec = r.experiment().spec();
        Teacher teacher = r.experiment().teacher().orElseThrow(() -> error("the run has no teacher"));
        if (spec.depth() != 1 || !spec.block().id().equals("relu")
                || teacher.spec().stateDimension() != spec.stateDimension()) {
            throw error("teacherMass needs a one-layer relu student of the teacher's D");
        }
        int dim = spec.stateDimension();
        int d = spec.dataDimension();
        int k = spec.parameterCount();
        double[] t = inputPart(teacher.particles(), k, dim, d);
        double[] s = inputPart(theta, k, dim, d);
        double cos = Math.cos(Math.toRadians(degrees));
        double near = 0;
        double all = 0;
        for (int q = 0; q < s.length; q += d + 2) {
            double mass = Math.abs(s[q]) * norm(s, q + 1, d + 1);
            all += mass;
            for (int p = 0; p < t.length; p += d + 2) {
                boolean sameSign = Math.signum(t[p]) == Math.signum(s[q]);
                if (sameSign && cosine(s, q + 1, t, p + 1, d + 1) >= cos) {
                    near += mass;
                    break;
                }
            }
        }
        return near / all;
    }

    /**
     * Per particle (u_D, w_1..w_d, b): in a one-layer network the readout sees only u_D, and w_{d+1}..w_D meet
     * the zero padding of z_0, so they neither matter nor move.
     */
    private static double[] inputPart(double[] theta, int k, int dim, int d) {
        double[] out = new double[theta.length / k * (d + 2)];
        for (int q = 0, o = 0; q < theta.length; q += k, o += d + 2) {
            out[o] = theta[q + dim - 1];
            System.arraycopy(theta, q + dim, out, o + 1, d);
            out[o + d + 1] = theta[q + 2 * dim];
        }
        return out;
    }

    private static double norm(double[] v, int from, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += v[from + j] * v[from + j];
        }
        return Math.sqrt(s);
    }

    private static double cosine(double[] a, int ia, double[] b, int ib, int n) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
            dot += a[ia + j] * b[ib + j];
        }
        return dot / (norm(a, ia, n) * norm(b, ib, n));
    }

    /** The least 1/(2N) Σ (m(x_i) − y_i)² over non-decreasing and non-increasing m: pool-adjacent-violators. */
    private double monotoneFit(Dataset data) {
        if (data.dimension() != 1) {
            throw error("monotoneFit needs d = 1");
        }
        Integer[] order = new Integer[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(data.x(i, 0), data.x(j, 0)));
        double[] y = new double[order.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.y(order[i]);
        }
        double up = isotonicLoss(y);
        double[] flipped = Arrays.stream(y).map(v -> -v).toArray();
        return Math.min(up, isotonicLoss(flipped)) / (2.0 * y.length);
    }

    private static double isotonicLoss(double[] y) {
        double[] mean = new double[y.length];
        int[] count = new int[y.length];
        int blocks = 0;
        for (double v : y) {
            mean[blocks] = v;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                int c = count[blocks - 2] + count[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * count[blocks - 2] + mean[blocks - 1] * count[blocks - 1]) / c;
                count[blocks - 2] = c;
                blocks--;
            }
        }
        double loss = 0;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < count[b]; j++, i++) {
                loss += (y[i] - mean[b]) * (y[i] - mean[b]);
            }
        }
        return loss;
    }

    private double config(LessonRun r, String path) {
        try {
            JsonNode node = JSON.readTree(ConfigIO.toJson(r.experiment().config()));
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            if (!node.isNumber()) {
                throw error("configuration field " + path + " is not a number");
            }
            return node.asDouble();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a measurement starts here (a name and a parenthesis), rather than a run's name. */
    private boolean isCall() {
        int mark = at;
        word();
        boolean call = skip("(");
        at = mark;
        return call;
    }

    private String word() {
        space();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                || text.charAt(at) == '-' && at > start)) {
            at++;
        }
        if (start == at) {
            throw error("expected a name");
        }
        return text.substring(start, at);
    }

    private void space() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private boolean skip(String token) {
        space();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!skip(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private void expectEnd() {
        space();
        if (at != text.length()) {
            throw error("unexpected text");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("check '" + text + "', at " + at + ": " + what);
    }
}
