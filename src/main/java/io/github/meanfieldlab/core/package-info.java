/**
 * The mathematics of MODEL.md and nothing else: the blocks and their kernels, the mean-field ResNet, the
 * gradient flow of its particles ({@link io.github.meanfieldlab.core.GradientFlow}) and the thread that runs it
 * ({@link io.github.meanfieldlab.core.FlowRunner}). Uses no other package of the project and no JavaFX.
 */
package io.github.meanfieldlab.core;
