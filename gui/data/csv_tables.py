"""The CSV dialog's two tables: the file's first rows, numbered by its lines, and the
target each encoded row is to give; their heights fixed to whole rows."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def fix_height(table: QTableWidget, rows: int) -> None:
    """``table`` exactly as high as its header, ``rows`` rows and a horizontal scroll bar."""
    table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                         + max(rows, 1) * table.verticalHeader().defaultSectionSize()
                         + table.horizontalScrollBar().sizeHint().height()
                         + 2 * table.frameWidth())


def fill_table(table: QTableWidget, preview) -> None:
    """``table`` showing ``preview``'s names and first rows, numbered by the file's lines
    (as the reader's messages say rows)."""
    rows, names = preview.rows, preview.names
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(len(names))
    table.setHorizontalHeaderLabels(list(names))
    if preview.lines:
        table.setVerticalHeaderLabels([str(line) for line in preview.lines])
    for r, row in enumerate(rows):
        for c, cell in enumerate(row[:len(names)]):
            table.setItem(r, c, QTableWidgetItem(cell))
    table.resizeColumnsToContents()


def target_cells(ds, rows: int) -> dict[str, list[str]]:
    """The target column(s) of the first ``rows`` samples as the preview shows them, by the
    target's name: class names for classes, numbers for a regression."""
    if ds.task == "classification" and len(ds.target_names) <= 1:
        name = ds.target_names[0] if ds.target_names else "class"
        return {name: [ds.class_names[k] for k in ds.labels()[:rows]]}
    names = next((given for given in (ds.target_names, ds.class_names)
                  if len(given) == ds.n_outputs), [f"y{j + 1}" for j in range(ds.n_outputs)])
    return {name: [f"{ds.Y[r, j]:.6g}" for r in range(rows)] for j, name in enumerate(names)}
