/**
 * The JavaFX window: a {@link io.github.meanfieldlab.app.LabModel} the controls bind to, a
 * {@link io.github.meanfieldlab.app.FlowSession} that runs one flow at a time off the FX thread, and panes that
 * show the figures painted on a thread of their own. Computes nothing itself. See docs/ARCHITECTURE.md for the
 * threads.
 */
package io.github.meanfieldlab.app;
