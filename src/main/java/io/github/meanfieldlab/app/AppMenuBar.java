package io.github.meanfieldlab.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The window's menu bar: View (presentation mode, F5; all panes back) and Help (F1). Its accelerators are
 * those keys' one definition; Esc is {@link ClassroomKeys}'s, because it does one of two things. Other menus go
 * in front of View ({@code getMenus().add(0, …)}).
 */
final class AppMenuBar extends MenuBar {
    AppMenuBar(PresentationMode presentation, PaneMaximizer maximizer, Runnable openHelp) {
        CheckMenuItem present = new CheckMenuItem("Presentation mode");
        present.setId("presentationMode");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.selectedProperty().bindBidirectional(presentation.onProperty());
        MenuItem allPanes = new MenuItem("All panes (Esc)");
        allPanes.setId("allPanes");
        allPanes.disableProperty().bind(maximizer.filledProperty().isNull());
        allPanes.setOnAction(e -> maximizer.restore());
        Menu view = new Menu("_View", null, present, allPanes);
        MenuItem help = new MenuItem("MeanField Lab help");
        help.setId("helpItem");
        help.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.setOnAction(e -> openHelp.run());
        Menu helpMenu = new Menu("_Help", null, help);
        getMenus().addAll(view, helpMenu);
    }
}
