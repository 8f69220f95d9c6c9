package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.LadderResult;
import io.github.meanfieldlab.export.LadderFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
    /** The window's export thread, which it waits for when it closes, and where results are said (the FX thread). */
    private final Executor worker;
    private final Executor fx;
    private ExportChoice choice = ExportChoice.paper();
    private Path folder;

    LadderExport(ExportQuestions questions, Supplier<Path> startFolder, Executor worker, Executor fx) {
        this.questions = questions;
        this.startFolder = startFolder;
        this.worker = worker;
        this.fx = fx;
    }

    /**
     * Asks for settings and a folder (and whether files there may be replaced), then writes {@code result} there;
     * {@code said} hears what was written or why nothing was. Nothing happens if the user declines a question.
     */
    void export(Window owner, LadderResult result, Consumer<String> said) {
        Optional<ExportChoice> asked = questions.exportChoice(owner, "Export the ladder", choice);
        if (asked.isEmpty()) {
            return;
        }
        choice = asked.get();
        Optional<Path> chosen = questions.folder(owner, "Export the ladder into", folder != null ? folder : startFolder.get());
        if (chosen.isEmpty()) {
            return;
        }
        Path dir = chosen.get().toAbsolutePath();
        if (!questions.mayWrite(owner, dir, LadderFiles.names(choice.formats()), null)) {
            return;
        }
        folder = dir;
        ExportChoice c = choice;
        said.accept("Exporting the ladder…");
        CompletableFuture.supplyAsync(() -> {
            try {
                return LadderFiles.write(dir, result, c.settings(), c.formats());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker).whenCompleteAsync((files, error) -> said.accept(error == null
                ? "Exported the ladder: " + files.size() + " files in " + dir
                : "Export of the ladder failed: " + PaneExports.reason(error) + ". Nothing was written."), fx);
    }
}
