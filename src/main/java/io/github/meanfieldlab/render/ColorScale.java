package io.github.meanfieldlab.render;

/** How values map to colours: proportionally, or by their logarithm so that thin tails stay visible. */
public enum ColorScale {
    LINEAR,
    LOG
}
