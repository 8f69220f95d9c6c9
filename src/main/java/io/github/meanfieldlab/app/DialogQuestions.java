package io.github.meanfieldlab.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The export's questions asked with the app's dialogs and the system's file choosers. */
final class DialogQuestions implements ExportQuestions {
    @Override
    public Optional<ExportChoice> exportChoice(Window owner, String title, ExportChoice initial) {
        return ExportDialog.ask(owner, title, initial);
    }

    @Override
    public Optional<RecordChoice> recordChoice(Window owner, RecordChoice initial) {
        return RecordDialog.ask(owner, initial);
    }

    @Override
    public Optional<Path> file(Window owner, String title, Path folder, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public boolean replace(Window owner, List<Path> existing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "These files exist and will be replaced:\n"
                + existing.stream().map(Path::toString).collect(Collectors.joining("\n")), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Replace files?");
        alert.setHeaderText("Replace " + existing.size() + (existing.size() == 1 ? " file?" : " files?"));
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
