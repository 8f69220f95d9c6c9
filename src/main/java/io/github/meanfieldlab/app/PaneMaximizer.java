package io.github.meanfieldlab.app;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;

/**
 * A double-click on a pane's figure fills the pane grid with it; Esc or another double-click brings the other
 * panes back. The pane keeps its own cell in the grid, spanning every row and column meanwhile.
 */
final class PaneMaximizer {
    /** Where a pane sat: column, row and spans. */
    private record Cell(int column, int row, int columnSpan, int rowSpan) {
        static Cell of(Node n) {
            return new Cell(orZero(GridPane.getColumnIndex(n)), orZero(GridPane.getRowIndex(n)),
                    orOne(GridPane.getColumnSpan(n)), orOne(GridPane.getRowSpan(n)));
        }

        private static int orZero(Integer i) {
            return i == null ? 0 : i;
        }

        private static int orOne(Integer i) {
            return i == null || i == GridPane.REMAINING ? 1 : i;
        }
    }

    private final ReadOnlyObjectWrapper<FigurePanel<?>> filled = new ReadOnlyObjectWrapper<>(this, "filled");
    private Cell cell;

    PaneMaximizer(List<FigurePanel<?>> panels) {
        for (FigurePanel<?> p : panels) {
            p.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    if (filled.get() == p) {
                        restore();
                    } else {
                        fill(p);
                    }
                    e.consume();
                }
            });
        }
    }

    /** Fills the grid the pane sits in with it. */
    void fill(FigurePanel<?> pane) {
        restore();
        if (!(pane.getParent() instanceof GridPane grid)) {
            return;
        }
        cell = Cell.of(pane);
        for (Node n : grid.getChildren()) {
            if (n != pane) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        GridPane.setConstraints(pane, 0, 0, Math.max(1, grid.getColumnConstraints().size()),
                Math.max(1, grid.getRowConstraints().size()));
        filled.set(pane);
    }

    /** Puts every pane back in its cell; returns whether one was filling the grid. */
    boolean restore() {
        FigurePanel<?> pane = filled.get();
        if (pane == null) {
            return false;
        }
        GridPane.setConstraints(pane, cell.column(), cell.row(), cell.columnSpan(), cell.rowSpan());
        for (Node n : ((GridPane) pane.getParent()).getChildren()) {
            n.setVisible(true);
            n.setManaged(true);
        }
        filled.set(null);
        return true;
    }

    /** The pane filling the grid; null when all are shown. */
    ReadOnlyObjectProperty<FigurePanel<?>> filledProperty() {
        return filled.getReadOnlyProperty();
    }
}
