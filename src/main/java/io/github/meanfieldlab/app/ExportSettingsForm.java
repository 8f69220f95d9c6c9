package io.github.meanfieldlab.app;

import io.github.meanfieldlab.export.ExportSettings;
import io.github.meanfieldlab.export.FigureSize;
import io.github.meanfieldlab.render.Look;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The choices of {@code figure}'s look options as a form: size preset or W × H with a unit, style, font pt,
 * palette, title and status, DPI. {@link #settings()} parses them with the same code as the command line, and
 * {@link #problemProperty()} says in words what is wrong, or is empty.
 */
final class ExportSettingsForm extends GridPane {
    private static final String CUSTOM = "W × H";
    private static final List<String> PRESETS = List.of("column", "text", "slide", CUSTOM);
    private static final List<String> UNITS = List.of("in", "cm", "mm", "pt");

    private final ComboBox<String> size = new ComboBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final ComboBox<String> unit = new ComboBox<>();
    private final ComboBox<Look.Style> style = new ComboBox<>();
    private final TextField fontPt = new TextField();
    private final ComboBox<Look.Palette> palette = new ComboBox<>();
    private final CheckBox title = new CheckBox("title");
    private final CheckBox status = new CheckBox("status line (s, step, E)");
    private final TextField dpi = new TextField();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Label summary = new Label();
    private int row;
    /** While the fields are filled from a preset or another unit: that is no edit of the user's. */
    private boolean filling;

    ExportSettingsForm(ExportSettings initial) {
        setHgap(8);
        setVgap(6);
        size.getItems().setAll(PRESETS);
        size.setId("exportSize");
        unit.getItems().setAll(UNITS);
        width.setPrefColumnCount(5);
        height.setPrefColumnCount(5);
        width.setId("exportWidth");
        height.setId("exportHeight");
        unit.setId("exportUnit");
        style.getItems().setAll(Look.Style.values());
        // Each choice by the word the command line takes for it ("paper", "grey").
        style.setConverter(ChoiceNames.of(Look.Style::id));
        style.setId("exportStyle");
        fontPt.setPrefColumnCount(4);
        fontPt.setId("exportFontPt");
        palette.getItems().setAll(Look.Palette.values());
        palette.setConverter(ChoiceNames.of(Look.Palette::id));
        dpi.setPrefColumnCount(4);
        dpi.setId("exportDpi");
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(460);

        FigureSize s = initial.size();
        String preset = PRESETS.contains(s.name()) ? s.name() : CUSTOM;
        size.setValue(preset);
        unit.setValue("in");
        showSize(s);
        Look look = initial.look();
        style.setValue(look.style());
        fontPt.setText(number(look.fontPt()));
        palette.setValue(look.palette());
        title.setSelected(look.title());
        status.setSelected(look.status());
        dpi.setText(Integer.toString(initial.dpi()));

        size.valueProperty().addListener((obs, was, now) -> {
            if (!CUSTOM.equals(now)) {
                showSize(FigureSize.parse(now));
            }
            check();
        });
        unit.valueProperty().addListener((obs, was, now) -> {
            // The same size in the new unit, as far as the fields hold one.
            FigureSize before = parsedSize(was);
            if (before != null) {
                showSize(before);
            }
            check();
        });
        style.valueProperty().addListener((obs, was, now) -> {
            // A style brings its own text size, title and status, as --style does.
            Look l = Look.of(now);
            fontPt.setText(number(l.fontPt()));
            title.setSelected(l.title());
            status.setSelected(l.status());
            check();
        });
        width.textProperty().addListener((obs, was, now) -> customised());
        height.textProperty().addListener((obs, was, now) -> customised());
        for (var field : List.of(fontPt, dpi)) {
            field.textProperty().addListener((obs, was, now) -> check());
        }
        palette.valueProperty().addListener((obs, was, now) -> check());
        title.selectedProperty().addListener((obs, was, now) -> check());
        status.selectedProperty().addListener((obs, was, now) -> check());

        add("size", size);
        add("width × height", new HBox(6, width, new Label("×"), height, unit));
        add("style", style);
        add("text size (pt)", fontPt);
        add("palette", palette);
        add("", new HBox(12, title, status));
        add("PNG resolution (dpi)", dpi);
        add(summary, 0, row++, 2, 1);
        check();
    }

    private void add(String label, Node control) {
        add(new Label(label), 0, row);
        add(control, 1, row++);
    }

    /** A size typed into the fields no longer is a preset. */
    private void customised() {
        if (filling) {
            return;
        }
        FigureSize typed = parsedSize(unit.getValue());
        if (typed != null && !CUSTOM.equals(size.getValue())) {
            FigureSize preset = FigureSize.parse(size.getValue());
            if (Math.abs(preset.widthPt() - typed.widthPt()) > 0.01 || Math.abs(preset.heightPt() - typed.heightPt()) > 0.01) {
                size.setValue(CUSTOM);
            }
        }
        check();
    }

    private void showSize(FigureSize s) {
        double perUnit = FigureSize.parse("1x1" + unit.getValue()).widthPt();
        filling = true;
        try {
            width.setText(number(s.widthPt() / perUnit));
            height.setText(number(s.heightPt() / perUnit));
        } finally {
            filling = false;
        }
    }

    /** The size the fields give in {@code inUnit}, or null when they give none. */
    private FigureSize parsedSize(String inUnit) {
        try {
            return FigureSize.parse(width.getText().trim() + "x" + height.getText().trim() + inUnit);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void check() {
        try {
            ExportSettings s = settings();
            problem.set("");
            summary.setText(s.describe());
            summary.getStyleClass().remove("error");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            summary.setText(e.getMessage());
            if (!summary.getStyleClass().contains("error")) {
                summary.getStyleClass().add("error");
            }
        }
    }

    /**
     * The settings the form gives.
     *
     * @throws IllegalArgumentException naming the field that is wrong and what is allowed
     */
    ExportSettings settings() {
        FigureSize figureSize = CUSTOM.equals(size.getValue())
                ? FigureSize.parse(width.getText().trim() + "x" + height.getText().trim() + unit.getValue())
                : FigureSize.parse(size.getValue());
        Look look = Look.of(style.getValue()).withPalette(palette.getValue()).withTitle(title.isSelected())
                .withStatus(status.isSelected()).withFontPt(parse(fontPt, "text size"));
        double d = parse(dpi, "PNG resolution");
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("PNG resolution " + dpi.getText() + " is not a whole number of dpi");
        }
        return new ExportSettings(figureSize, look, (int) d);
    }

    private static double parse(TextField field, String what) {
        try {
            return Double.parseDouble(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + field.getText() + "' is not a number");
        }
    }

    /** What is wrong with the form, in words; empty when it gives settings. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
