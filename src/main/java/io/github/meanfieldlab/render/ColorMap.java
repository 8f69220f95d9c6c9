package io.github.meanfieldlab.render;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Colour maps from [0, 1] to colour. Viridis and cividis are the 256-entry tables published with matplotlib
 * (resources {@code viridis.txt}, {@code cividis.txt}): perceptually uniform and monotone in lightness, so
 * they survive grey-scale printing and colour-blindness; cool-warm is diverging, for signed values.
 */
enum ColorMap {
    /** Dark blue-violet at 0 to yellow at 1. */
    VIRIDIS(table("viridis.txt")),
    /** Dark blue at 0 to yellow at 1, optimised for colour-vision deficiency; lightness rises steadily. */
    CIVIDIS(table("cividis.txt")),
    /** Moreland's diverging cool-warm from his nine published anchors: blue below the middle, grey at it, red above. */
    COOL_WARM(anchors(0x3B4CC0, 0x6282EA, 0x8DB0FE, 0xB8D0F9, 0xDDDDDD, 0xF5C4AD, 0xF49A7B, 0xDE604D, 0xB40426));

    static final int STEPS = 256;

    private final int[] table;

    ColorMap(int[] table) {
        this.table = table;
    }

    private static int[] table(String resource) {
        int[] t = new int[STEPS];
        try (InputStream in = ColorMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("colour map table " + resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int i = 0;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] rgb = line.trim().split("\\s+");
                int packed = 0;
                for (int c = 0; c < 3; c++) {
                    packed = packed << 8 | (int) Math.round(Double.parseDouble(rgb[c]) * 255);
                }
                t[i++] = packed;
            }
            if (i != STEPS) {
                throw new IllegalStateException("colour map table " + resource + " has " + i + " entries; expected " + STEPS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static int[] anchors(int... anchors) {
        int[] t = new int[STEPS];
        for (int i = 0; i < STEPS; i++) {
            double pos = (double) i / (STEPS - 1) * (anchors.length - 1);
            int a = Math.min((int) pos, anchors.length - 2);
            t[i] = mix(anchors[a], anchors[a + 1], pos - a);
        }
        return t;
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
