"""The network drawn as the notes draw it: layer columns, neurons, every connection between
neighbouring layers and none within a layer or skipping one.

The scene is a view of the document: it rebuilds its items when the architecture changes and
recolours the edges when the weights change. Tooltips name each weight and bias in the notes'
notation, so hovering reads like the blackboard.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem

from gui import notation, style
from gui.canvas.items import NEURON_RADIUS, EdgeItem, FoldedLayerItem, NeuronItem

LAYER_SPACING = 190.0
NEURON_SPACING = 52.0
MAX_DRAWN_UNITS = 64
FOLDED_HEIGHT = 8 * NEURON_SPACING

ACTIVATION_SYMBOLS = {
    "step": "sgn", "sigmoid": "σ", "tanh": "tanh", "relu": "ReLU",
    "leaky_relu": "LReLU", "linear": "id", "softmax": "soft",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("NetworkScene", text)


def describe_network(spec) -> str:
    """The net in the notes' terms (perceptron, shallow, deep), layers counted by matrices."""
    hidden = len(spec.layers) - 1
    if hidden == 0:
        kind = tr("Single-layer perceptron")
    elif hidden == 1:
        kind = tr("Shallow network (1 hidden layer)")
    else:
        kind = tr("Deep network ({n} hidden layers)").format(n=hidden)
    sizes = [spec.n_inputs] + [layer.units for layer in spec.layers]
    parameters = sum(n_out * (n_in + 1) for n_in, n_out in itertools.pairwise(sizes))
    return tr("{kind} · {sizes} · L = {L} layers · {p} parameters").format(
        kind=kind, sizes="-".join(map(str, sizes)), L=len(spec.layers), p=f"{parameters:,}"
    )


class NetworkScene(QGraphicsScene):
    """Layer columns of neurons joined by weight-coloured edges, kept in step with a document."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.neurons: list[list[NeuronItem]] = []
        self.edges: list[dict[tuple[int, int], EdgeItem]] = []
        document.specChanged.connect(self.rebuild)
        document.weightsChanged.connect(self.refresh_weights)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        spec = self.document.spec
        sizes = [spec.n_inputs] + [layer.units for layer in spec.layers]
        self.neurons = [self._add_layer(layer, units) for layer, units in enumerate(sizes)]
        self.edges = [self._connect(layer) for layer in range(1, len(sizes))]
        self._add_headers(sizes)
        self.refresh_weights()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -30, 40, 30))

    def refresh_weights(self) -> None:
        network = self.document.network
        scale = max((float(np.max(np.abs(w))) for w in network.weights if w.size), default=1.0)
        for layer, edges in enumerate(self.edges, start=1):
            W = network.weights[layer - 1]
            for (i, j), edge in edges.items():
                edge.set_weight(float(W[i, j]), scale)
                edge.setToolTip(self._weight_tooltip(layer, i, j, float(W[i, j])))
        for layer, column in enumerate(self.neurons[1:], start=1):
            b = network.biases[layer - 1]
            for neuron in column:
                neuron.setToolTip(self._bias_tooltip(layer, neuron.index, float(b[neuron.index])))

    def _add_layer(self, layer: int, units: int) -> list[NeuronItem]:
        x = layer * LAYER_SPACING
        if units > MAX_DRAWN_UNITS:
            box = FoldedLayerItem(layer, units, FOLDED_HEIGHT)
            box.setPos(x, 0)
            box.setToolTip(tr("{n} neurons, drawn folded").format(n=f"{units:,}"))
            self.addItem(box)
            return []
        fill, symbol = self._look_of(layer)
        column = []
        for index in range(units):
            text = f"x{notation.sub(index + 1)}" if layer == 0 else symbol
            neuron = NeuronItem(layer, index, text, fill)
            neuron.setPos(x, (index - (units - 1) / 2) * NEURON_SPACING)
            self.addItem(neuron)
            column.append(neuron)
        return column

    def _look_of(self, layer: int):
        if layer == 0:
            return style.INPUT_FILL, ""
        activation = self.document.spec.layers[layer - 1].activation
        output = layer == len(self.document.spec.layers)
        fill = style.OUTPUT_FILL if output else style.HIDDEN_FILL
        return fill, ACTIVATION_SYMBOLS.get(activation, activation)

    def _connect(self, layer: int) -> dict[tuple[int, int], EdgeItem]:
        sources, dests = self.neurons[layer - 1], self.neurons[layer]
        if not sources or not dests:
            self._add_bundle(layer, sources, dests)
            return {}
        edges = {}
        for dest in dests:
            for source in sources:
                edge = EdgeItem(source, dest)
                self.addItem(edge)
                edges[(dest.index, source.index)] = edge
        return edges

    def _add_bundle(self, layer: int, sources, dests) -> None:
        """Connections to or from a folded layer: a fan of plain lines, one per drawn neuron."""
        left_x = (layer - 1) * LAYER_SPACING + NEURON_RADIUS
        right_x = layer * LAYER_SPACING - NEURON_RADIUS
        path = QPainterPath()
        ends = [QPointF(right_x, d.pos().y()) for d in dests] or [QPointF(right_x, 0)]
        starts = [QPointF(left_x, s.pos().y()) for s in sources] or [QPointF(left_x, 0)]
        for start in starts:
            for end in ends:
                path.moveTo(start)
                path.lineTo(end)
        bundle = QGraphicsPathItem(path)
        bundle.setPen(QPen(style.MUTED_LABEL, 0.4))
        rows, cols = self.document.network.weights[layer - 1].shape
        bundle.setToolTip(tr("{W}: {rows} × {cols} weights").format(
            W=notation.matrix_symbol(layer), rows=rows, cols=cols))
        self.addItem(bundle)

    def _add_headers(self, sizes: list[int]) -> None:
        tallest = max(FOLDED_HEIGHT if units > MAX_DRAWN_UNITS else units * NEURON_SPACING
                      for units in sizes)
        top = -tallest / 2 - 30
        bold = QFont()
        bold.setBold(True)
        for layer, units in enumerate(sizes):
            header = QGraphicsSimpleTextItem(self._layer_title(layer, units))
            header.setFont(bold)
            header.setBrush(style.LABEL)
            width = header.boundingRect().width()
            header.setPos(layer * LAYER_SPACING - width / 2, top)
            self.addItem(header)
        summary = QGraphicsSimpleTextItem(describe_network(self.document.spec))
        summary.setBrush(style.MUTED_LABEL)
        summary.setPos(-NEURON_RADIUS, top - 30)
        self.addItem(summary)

    def _layer_title(self, layer: int, units: int) -> str:
        if layer == 0:
            return tr("Input a⁰ ({n})").format(n=units)
        activation = self.document.spec.layers[layer - 1].activation
        if layer == len(self.document.spec.layers):
            return tr("Output a{l} · {act}").format(l=notation.sup(layer), act=activation)
        return tr("Hidden a{l} · {act}").format(l=notation.sup(layer), act=activation)

    @staticmethod
    def _weight_tooltip(layer: int, i: int, j: int, value: float) -> str:
        return tr("{w} = {v}\nfrom neuron {j} of layer {lp} to neuron {i} of layer {l}").format(
            w=notation.weight_symbol(layer, i, j), v=notation.format_number(value),
            j=j + 1, lp=layer - 1, i=i + 1, l=layer)

    @staticmethod
    def _bias_tooltip(layer: int, i: int, value: float) -> str:
        return tr("neuron {i} of layer {l}\n{b} = {v}   threshold θ = −b = {t}").format(
            i=i + 1, l=layer, b=notation.bias_symbol(layer, i), v=notation.format_number(value),
            t=notation.format_number(-value))
