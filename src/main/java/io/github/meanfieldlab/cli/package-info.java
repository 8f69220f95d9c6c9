/**
 * The command line ({@code run}, {@code figure}, {@code bench}, {@code app}): options, messages and exit codes
 * over the layers below.
 */
package io.github.meanfieldlab.cli;
