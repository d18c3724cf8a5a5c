"""Importing a CSV file: the first rows, a target column, the class counts, then accept.

The dialog reads the whole file again with ``read_csv`` whenever the choices change, so what
it shows (counts, dropped rows, or the engine's error naming row and column) is exactly what
accepting gives; OK stays disabled while the file cannot be read with those choices.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.datasets.csv_preview import peek
from engine.errors import DataError
from gui.data.class_counts import counts_html

ERROR_STYLE = "color: #b00020;"


class CsvImportDialog(QDialog):
    """Preview and options for one CSV file; ``dataset`` is the result once it reads."""

    def __init__(self, path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.preview = peek(path)
        self.path = self.preview.path
        self.dataset = None
        self.setWindowTitle(self.tr("Import CSV — {name}").format(name=self.path.name))
        self.table = self._table()
        self.target = QComboBox(objectName="targetCombo")
        self.target.addItems(list(self.preview.names))
        self.target.setCurrentIndex(len(self.preview.names) - 1)
        self.drop_missing = QCheckBox(self.tr("Drop rows with missing values"),
                                      objectName="dropMissing")
        self.summary = QLabel(objectName="csvSummary", wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this data"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Target column:"), self.target)
        form.addRow("", self.drop_missing)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("First rows of <b>{name}</b>:").format(
            name=self.path.name)))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self.reload)
        self.drop_missing.toggled.connect(self.reload)
        self.resize(620, 440)
        self.reload()

    def reload(self) -> None:
        """Read the file with the current choices; show the counts or the reason it fails."""
        from engine import datasets

        try:
            self.dataset = datasets.read_csv(self.path, target=self.target.currentText(),
                                             drop_missing=self.drop_missing.isChecked())
        except DataError as error:
            self.dataset = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(str(error))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self._describe(self.dataset))
        self._highlight_target()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.dataset is not None)

    def accept(self) -> None:
        if self.dataset is not None:
            super().accept()

    def _describe(self, ds) -> str:
        text = self.tr("{n} samples · {d} features · {task}").format(
            n=ds.n_samples, d=ds.n_features, task=self.tr(ds.task))
        if ds.dropped_rows:
            text += self.tr(" · {k} rows with missing values dropped").format(k=ds.dropped_rows)
        return f"{text}<br>{counts_html(ds)}"

    def _table(self) -> QTableWidget:
        rows, names = self.preview.rows, self.preview.names
        table = QTableWidget(len(rows), len(names), objectName="csvTable")
        table.setHorizontalHeaderLabels(list(names))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[:len(names)]):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        return table

    def _highlight_target(self) -> None:
        target = self.target.currentIndex()
        for c in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(c)
            font = item.font()
            font.setBold(c == target)
            item.setFont(font)
