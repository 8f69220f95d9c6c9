package io.github.meanfieldlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The help text, one Markdown resource ({@code help.md}) for the help page and every pane's "?": a pane's
 * section starts at the marker {@code <!-- pane: id -->} and runs to the next marker or level-two heading.
 */
final class HelpText {
    private static final String RESOURCE = "help.md";
    private static final String MARKER = "<!-- pane: ";

    private HelpText() {
    }

    /** The whole help page. */
    static String page() {
        try (InputStream in = HelpText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The section about the pane with id {@code paneId} ("density", "loss", …), heading included. */
    static String section(String paneId) {
        List<String> lines = page().lines().toList();
        int start = lines.indexOf(MARKER + paneId + " -->");
        if (start < 0) {
            throw new IllegalArgumentException(RESOURCE + " has no section for the pane " + paneId);
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith(MARKER) || line.startsWith("## ")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}
