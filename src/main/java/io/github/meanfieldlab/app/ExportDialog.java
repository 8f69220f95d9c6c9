package io.github.meanfieldlab.app;

import io.github.meanfieldlab.export.ExportFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The export dialog: the choices of {@code figure} (size, style, text, palette, DPI) and the formats to write. */
final class ExportDialog extends Dialog<ExportChoice> {
    private final ExportSettingsForm form;
    private final Map<ExportFormat, CheckBox> formats = new EnumMap<>(ExportFormat.class);

    ExportDialog(Window owner, String title, ExportChoice initial) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        form = new ExportSettingsForm(initial.settings());
        HBox formatRow = new HBox(12);
        for (ExportFormat f : ExportFormat.values()) {
            CheckBox box = new CheckBox(f.name());
            box.setId("exportFormat" + f.name());
            box.setSelected(initial.formats().contains(f));
            formats.put(f, box);
            formatRow.getChildren().add(box);
        }
        getDialogPane().setContent(new VBox(10, form, new HBox(8, new Label("formats"), formatRow)));
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource("app.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        BooleanBinding noFormat = Bindings.createBooleanBinding(
                () -> formats.values().stream().noneMatch(CheckBox::isSelected),
                formats.values().stream().map(CheckBox::selectedProperty).toArray(Observable[]::new));
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.problemProperty().isNotEmpty().or(noFormat));
        setResultConverter(button -> button == ButtonType.OK ? choice() : null);
    }

    /** The choice the dialog shows now. */
    ExportChoice choice() {
        List<ExportFormat> chosen = new ArrayList<>();
        formats.forEach((f, box) -> {
            if (box.isSelected()) {
                chosen.add(f);
            }
        });
        return new ExportChoice(form.settings(), chosen);
    }

    static Optional<ExportChoice> ask(Window owner, String title, ExportChoice initial) {
        return new ExportDialog(owner, title, initial).showAndWait();
    }
}
