/**
 * Training data: the built-in generators and the CSV files of data, particles and histories. Uses only
 * {@code core}.
 */
package io.github.meanfieldlab.data;
