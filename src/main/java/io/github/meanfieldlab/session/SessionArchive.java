package io.github.meanfieldlab.session;

import io.github.meanfieldlab.core.InputException;
import io.github.meanfieldlab.core.UserText;
import io.github.meanfieldlab.data.TextInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A session file opened for reading as untrusted input. Entry names are checked before anything is read:
 * none may be absolute, climb out with {@code ..}, or appear twice. Contents are read through a counter that
 * stops at a bound on the bytes actually inflated, whatever sizes the archive's headers state, so a small
 * file that inflates to gigabytes (a zip bomb) is refused after reading no more than the bound. Nothing is
 * ever extracted to disk.
 */
final class SessionArchive implements AutoCloseable {
    /** All entries together may inflate to this much: far above a session of the largest network the app runs. */
    static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** A JSON entry (manifest, configuration) may inflate to this much. */
    static final int MAX_JSON_BYTES = 1 << 20;

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final long maxBytes;
    private long budget;

    private SessionArchive(Path file, ZipFile zip, Map<String, ZipEntry> entries, long maxBytes) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
        this.maxBytes = maxBytes;
        this.budget = maxBytes;
    }

    static SessionArchive open(Path file, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new InputException(UserText.path(file) + ": is a folder, not a session file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InputException(UserText.path(file) + ": no such file");
        } catch (ZipException e) {
            throw new InputException(UserText.path(file) + ": not a session file (not a zip archive: "
                    + UserText.printable(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new InputException(UserText.path(file) + ": cannot be read (" + UserText.printable(e.getMessage()) + ")", e);
        }
        try {
            return new SessionArchive(file, zip, checkedEntries(file, zip), maxBytes);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> checkedEntries(Path file, ZipFile zip) {
        Map<String, ZipEntry> byName = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            String problem = nameProblem(name);
            if (problem != null) {
                throw new InputException(UserText.path(file) + ": entry " + UserText.quote(name) + " " + problem + "; refused");
            }
            if (byName.putIfAbsent(name, e) != null) {
                throw new InputException(UserText.path(file) + ": entry " + UserText.quote(name)
                        + " appears twice; a session holds each entry once");
            }
        }
        return byName;
    }

    /** Why an entry name is refused, or null: only relative paths that stay inside the archive are allowed. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return "is an absolute path, pointing outside the archive";
        }
        if (name.indexOf('\\') >= 0) {
            return "holds a backslash, which some tools take for a folder separator";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return "climbs out with '..', pointing outside the archive";
            }
        }
        return null;
    }

    /** Refuses a missing entry and any entry besides {@code names} (folders that hold them are allowed). */
    void expectExactly(List<String> names) {
        for (String name : names) {
            entry(name);
        }
        for (String present : entries.keySet()) {
            boolean folderOfOne = present.endsWith("/") && names.stream().anyMatch(n -> n.startsWith(present));
            if (!names.contains(present) && !folderOfOne) {
                throw new InputException(UserText.path(file) + ": unknown entry " + UserText.quote(present) + "; this session holds only "
                        + String.join(", ", names));
            }
        }
    }

    /** Names an entry in messages: {@code FILE, entry NAME}. */
    String where(String name) {
        return UserText.path(file) + ", entry " + UserText.excerpt(name);
    }

    private ZipEntry entry(String name) {
        ZipEntry e = entries.get(name);
        if (e == null || e.isDirectory()) {
            throw new InputException(UserText.path(file) + ": entry '" + name + "' is missing; a session holds manifest.json, "
                    + "config.json, data.csv, particles.csv, history.csv and, per earlier run n, runs/n/config.json "
                    + "and runs/n/history.csv");
        }
        return e;
    }

    /** What an entry's stream is parsed by; it closes the stream. */
    interface Parser<T> {
        T parse(String source, InputStream in);
    }

    /**
     * Parses entry {@code name} within what is left of the bound; {@code parser} gets the entry's name for its
     * messages ({@link #where}). The project's readers (strict UTF-8, line and row limits) do the rest.
     */
    <T> T read(String name, Parser<T> parser) {
        return read(name, budget, parser);
    }

    /** Entry {@code name} as one string of at most {@link #MAX_JSON_BYTES} bytes, read as a configuration file is. */
    String text(String name) {
        return read(name, Math.min(budget, MAX_JSON_BYTES), (source, in) -> {
            try (TextInput text = TextInput.of(source, in, MAX_JSON_BYTES, MAX_JSON_BYTES)) {
                return text.readRest();
            }
        });
    }

    private <T> T read(String name, long bound, Parser<T> parser) {
        ZipEntry e = entry(name);
        BoundedStream counted;
        try {
            counted = new BoundedStream(zip.getInputStream(e), bound, () -> where(name) + ": inflates to more than the "
                    + bound + " bytes left of the bound (a session may inflate to " + maxBytes + " bytes in all, a JSON "
                    + "entry to " + MAX_JSON_BYTES + "); refused");
        } catch (IOException x) {
            throw new InputException(where(name) + ": cannot be read (" + UserText.printable(x.getMessage()) + ")", x);
        }
        try (counted) {
            return parser.parse(where(name), counted);
        } catch (IOException x) {
            // Only from closing a stream that was read from: nothing is lost.
            throw new InputException(where(name) + ": cannot be read (" + UserText.printable(x.getMessage()) + ")", x);
        } finally {
            budget -= counted.count;
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from: nothing is lost if closing fails.
        }
    }

    /** Counts the bytes read and fails once they pass the bound, whatever the archive's headers claim. */
    private static final class BoundedStream extends FilterInputStream {
        private final long bound;
        private final Supplier<String> refusal;
        private long count;

        BoundedStream(InputStream in, long bound, Supplier<String> refusal) {
            super(in);
            this.bound = bound;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        /** Refuses at once, unchecked: the readers above would take an {@link IOException} for a failing disk. */
        private void add(long n) {
            count += n;
            if (count > bound) {
                throw new InputException(refusal.get());
            }
        }
    }
}
