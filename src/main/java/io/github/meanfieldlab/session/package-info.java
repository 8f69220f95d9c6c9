/**
 * Session files ({@code .mflab}): a run saved whole (configuration, data, particles, histories, earlier runs) and
 * read back, as untrusted input, so that it continues bit for bit. Uses config, data and core; no JavaFX.
 */
package io.github.meanfieldlab.session;
