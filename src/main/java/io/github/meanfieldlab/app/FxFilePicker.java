package io.github.meanfieldlab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File choosers of the platform, opened over the window, starting in the folder used last. */
final class FxFilePicker implements FilePicker {
    private final Supplier<Window> owner;
    private File folder;

    FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(FileKind kind) {
        return remember(chooser("Open " + kind.description(), kind).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(FileKind kind, String suggested) {
        FileChooser c = chooser("Save " + kind.description(), kind);
        c.setInitialFileName(kind.withExtension(suggested));
        return remember(c.showSaveDialog(owner.get())).map(p -> p.resolveSibling(kind.withExtension(
                p.getFileName().toString())));
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), "*." + kind.extension()));
        if (folder != null && folder.isDirectory()) {
            c.setInitialDirectory(folder);
        }
        return c;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen != null) {
            folder = chosen.getParentFile();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
