package io.github.meanfieldlab.core;

/**
 * Whether the support of ρ_ini separates, as Theorems 6.1 and 6.2 of the paper ask (MODEL.md, "Initialisation"):
 * for relu the spheres r_a S^{k−1} and r_b S^{k−1} (every path from one to the other crosses the support), for
 * regularized-relu the sets {c = −r} and {c = r}. The condition is sufficient, not necessary: a run that violates
 * it may still reach zero loss.
 */
public record Separation(Verdict verdict, String reason) {
    /** The three answers. */
    public enum Verdict {
        HOLDS("holds"),
        VIOLATED("violated"),
        /** The block has no homogeneity, and the theorems state no separation condition for it. */
        NOT_APPLICABLE("not applicable");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The reminder every verdict carries. */
    public static final String SUFFICIENT_NOT_NECESSARY = "the condition is sufficient, not necessary";

    /** One line: {@code separation: holds|violated|not applicable (reason); sufficient, not necessary}. */
    public String line() {
        return "separation: " + verdict.word() + " (" + reason + ")"
                + (verdict == Verdict.NOT_APPLICABLE ? "" : "; " + SUFFICIENT_NOT_NECESSARY);
    }

    /**
     * The verdict for {@code block} with particles drawn from {@code init}. The reason is plain text (Unicode, not
     * TeX): the theory panel, {@code run}'s output and summary.json show it as it is.
     */
    public static Separation of(Block block, InitialDistribution init) {
        boolean amplitude = init.amplitudeScale() > 0;
        boolean inner = init.innerScale() > 0;
        // depth-continuous: ξ + κ(η cos + ζ sin) is Gaussian with variance τ²(1 + κ²) at every t, full support too.
        String full = init.kind() == InitialDistribution.Kind.DEPTH_CONTINUOUS
                ? "depth-continuous is Gaussian at every t, with full support" : "gaussian has full support";
        return switch (block) {
            case RELU -> {
                if (!amplitude || !inner) {
                    yield new Separation(Verdict.VIOLATED, "the support lies in {" + (amplitude ? "(w, b)" : "u")
                            + " = 0}, so a radial path through the directions outside it avoids the support");
                }
                if (init.kind() == InitialDistribution.Kind.ONE_SIDED) {
                    yield new Separation(Verdict.VIOLATED, "one-sided keeps u ≥ 0: the directions with u < 0 in some "
                            + "coordinate are missing, so a radial path through them from the sphere |θ| = r₁ to the sphere "
                            + "|θ| = r₂ > r₁ avoids the support");
                }
                yield new Separation(Verdict.HOLDS, full + ", so every path from the sphere |θ| = r₁ to the sphere "
                        + "|θ| = r₂ > r₁ crosses it");
            }
            case REGULARIZED_RELU -> {
                if (!inner) {
                    yield new Separation(Verdict.VIOLATED, "the support lies in {(W, β) = 0}, so a path from {c = −r} to "
                            + "{c = r} that crosses c = 0 with W ≠ 0 avoids it");
                }
                String contains = init.kind() == InitialDistribution.Kind.ONE_SIDED
                        ? "one-sided c ≥ 0 with full-support (W, β)" : !amplitude ? "c = 0 with full-support (W, β)"
                        : "the full support of " + init.kind().id();
                yield new Separation(Verdict.HOLDS, contains + " contains {0} × Θ̃, which every path from {c = −r} to "
                        + "{c = r} crosses");
            }
            case TANH, SIGMOID, SOFTPLUS -> new Separation(Verdict.NOT_APPLICABLE, block.id() + " is not homogeneous; "
                    + "Theorems 6.1 and 6.2 state the condition for relu and regularized-relu");
        };
    }
}
