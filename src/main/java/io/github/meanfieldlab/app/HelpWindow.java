package io.github.meanfieldlab.app;

import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The help page (F1): the model in the app's words with its equations, the panes and the keys, in a window. */
final class HelpWindow {
    static final String TITLE = "MeanField Lab — help";

    private final Window owner;
    private final Executor typesetter;
    private Stage stage;
    private MarkdownView page;

    /** The help over {@code owner}, its equations typeset on the text views' shared thread. */
    HelpWindow(Window owner) {
        this(owner, MarkdownView.TYPESETTER);
    }

    /** As above, its equations typeset on {@code typesetter} (tests hold them back). */
    HelpWindow(Window owner, Executor typesetter) {
        this.owner = owner;
        this.typesetter = typesetter;
    }

    /**
     * Shows the help page, in front; it is built the first time, its text at once and its equations as they
     * are typeset, so that F1 never waits for them.
     */
    void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private Stage build() {
        page = MarkdownView.help(HelpText.page(), typesetter);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-page");
        Scene scene = new Scene(scroll, 780, 680);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        // Esc closes the help as it closes a dialog; F1 again only brings it to the front.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(TITLE);
        s.setScene(scene);
        return s;
    }

    /** The page's text, once built (tests). */
    MarkdownView page() {
        return page;
    }

    /** Whether the help page is on screen (tests). */
    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Closes the help page with the main window. */
    void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}
