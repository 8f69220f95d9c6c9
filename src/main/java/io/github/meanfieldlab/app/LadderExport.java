package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.export.LadderFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Export from a ladder's window: the settings and a folder asked for as for the panes, then the files that
 * {@code ladder --out} writes (ladder.csv, fit.csv and the three figures in each format chosen), as one set.
 */
final class LadderExport {
    private final ExportQuestions questions;
    /** Where the folder chooser opens before this export has written anywhere: the panes' export folder. */
    private final Supplier<Path> startFolder;
    private ExportChoice choice = ExportChoice.paper();
    private Path folder;

    LadderExport(ExportQuestions questions, Supplier<Path> startFolder) {
        this.questions = questions;
        this.startFolder = startFolder;
    }

    /**
     * Asks for settings and a folder (and whether files there may be replaced), then writes {@code result} there on
     * {@code worker}; {@code said} hears what was written or why nothing was, on {@code fx}. Returns the writing, or
     * empty if the user declined a question.
     */
    Optional<CompletableFuture<List<Path>>> export(Window owner, LadderResult result, Executor worker, Executor fx,
                                                   Consumer<String> said) {
        Optional<ExportChoice> asked = questions.exportChoice(owner, "Export the ladder", choice);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        choice = asked.get();
        Optional<Path> chosen = questions.folder(owner, "Export the ladder into", folder != null ? folder : startFolder.get());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path dir = chosen.get().toAbsolutePath();
        List<Path> existing = LadderFiles.names(choice.formats()).stream().map(dir::resolve).filter(Files::exists).toList();
        if (!existing.isEmpty() && !questions.replace(owner, existing)) {
            return Optional.empty();
        }
        folder = dir;
        ExportChoice c = choice;
        said.accept("Exporting the ladder…");
        CompletableFuture<List<Path>> written = CompletableFuture.supplyAsync(() -> {
            try {
                return LadderFiles.write(dir, result, c.settings(), c.formats());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker);
        written.whenCompleteAsync((files, error) -> said.accept(error == null
                ? "Exported the ladder: " + files.size() + " files in " + dir
                : "Export of the ladder failed: " + PaneExports.reason(error) + ". Nothing was written."), fx);
        return Optional.of(written);
    }
}
