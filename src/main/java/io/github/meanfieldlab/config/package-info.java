/**
 * A run configuration as one JSON document: its fields and their allowed ranges
 * ({@link io.github.meanfieldlab.config.ConfigValidator}), reading and writing it, and building the experiment
 * it describes. Uses {@code core} and {@code data}.
 */
package io.github.meanfieldlab.config;
