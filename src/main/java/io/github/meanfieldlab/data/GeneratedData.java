package io.github.meanfieldlab.data;

import io.github.meanfieldlab.core.Dataset;
import java.util.Optional;

/** A dataset and, for {@code teacher} data, the network that labelled it. */
public record GeneratedData(Dataset dataset, Optional<Teacher> teacher) {
}
