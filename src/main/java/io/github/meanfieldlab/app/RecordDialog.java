package io.github.meanfieldlab.app;

import io.github.meanfieldlab.export.Animation;
import io.github.meanfieldlab.export.FlowFrames;
import io.github.meanfieldlab.export.Pane;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Record…" dialog: a pane, the s-range and the frames as {@code animate} takes them, and the frames' look.
 * The recording runs the experiment on screen again from s = 0, headless, so the same choices give the same file.
 */
final class RecordDialog extends Dialog<RecordChoice> {
    private final ComboBox<Pane> pane = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField frames = new TextField();
    private final TextField fps = new TextField();
    private final ExportSettingsForm form;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Label message = new Label();

    RecordDialog(Window owner, RecordChoice initial) {
        initOwner(owner);
        setTitle("Record");
        setHeaderText("Record a pane over an s-range (GIF, MP4 or a folder of PNG frames)");
        pane.getItems().setAll(Pane.values());
        pane.setValue(initial.pane());
        pane.setId("recordPane");
        from.setText(Double.toString(initial.from()));
        to.setText(Double.toString(initial.to()));
        frames.setText(Integer.toString(initial.frames()));
        fps.setText(Integer.toString(initial.fps()));
        from.setId("recordFrom");
        to.setId("recordTo");
        frames.setId("recordFrames");
        fps.setId("recordFps");
        GridPane range = new GridPane();
        range.setHgap(8);
        range.setVgap(6);
        row(range, "pane", pane);
        row(range, "from s", from);
        row(range, "to s", to);
        row(range, "frames", frames);
        row(range, "frames per second", fps);
        form = new ExportSettingsForm(initial.settings());
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(problem);
        getDialogPane().setContent(new VBox(10, range, form, message));
        getDialogPane().getStylesheets().add(RecordDialog.class.getResource("app.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        for (TextField f : List.of(from, to, frames, fps)) {
            f.setPrefColumnCount(6);
            f.textProperty().addListener((obs, was, now) -> check());
        }
        check();
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !problem.get().isEmpty() || !form.problemProperty().get().isEmpty(), problem, form.problemProperty()));
        setResultConverter(button -> button == ButtonType.OK ? choice() : null);
    }

    private static void row(GridPane grid, String label, Node control) {
        int row = grid.getRowCount();
        grid.add(new Label(label), 0, row);
        grid.add(control, 1, row);
    }

    private void check() {
        try {
            choice();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /**
     * The choice the dialog shows now.
     *
     * @throws IllegalArgumentException naming the field that is wrong and what is allowed
     */
    RecordChoice choice() {
        double s0 = number(from, "from s");
        double s1 = number(to, "to s");
        if (!(s0 >= 0 && s1 >= s0 && Double.isFinite(s1))) {
            throw new IllegalArgumentException("from s = " + from.getText() + " to s = " + to.getText()
                    + " is not a range; allowed: 0 <= from <= to");
        }
        int n = FlowFrames.checkCount("frames", whole(frames, "frames"));
        int f = Animation.checkFps("frames per second", whole(fps, "frames per second"));
        return new RecordChoice(pane.getValue(), s0, s1, n, f, form.settings());
    }

    private static double number(TextField field, String what) {
        try {
            return Double.parseDouble(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + field.getText() + "' is not a number");
        }
    }

    /** The whole number in {@code field}; one beyond a long's range is taken as the nearest, to be refused as such. */
    private static long whole(TextField field, String what) {
        double v = number(field, what);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException(what + " " + field.getText() + " is not a whole number");
        }
        return (long) v;
    }

    static Optional<RecordChoice> ask(Window owner, RecordChoice initial) {
        return new RecordDialog(owner, initial).showAndWait();
    }
}
