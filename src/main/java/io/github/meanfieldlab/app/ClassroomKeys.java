package io.github.meanfieldlab.app;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys for a lecturer at the keyboard: Esc brings all panes back, or else leaves presentation mode; Enter
 * presses the focused button or check box (Space is play/pause everywhere, so Enter is how a button reached
 * with Tab is pressed). F1 and F5 are the menu's accelerators.
 */
final class ClassroomKeys implements EventHandler<KeyEvent> {
    private final PaneMaximizer maximizer;
    private final PresentationMode presentation;

    ClassroomKeys(PaneMaximizer maximizer, PresentationMode presentation) {
        this.maximizer = maximizer;
        this.presentation = presentation;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (maximizer.restore()) {
                e.consume();
            } else if (presentation.isOn()) {
                presentation.onProperty().set(false);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            Node focus = ((Node) e.getTarget()).getScene().getFocusOwner();
            if (focus instanceof ButtonBase b && !b.isDisabled()) {
                b.fire();
                e.consume();
            }
        }
    }
}
