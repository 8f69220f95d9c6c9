/**
 * Writing figures to files (PNG, SVG, PDF) from the same drawing code as the screen. Uses the layers below it;
 * no JavaFX.
 */
package io.github.meanfieldlab.export;
