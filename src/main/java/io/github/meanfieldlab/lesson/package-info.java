/**
 * The lessons of {@code samples/}: their index, texts and runs, read from the jar so that they work outside the
 * repository. In the session layer (LayeringTest); uses config; no JavaFX.
 */
package io.github.meanfieldlab.lesson;
