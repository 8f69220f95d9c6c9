package io.github.meanfieldlab.render;

import java.awt.Color;

/** Colour maps from [0, 1] to colour: viridis (perceptually uniform) for magnitudes, cool-warm for signs. */
enum ColorMap {
    /** Matplotlib's viridis, sampled at eleven points; dark is low, yellow is high. */
    VIRIDIS(0x440154, 0x482576, 0x414487, 0x35608D, 0x2A788E, 0x21908C, 0x22A884, 0x43BF71, 0x7AD151, 0xBBDF27,
            0xFDE725),
    /** Moreland's diverging cool-warm: blue below the middle, grey at it, red above. */
    COOL_WARM(0x3B4CC0, 0x6282EA, 0x8DB0FE, 0xB8D0F9, 0xDDDDDD, 0xF5C4AD, 0xF49A7B, 0xDE604D, 0xB40426);

    private static final int STEPS = 256;

    private final int[] table = new int[STEPS];

    ColorMap(int... anchors) {
        for (int i = 0; i < STEPS; i++) {
            double pos = (double) i / (STEPS - 1) * (anchors.length - 1);
            int a = Math.min((int) pos, anchors.length - 2);
            table[i] = mix(anchors[a], anchors[a + 1], pos - a);
        }
    }

    private static int mix(int p, int q, double f) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double c = ((p >> shift) & 0xFF) * (1 - f) + ((q >> shift) & 0xFF) * f;
            rgb |= (int) Math.round(c) << shift;
        }
        return rgb;
    }

    /** Opaque ARGB of position {@code f}, clamped to [0, 1]; NaN gives the low end. */
    int argb(double f) {
        int i = f > 0 ? (int) Math.round(Math.min(f, 1) * (STEPS - 1)) : 0;
        return 0xFF000000 | table[i];
    }

    Color color(double f) {
        return new Color(argb(f), true);
    }
}
