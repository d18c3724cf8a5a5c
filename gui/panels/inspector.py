"""The inspector (``inspectorPanel``): what the network is made of, layer by layer.

Rows follow the notes: layer 0 is the input a⁰ = x; each layer l ≥ 1 has Nₗ neurons, the
matrix Wˡ of shape (Nₗ, Nₗ₋₁), the bias vector bˡ and an activation σ.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import notation
from gui.canvas.scene import describe_network


class InspectorPanel(QWidget):
    """A read-only table of the document's layers, kept in step with its spec."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.document = document
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layer l"), "Nₗ", self.tr("Activation σ"), self.tr("Weights")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        document.specChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        spec = self.document.spec
        self.summary.setText(describe_network(spec))
        sizes = [spec.n_inputs] + [layer.units for layer in spec.layers]
        self.table.setRowCount(len(sizes))
        for l, units in enumerate(sizes):
            if l == 0:
                row = [self.tr("0 · input"), str(units), "—", "—"]
            else:
                kind = self.tr("output") if l == len(spec.layers) else self.tr("hidden")
                row = [f"{l} · {kind}", str(units), spec.layers[l - 1].activation,
                       f"{notation.matrix_symbol(l)}: {units} × {sizes[l - 1]}"]
            for column, text in enumerate(row):
                self.table.setItem(l, column, QTableWidgetItem(text))
