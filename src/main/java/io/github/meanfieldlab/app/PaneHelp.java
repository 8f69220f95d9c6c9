package io.github.meanfieldlab.app;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;

/** The "?" on a pane's option bar: its section of the help text, with the equation, in a popup beside it. */
final class PaneHelp extends Button {
    /** Wide enough for an equation and three lines of text, narrow enough to leave the pane in view. */
    private static final double WIDTH = 520;
    /** Taller texts scroll. */
    static final double MAX_TEXT_HEIGHT = 460;

    private final String paneId;
    private Popup popup;

    PaneHelp(String paneId) {
        super("?");
        this.paneId = paneId;
        setId(paneId + "Help");
        getStyleClass().add("pane-help");
        setTooltip(Tooltips.of("What this pane shows, with its equation (F1: the whole help)."));
        setOnAction(e -> toggle());
    }

    private void toggle() {
        if (popup != null && popup.isShowing()) {
            popup.hide();
            return;
        }
        if (popup == null) {
            MarkdownView text = MarkdownView.help(HelpText.section(paneId));
            text.setPrefWidth(WIDTH - 30);
            ScrollPane scroll = new ScrollPane(text);
            scroll.setFitToWidth(true);
            scroll.setPrefWidth(WIDTH);
            scroll.getStyleClass().add("help-popup");
            scroll.getStylesheets().addAll(getScene().getStylesheets());
            popup = new Popup();
            popup.setAutoHide(true);
            popup.setHideOnEscape(true);
            popup.getContent().add(scroll);
            // A scroll pane asks its text for a height without a width, which a wrapping text answers with one
            // line a paragraph: the popup follows the text's height at the popup's width instead, also as its
            // equations fill in after it has shown (MarkdownView).
            Popup shown = popup;
            text.heightProperty().addListener((obs, was, now) -> {
                scroll.setPrefViewportHeight(Math.min(MAX_TEXT_HEIGHT, now.doubleValue()));
                if (shown.isShowing()) {
                    shown.sizeToScene();
                }
            });
        }
        // Below the "?" on the upper panes, above it on the lower ones, so the text is not cut off by the screen.
        Bounds b = localToScreen(getBoundsInLocal());
        Rectangle2D screen = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        boolean above = b.getCenterY() > screen.getMinY() + screen.getHeight() / 2;
        popup.setAnchorLocation(above ? PopupWindow.AnchorLocation.CONTENT_BOTTOM_LEFT
                : PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
        popup.show(this, b.getMinX(), above ? b.getMinY() - 2 : b.getMaxY() + 2);
    }

    /** The popup, once shown (tests). */
    Popup popup() {
        return popup;
    }
}
