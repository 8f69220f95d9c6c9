package io.github.meanfieldlab.app;

import java.io.File;
import java.util.List;
import java.util.function.Predicate;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dropped on the window open as File ▸ Open would open them: an experiment, a data CSV or a session.
 * A drag is accepted only when it carries exactly one file of a kind the app opens.
 */
final class FileDrop {
    private final Predicate<Path> open;

    /** @param open opens a file, returning whether it was accepted */
    FileDrop(Predicate<Path> open) {
        this.open = open;
    }

    /** Listens for drags over {@code target}. */
    void install(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && droppable(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        e.setDropCompleted(drop(e.getDragboard()));
        e.consume();
    }

    /** Opens the file on {@code board}; whether one was opened. */
    boolean drop(Dragboard board) {
        return board.hasFiles() && drop(board.getFiles());
    }

    /** Opens the one file of {@code files}; whether it was opened (several files, or another kind, are not). */
    boolean drop(List<File> files) {
        return droppable(files) && open.test(files.get(0).toPath());
    }

    private static boolean droppable(List<File> files) {
        return files.size() == 1 && FileKind.of(files.get(0).toPath()).isPresent();
    }
}
