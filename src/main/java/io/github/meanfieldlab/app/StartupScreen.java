package io.github.meanfieldlab.app;

import io.github.meanfieldlab.core.InputException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

/**
 * What the window shows from the moment JavaFX is up until the main window is built (a second or two): the app's
 * name and that it is starting, on the app's background, at the size the window will have. Without it the user
 * looked at a black window for 3.5 s, then a white one.
 */
final class StartupScreen {
    private StartupScreen() {
    }

    /**
     * Shows on {@code stage} a scene the size of the window that {@code store}'s settings will open (the defaults'
     * if unreadable), placed as the main window will be.
     */
    static void show(Stage stage, SettingsStore store) {
        AppSettings settings;
        try {
            settings = store.load().orElseGet(AppSettings::defaults);
        } catch (InputException e) {
            settings = AppSettings.defaults();     // the main window says why, as it opens
        }
        Label name = new Label("MeanField Lab");
        name.getStyleClass().add("startup-name");
        Label doing = new Label("starting the flow…");
        VBox box = new VBox(8, name, doing);
        box.setAlignment(Pos.CENTER);
        box.setId("startup");
        ScreenFit fit = ScreenFit.onPrimaryScreen(settings.windowWidth(), settings.windowHeight());
        Scene scene = new Scene(box, fit.width(), fit.height());
        scene.getStylesheets().add(StartupScreen.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        fit.place(stage);
        stage.show();
    }
}
