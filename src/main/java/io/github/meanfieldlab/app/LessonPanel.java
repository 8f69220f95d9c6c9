package io.github.meanfieldlab.app;

import io.github.meanfieldlab.lesson.Lesson;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An open lesson: a button for each of its runs (a lesson compares several on one loss chart: run them one after
 * the other) and its text rendered from Markdown, title first. Hidden until a lesson opens; the window shows it
 * in a tab beside the settings.
 */
public final class LessonPanel extends BorderPane {
    private final FlowPane runs = new FlowPane(6, 6);
    private final MarkdownView text = new MarkdownView();
    private final Consumer<Lesson.Run> runner;
    private Runnable onShow = () -> { };
    private Lesson lesson;

    /** @param runner starts a run of the lesson shown, on the loss chart beside the runs before it */
    public LessonPanel(Consumer<Lesson.Run> runner) {
        this.runner = runner;
        setId("lessonPanel");
        getStyleClass().add("lesson-panel");
        Button close = new Button("✕");
        close.setId("closeLesson");
        close.setTooltip(Tooltips.of("Close the lesson; the run goes on."));
        close.setOnAction(e -> hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, new Label("Runs of this lesson:"), gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        runs.setId("lessonRuns");
        VBox top = new VBox(6, head, runs);
        top.setPadding(new Insets(8, 10, 8, 10));
        setTop(top);
        text.setPadding(new Insets(0, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows {@code l}'s title, runs and text. */
    public void show(Lesson l) {
        lesson = l;
        runs.getChildren().clear();
        for (Lesson.Run r : l.runs()) {
            Button b = new Button("Run " + r.name());
            b.setId("lessonRun-" + r.name());
            b.setTooltip(Tooltips.of("Run " + r.file() + " (L = " + r.config().model().depth() + ", M = "
                    + r.config().model().width() + "); the run before it stays on the loss chart."));
            b.setOnAction(e -> runner.accept(r));
            runs.getChildren().add(b);
        }
        text.show(l.markdown());
        setVisible(true);
        onShow.run();
    }

    /**
     * Runs {@code action} each time a lesson is shown, also when one was shown already: the window brings the
     * lesson's tab to the front, wherever the user had gone since.
     */
    public void setOnShow(Runnable action) {
        onShow = action;
    }

    public void hide() {
        setVisible(false);
    }

    /** The lesson shown last; null before the first. */
    public Lesson lesson() {
        return lesson;
    }

    /** The rendered text. */
    public MarkdownView text() {
        return text;
    }
}
