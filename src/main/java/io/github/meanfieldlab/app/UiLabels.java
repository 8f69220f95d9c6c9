package io.github.meanfieldlab.app;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the form gives the settings, and the translation of the configuration's field names
 * ({@code model.stateDimension}) into them, so that a message in the window speaks the window's language.
 */
final class UiLabels {
    static final String DEPTH = "depth L";
    static final String WIDTH = "width M";
    static final String BLOCK = "block";
    static final String STATE_DIMENSION = "state dim. D";
    static final String ETA = "η";
    static final String BOUND = "R";
    static final String INIT_KIND = "kind";
    static final String SCALE = "scale τ";
    static final String KAPPA = "κ";
    static final String INIT_SEED = "seed of ρ_ini";
    static final String DATASET = "dataset";
    static final String SAMPLES = "samples N";
    static final String NOISE = "noise";
    static final String DATA_SEED = "data seed";
    static final String STEP = "step Δs";
    static final String MAX_TIME = "s_max";
    static final String LOSS_TARGET = "loss target E";

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("model.depth", DEPTH), Map.entry("model.width", WIDTH), Map.entry("model.block", BLOCK),
            Map.entry("model.stateDimension", STATE_DIMENSION), Map.entry("model.eta", ETA),
            Map.entry("model.bound", BOUND), Map.entry("init.kind", INIT_KIND), Map.entry("init.scale", SCALE),
            Map.entry("init.kappa", KAPPA), Map.entry("init.seed", INIT_SEED), Map.entry("data.generator", DATASET),
            Map.entry("data.samples", SAMPLES), Map.entry("data.noise", NOISE), Map.entry("data.seed", DATA_SEED),
            Map.entry("flow.step", STEP), Map.entry("flow.maxTime", MAX_TIME), Map.entry("flow.lossTarget", LOSS_TARGET));
    private static final Pattern FIELD = Pattern.compile("field ([a-z]+\\.[A-Za-z]+)");

    private UiLabels() {
    }

    /** {@code message} with every "field model.x" the form has a control for named as the form names it. */
    static String speak(String message) {
        Matcher m = FIELD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = BY_FIELD.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? m.group() : label));
        }
        m.appendTail(out);
        return out.toString();
    }
}
