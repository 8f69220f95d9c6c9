package io.github.meanfieldlab.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window with the recording's progress and a Cancel button; the outcome goes to the status bar. */
final class RecordProgress implements Recorder.Listener {
    private final Supplier<Window> owner;
    private final StatusBar status;
    private final Label label = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private Stage stage;

    RecordProgress(Supplier<Window> owner, StatusBar status) {
        this.owner = owner;
        this.status = status;
        label.setId("recordProgressText");
        bar.setId("recordProgress");
        bar.setPrefWidth(360);
        cancel.setId("recordCancel");
    }

    @Override
    public void started(RecordChoice choice, Path out, Runnable cancelIt) {
        label.setText("Recording the " + choice.pane() + " pane to " + out + "…");
        bar.setProgress(0);
        cancel.setDisable(false);
        cancel.setOnAction(e -> {
            cancelIt.run();
            cancel.setDisable(true);
            label.setText("Cancelling…");
        });
        status.showInfo("Recording the " + choice.pane() + " pane; the run on screen goes on.");
        if (owner.get() == null) {
            return;
        }
        stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Recording");
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        stage.show();
    }

    @Override
    public void progress(int framesDone, int frames, double s) {
        bar.setProgress(framesDone / (double) frames);
        if (!cancel.isDisabled()) {
            label.setText(String.format(Locale.ROOT, "frame %d of %d, s = %.4g", framesDone, frames, s));
        }
    }

    @Override
    public void finished(RecordChoice choice, Path out, Throwable error) {
        if (stage != null) {
            stage.close();
            stage = null;
        }
        if (error == null) {
            status.showInfo("Recorded " + choice.frames() + " frames of the " + choice.pane() + " pane from s = "
                    + choice.from() + " to " + choice.to() + " into " + out);
        } else if (error instanceof CancellationException) {
            status.showInfo("Recording cancelled; nothing was written.");
        } else {
            status.showError("Recording failed: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getMessage()) + ". Nothing was written; the run goes on.");
        }
    }
}
