"""The inspector (``inspectorPanel``): what the network is made of, and the selected neuron.

The top part follows the notes layer by layer: layer 0 is the input a⁰ = x; each layer l ≥ 1
has Nₗ neurons, the matrix Wˡ of shape (Nₗ, Nₗ₋₁), the bias vector bˡ and an activation σ; the
net has one cost C, chosen here. The bottom part (``NeuronInspector``) shows the neuron clicked
on the canvas with the numbers of one sample's forward and backward pass.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import notation
from gui.canvas.decorations import describe_network
from gui.canvas.menus import cost_label
from gui.panels.neuron_inspector import NeuronInspector, fit_table_height, refused_reasons

COSTS = ("mse", "bce", "cce")


class InspectorPanel(QScrollArea):
    """The layer table and cost of the document's net, and the selected neuron below; the
    whole panel scrolls, so it fits a short dock."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document = document
        content = QWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.cost = QComboBox(self)
        self.cost.setObjectName("costCombo")
        for name in COSTS:
            self.cost.addItem(cost_label(name), name)
        self.cost.setToolTip(self.tr("The cost C the training lowers"))
        self.cost.activated.connect(self._cost_chosen)
        self.cost_message = QLabel(self)
        self.cost_message.setObjectName("costMessage")
        self.cost_message.setWordWrap(True)
        self.cost_message.setStyleSheet("color: #cf222e;")
        self.cost_message.hide()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layer l"), "Nₗ", self.tr("Activation σ"), self.tr("Weights")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.neuron = NeuronInspector(document, self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(self.tr("Cost C"), self.cost)
        layout.addLayout(form)
        layout.addWidget(self.cost_message)
        layout.addWidget(self.neuron)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.setWidget(content)
        document.specChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        spec = self.document.spec
        self.summary.setText(describe_network(spec))
        self.cost.setCurrentIndex(COSTS.index(spec.loss) if spec.loss in COSTS else -1)
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
        fit_table_height(self.table, 8)

    def _cost_chosen(self, index: int) -> None:
        loss = self.cost.itemData(index)
        if loss == self.document.spec.loss:
            return
        done, reasons = refused_reasons(self.document, lambda: self.document.set_loss(loss))
        self.cost_message.setText("" if done else self.tr("{c} is not possible here: {why}")
                                  .format(c=loss, why=" ".join(reasons)))
        self.cost_message.setVisible(not done)
        if not done:
            self.refresh()
