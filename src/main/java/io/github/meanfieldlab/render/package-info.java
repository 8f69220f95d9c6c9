/**
 * The figures, drawn through Java2D {@code Graphics2D} only, so that the same code paints the window, a PNG, an
 * SVG and a PDF. Uses {@code core}, {@code data} and {@code config}; no JavaFX.
 */
package io.github.meanfieldlab.render;
