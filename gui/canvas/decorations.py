"""Everything on the canvas that is not a drawn neuron or connection: the net's description in
the notes' terms, the layer headers (which open the layer menus), the +/− buttons, the cost
chip, the names of inputs and outputs, the colour legend, a hint for an empty net, and the
folded layers with their bundles of lines.
"""

from __future__ import annotations

import itertools
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from engine import architecture as arch
from engine import notation
from engine.datasets.sources import shown_names
from gui import style
from gui.canvas import layout
from gui.canvas.items import INPUT_LABEL_ROOM, FoldedLayerItem, edge_colours
from gui.canvas.layer_items import ButtonItem, ChipItem, TextBlockItem
from gui.canvas.overlay import BAND_BELOW

ACTIVATION_SYMBOLS = {
    "step": "H", "sigmoid": "σ", "tanh": "tanh", "relu": "ReLU",
    "leaky_relu": "LReLU", "linear": "lin", "softmax": "softmax",  # "soft" read as cut
}
#: names longer than this are cut short beside the neurons (the whole name is the tooltip)
LABEL_CHARS = 20
#: the least room between two layers' cards, in scene units
CARD_GAP = 10


def describe_network(spec) -> str:
    """The net in the notes' terms (perceptron, shallow, deep), layers counted by matrices."""
    hidden = len(spec.layers) - 1
    if hidden == 0:
        kind = QCoreApplication.translate("NetworkScene", "Single-layer perceptron")
    elif hidden == 1:
        kind = QCoreApplication.translate("NetworkScene", "Shallow network (1 hidden layer)")
    else:
        kind = QCoreApplication.translate(
            "NetworkScene", "Deep network ({n} hidden layers)").format(n=hidden)
    sizes = [spec.n_inputs] + [layer.units for layer in spec.layers]
    parameters = sum(n_out * (n_in + 1) for n_in, n_out in itertools.pairwise(sizes))
    L = len(spec.layers)
    if L == 1:
        text = QCoreApplication.translate(
            "NetworkScene", "{kind} · {sizes} · L = {L} layer · {p} parameters")
    else:
        text = QCoreApplication.translate(
            "NetworkScene", "{kind} · {sizes} · L = {L} layers · {p} parameters")
    return text.format(kind=kind, sizes="-".join(map(str, sizes)), L=L, p=f"{parameters:,}")


def input_symbol(document, index: int) -> str:
    """The name input neuron ``index`` is drawn with: its input feature (x₁², sin x₁, …)
    when the network takes input features, else xⱼ."""
    features = document.features
    if features is not None and index < features.n_features:
        return features.display_names[index]
    return f"x{notation.sub(index + 1)}"


def look_of(spec, layer: int):
    """(fill colour, symbol inside the circle) of layer ``layer``'s neurons."""
    if layer == 0:
        return style.INPUT_FILL, ""
    activation = spec.layers[layer - 1].activation
    fill = style.OUTPUT_FILL if layer == spec.n_layers else style.HIDDEN_FILL
    return fill, ACTIVATION_SYMBOLS.get(activation, activation)


#: how far under the last input neuron's edge the no-hidden-layer hint starts: below the
#: stepper's layer band and the − + buttons' row
HINT_BELOW_INPUTS = BAND_BELOW + 6


def _elided(text: str) -> str:
    """``text`` within LABEL_CHARS; a one-hot feature ("neighbourhood=Riverside") keeps its
    category whole and shortens its column ("neighbou…=Riverside"): cut at the end, three
    neighbourhoods all read "neighbourhood=…" (tester)."""
    if len(text) <= LABEL_CHARS:
        return text
    column, equals, category = text.rpartition("=")
    if equals and column and len(category) + 3 <= LABEL_CHARS:
        return column[:LABEL_CHARS - len(category) - 2] + "…=" + category
    return text[:LABEL_CHARS - 1] + "…"


class Decorations:
    """Builds the decorations of one picture and keeps the few that change with the weights."""

    def __init__(self):
        #: the folded layers' boxes and their bundles of lines, held for the scene's life
        self.folded: list = []
        self.bundles: list = []
        self.headers: dict[int, ChipItem] = {}
        self.buttons: dict[int, tuple[ButtonItem, ButtonItem]] = {}
        self.cost_chip: ChipItem | None = None
        self.legend: LegendItem | None = None
        self.summary: TextBlockItem | None = None
        #: the class or target name right of each output neuron (by its index), which the
        #: numbers on the neurons push further right (``overlay.OverlayLayer``)
        self.output_labels: dict[int, QGraphicsSimpleTextItem] = {}

    def build(self, scene, document) -> None:
        self.output_labels = {}
        spec = document.spec
        sizes = spec.sizes
        tallest = max(layout.column_height(l, n) for l, n in enumerate(sizes))
        top, bottom = -tallest / 2, tallest / 2
        self.headers = {layer: self._header(scene, document, layer, top)
                        for layer in range(len(sizes))}
        self.buttons = {layer: self._buttons(scene, document, layer, bottom)
                        for layer in range(1, spec.n_layers)}
        self.cost_chip = ChipItem(QCoreApplication.translate(
            "NetworkScene", "Cost C: {c} ▾").format(c=spec.loss),
                                  _cost_name(spec.loss), scene.show_cost_menu)
        self.cost_chip.setToolTip(QCoreApplication.translate(
            "NetworkScene", "The cost the net is trained to lower; click to change"))
        self.cost_chip.setPos(layout.column_x(spec.n_layers), bottom + 16)
        scene.addItem(self.cost_chip)
        self._labels(scene, document)
        left = layout.column_x(0) - 70
        self.summary = TextBlockItem([describe_network(spec)], bold_first=True)
        self.summary.setPos(left, top - 122)
        below = self._empty_hint(scene) + 8 if spec.n_layers == 1 else 0.0
        self.legend = LegendItem()
        # below the cost chip, however tall its type (at 200 % the chip's second line ran
        # over the legend's, tester)
        chip_bottom = self.cost_chip.sceneBoundingRect().bottom()
        self.legend.setPos(left, max(bottom + 72 + below, chip_bottom + LEGEND_GAP))
        if layout.grown() > 1:
            # On a projector the drawing is fitted to the canvas: a header or a legend wider
            # than the net made the whole of it smaller, so they keep to the net's width
            # (the header on two lines, the legend's line wrapped).
            width = self._drawn_right(scene) - left
            if self.summary.width > width:
                self.summary = TextBlockItem(_header_lines(describe_network(spec)),
                                             bold_first=True)
                self.summary.setPos(left, top - 122 - self.summary.heights[0])
            self.legend.set_width(min(self.legend.width, width))
        scene.addItem(self.summary)
        scene.addItem(self.legend)

    def set_scale(self, scale: float) -> None:
        if self.legend is not None:
            self.legend.set_scale(scale)

    def set_redrawn_layer(self, layer: int | None, kind: str | None = None,
                          scale: float = 0.0) -> None:
        """Layer ``layer``'s connections show another matrix on their own scale, up to
        ``scale``: ∂C/∂Wˡ (``kind`` "gradient") or the new Wˡ ("update"), the stepper's
        stages; None: every connection shows its weight."""
        if self.legend is not None:
            self.legend.set_redrawn_layer(layer, kind, scale)

    def set_maps_explained(self, shown: bool) -> None:
        if self.legend is not None:
            self.legend.set_maps_explained(shown)

    def _header(self, scene, document, layer: int, top: float) -> ChipItem:
        spec = document.spec
        units = spec.sizes[layer]
        if units == 1:
            count = QCoreApplication.translate("NetworkScene", "1 neuron")
        else:
            count = QCoreApplication.translate("NetworkScene", "{n} neurons").format(n=units)
        if layer == 0:
            features = (QCoreApplication.translate("NetworkScene", "{n} features").format(n=units)
                        if units != 1 else QCoreApplication.translate("NetworkScene", "1 feature"))
            chip = ChipItem(QCoreApplication.translate("NetworkScene", "Input a⁰ = x"), features)
            chip.setToolTip(QCoreApplication.translate(
                "NetworkScene", "One input per feature of the data: its size follows the data"))
        else:
            kind = (QCoreApplication.translate("NetworkScene", "Output") if layer == spec.n_layers
                    else QCoreApplication.translate("NetworkScene", "Hidden"))
            activation = spec.layers[layer - 1].activation
            title, menu = f"{kind} a{notation.sup(layer)}", (
                lambda pos, layer=layer: scene.show_layer_menu(layer, pos))
            chip = ChipItem(title, f"{activation} ▾ · {count}", menu)
            if chip.rect.width() > layout.LAYER_SPACING - CARD_GAP:
                # wider than the columns are apart (Chinese, deep nets): the neurons' count on
                # a line of its own, so neighbouring cards do not touch (tester)
                chip = ChipItem(title, f"{activation} ▾\n{count}", menu)
            chip.setToolTip(QCoreApplication.translate(
                "NetworkScene", "Layer {l}: click to choose its activation σ").format(l=layer))
        chip.setPos(layout.column_x(layer), top - 74)
        scene.addItem(chip)
        return chip

    def _buttons(self, scene, document, layer: int, bottom: float):
        spec = document.spec
        units = spec.layers[layer - 1].units
        x = layout.column_x(layer)
        minus = ButtonItem("−", lambda: document.remove_neuron(layer, units - 1),
                           enabled=units > 1)
        minus.setToolTip(QCoreApplication.translate(
            "NetworkScene", "Remove the last neuron of layer {l}").format(l=layer))
        plus = ButtonItem("+", lambda: document.add_neuron(layer),
                          enabled=units < arch.MAX_HIDDEN_UNITS)
        plus.setToolTip(QCoreApplication.translate(
            "NetworkScene", "Add a neuron to layer {l}").format(l=layer))
        for button, dx in ((minus, -15), (plus, 15)):
            button.anchor = (layer, button.text)
            button.setPos(x + dx, bottom + 30)
            scene.addItem(button)
        return minus, plus

    def _labels(self, scene, document) -> None:
        """Feature names left of the inputs, class or target names right of the outputs."""
        data = document.dataset
        inputs = scene.neurons[0]
        if inputs and len(data.feature_names) == len(inputs) and document.features is None:
            for j, (neuron, name) in enumerate(zip(inputs, shown_names(data, data.feature_names),
                                                   strict=True)):
                if name.lower() != f"x{j + 1}":  # x1 beside x₁ says nothing new
                    self._label(scene, name, neuron, right=False)
        outputs = scene.neurons[-1]
        if not outputs or data.n_outputs != len(outputs):
            return
        classes = shown_names(data, data.class_names)
        if data.task == "classification" and len(outputs) == 1 and len(classes) == 2:
            # a sigmoid gives the second class's probability; an M-P neuron's 0 or 1 is none
            second, activation = classes[1], document.spec.layers[-1].activation
            if activation == "sigmoid":
                names = [QCoreApplication.translate("NetworkScene", "P({c})").format(c=second)]
            elif data.class_names == ("0", "1"):  # its 0 or 1 is the class itself
                return
            else:
                names = [QCoreApplication.translate("NetworkScene", "1 = {c}").format(
                    c=second)]
        elif data.task == "classification":
            names = classes
        else:
            names = list(data.target_names)
        if len(names) == len(outputs):
            for neuron, name in zip(outputs, names, strict=True):
                self.output_labels[neuron.index] = self._label(scene, name, neuron, right=True)

    @staticmethod
    def _label(scene, name: str, neuron, right: bool) -> QGraphicsSimpleTextItem:
        label = QGraphicsSimpleTextItem(_elided(name))
        if label.text() != name:
            label.setToolTip(name)
        label.setBrush(style.MUTED_LABEL)
        rect = label.boundingRect()
        # an input's own symbol (x₁) may be drawn beside it, left of the neuron: the data's
        # name for it goes further out, so the two never overlap
        gap = neuron.radius + (8 if right else INPUT_LABEL_ROOM + 4)
        x = neuron.pos().x() + gap if right else neuron.pos().x() - gap - rect.width()
        label.setPos(x, neuron.pos().y() - rect.height() / 2)
        scene.addItem(label)
        return label

    @staticmethod
    def _empty_hint(scene) -> float:
        """The hint where a hidden layer would go; its height (the legend goes below it)."""
        hint = QGraphicsTextItem(QCoreApplication.translate(
            "NetworkScene", "No hidden layer: drop a Neuron or a Layer from the "
                            "palette (View ▸ Palette) here to add one"))
        hint.setDefaultTextColor(style.MUTED_LABEL)
        hint.setZValue(2)  # over the connections that may pass behind it
        hint.setTextWidth(layout.LAYER_SPACING - 2 * layout.COLUMN_HALF_WIDTH + 30)
        rect = hint.boundingRect()
        # under the inputs and the gap, clear of the layer titles above and of the cost chip
        # under the output column
        inputs = scene.neurons[0]
        if inputs:
            bottom = max(item.pos().y() for item in inputs) + layout.radius(len(inputs))
        else:  # folded into one box (an image's pixels): under the box, not amid its lines
            bottom = layout.folded_height() / 2
        right = layout.LAYER_SPACING - layout.COLUMN_HALF_WIDTH - 20
        # below the band the stepper draws around the input column (it reaches
        # ``HINT_BELOW_INPUTS`` under its last neuron): the hint was written over it
        hint.setPos(right - rect.width(), bottom + HINT_BELOW_INPUTS)
        scene.addItem(hint)
        return max(0.0, bottom + HINT_BELOW_INPUTS + rect.height() - (bottom + 72))

    # -- folded layers --------------------------------------------------------------------------
    def forget_items(self) -> None:
        """The scene was cleared: the folded boxes and bundles went with it."""
        self.folded, self.bundles = [], []

    def add_folded(self, scene, document, layer: int, units: int) -> None:
        fill, _ = look_of(document.spec, layer)
        shape = document.dataset.image_shape
        if layer == 0 and shape is not None and shape[0] * shape[1] == units:
            label = QCoreApplication.translate(
                "NetworkScene", "{n} inputs · {h} × {w} image").format(
                    n=f"{units:,}", h=shape[0], w=shape[1])
        elif layer == 0:
            label = QCoreApplication.translate("NetworkScene", "{n} inputs").format(n=f"{units:,}")
        else:
            label = QCoreApplication.translate("NetworkScene", "{n} neurons").format(n=f"{units:,}")
        box = FoldedLayerItem(layer, units, layout.folded_height(), fill, label)
        box.setPos(layout.column_x(layer), 0)
        box.setToolTip(QCoreApplication.translate(
            "NetworkScene", "{n} neurons, drawn folded").format(n=f"{units:,}"))
        scene.addItem(box)
        # held here: PySide let an item with no Python reference go when the scene's items
        # were listed (the folded input box vanished in classroom mode)
        self.folded.append(box)

    def add_bundle(self, scene, document, layer: int, sources, dests) -> None:
        """Connections to or from a folded layer: a fan of thin lines, one per drawn neuron."""
        left_x = layout.column_x(layer - 1) + layout.radius(1)
        right_x = layout.column_x(layer) - layout.radius(1)
        ends = [QPointF(right_x, d.pos().y()) for d in dests] or [
            QPointF(right_x, y) for y in _fold_points()]
        starts = [QPointF(left_x, s.pos().y()) for s in sources] or [
            QPointF(left_x, y) for y in _fold_points()]
        path = QPainterPath()
        for start, end in itertools.product(starts, ends):
            path.moveTo(start)
            path.lineTo(end)
        bundle = QGraphicsPathItem(path)
        bundle.setPen(QPen(style.MUTED_LABEL, 0.35))
        rows, cols = document.network.weights[layer - 1].shape
        bundle.setToolTip(QCoreApplication.translate(
            "NetworkScene", "{W}: {rows} × {cols} weights").format(
            W=notation.matrix_symbol(layer), rows=rows, cols=cols))
        scene.addItem(bundle)
        self.bundles.append(bundle)

    def _drawn_right(self, scene) -> float:
        """The right edge of the net as drawn so far: its neurons and folded boxes, the layer
        cards, the cost chip and the output labels."""
        items = [*(n for column in scene.neurons for n in column), *self.folded,
                 *self.headers.values(), *self.output_labels.values(), self.cost_chip]
        return max((item.sceneBoundingRect().right() for item in items if item is not None),
                   default=0.0)


#: the least room between the cost chip and the legend below it, in scene pixels
LEGEND_GAP = 8.0


def _header_lines(text: str) -> list[str]:
    """The header on two lines: the kind of net, then its sizes and counts."""
    kind, _, rest = text.partition(" · ")
    return [kind, rest] if rest else [text]


def _fold_points() -> list[float]:
    """Where lines meet a folded box: spread over its height, like the neurons it stands for."""
    half = layout.folded_height() / 2 - 14
    return [-half + 2 * half * k / 8 for k in range(9)]


def _cost_name(loss: str) -> str:
    return {"mse": QCoreApplication.translate("NetworkScene", "mean squared error"),
            "bce": QCoreApplication.translate("NetworkScene", "binary cross-entropy"),
            "cce": QCoreApplication.translate("NetworkScene", "categorical cross-entropy"),
            }.get(loss, loss)


@cache
def _colour_bar() -> QImage:
    """The diverging map as a one-pixel-high picture, one pixel per colour step: the legend's
    bar, stretched (drawn anew with every new largest |w|, so it must be cheap)."""
    colours = edge_colours()
    image = QImage(len(colours), 1, QImage.Format.Format_RGB32)
    for k, colour in enumerate(colours):
        image.setPixelColor(k, 0, colour)
    return image


class LegendItem(QGraphicsItem):
    """The diverging colour scale of weights and biases, with the current largest |w|, and
    two short lines on how to read and edit the picture."""

    BAR = QRectF(0, 0, 160, 10)
    WIDTH = 540.0

    def __init__(self):
        super().__init__()
        self.scale = 0.0
        self.font = QFont()
        self.font.setPointSizeF(style.canvas_text(9.0))
        # as wide as the net has grown (classroom mode), so its lines wrap as they normally do
        self.width = self.WIDTH * layout.grown()
        self.lines = [
            QCoreApplication.translate(
                "NetworkScene", "colour: sign of wᵢⱼˡ (and of bᵢˡ on the ring) · width: its size"),
            QCoreApplication.translate(
                "NetworkScene", "double-click a connection or neuron to type a value; drag a "
                                "hidden neuron to move it, or off the canvas to remove it"),
        ]
        self.maps_line = QCoreApplication.translate(
            "NetworkScene", "inside a neuron: its output aᵢˡ over the plane of x₁ and x₂ "
                            "(View ▸ Neuron Output Maps)")
        self.maps_explained = False
        #: what a layer drawn by another matrix (the stepper's gradient and update stages)
        #: shows, "" when every connection shows its weight
        self.gradient_line = ""
        if layout.grown() > 1:
            # on a projector (classroom mode) only how to read the colours: the lines on
            # editing and the maps took a fifth of the canvas's height from the net
            self.lines, self.maps_line = self.lines[:1], ""
        metrics = QFontMetricsF(self.font)
        self.number_height = metrics.height() + 2
        self.text_height = self._measured_height()
        #: the bar and its numbers below it (92 keeps the normal window's room for the lines)
        self.least_height = 92.0 if len(self.lines) > 1 else (
            self.BAR.height() + self.number_height + 6)

    def _shown_lines(self) -> list[str]:
        lines = self.lines[:1] + [self.maps_line] * (self.maps_explained
                                                      and bool(self.maps_line)) + self.lines[1:]
        if self.gradient_line:  # in the lines' place for the moment: the room is theirs
            lines = [self.lines[0], self.gradient_line]
        return lines

    def _text_rect_width(self) -> float:
        return self.width - self.BAR.width() - 44

    def _measured_height(self) -> float:
        """The lines' height at the canvas's type size (larger in classroom mode), wrapped
        at the legend's width: every line that may show, so none is cut (the stepper's
        "layer 2's connections now: …" wraps on a projector)."""
        lines = [*self.lines, self.maps_line] if not self.gradient_line else \
            self._shown_lines()
        return QFontMetricsF(self.font).boundingRect(
            QRectF(0, 0, self._text_rect_width(), 1e4),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, "\n".join(lines)).height()

    def _remeasure(self) -> None:
        height = self._measured_height()
        if height != self.text_height:
            self.prepareGeometryChange()
            self.text_height = height

    def set_width(self, width: float) -> None:
        """Wrap the lines at ``width`` (the net's, on a projector), the bar kept whole."""
        width = max(width, self.BAR.width() + 44 + 120)
        if width != self.width:
            self.prepareGeometryChange()
            self.width = width
            self.text_height = self._measured_height()

    def set_redrawn_layer(self, layer: int | None, kind: str | None, scale: float) -> None:
        """Say what layer ``layer``'s connections are coloured by when it is not the weights
        the bar's numbers are of: ∂C/∂wᵢⱼˡ, or the weights after the update (None: none)."""
        if layer is None:
            line = ""
        elif kind == "update":
            line = QCoreApplication.translate(
                "NetworkScene", "layer {l}'s connections now: the updated weights "
                "w{ij}{sup_l} ← w{ij}{sup_l} − η ∂C/∂w{ij}{sup_l}, up to {scale}")
        elif kind == "perceptron_update":
            line = QCoreApplication.translate(
                "NetworkScene", "layer {l}'s connections now: the weights after the perceptron "
                "rule w{ij}{sup_l} ← w{ij}{sup_l} + η(yᵢ − aᵢ)xⱼ, up to {scale}")
        else:
            line = QCoreApplication.translate(
                "NetworkScene", "layer {l}'s connections now: sign and size of "
                "∂C/∂w{ij}{sup_l}, up to {scale} (not the weights)")
        if line:
            line = line.format(l=layer, ij="ᵢⱼ", sup_l=notation.sup(layer),
                               scale=notation.format_number(scale))
        if line != self.gradient_line:
            self.gradient_line = line
            self._remeasure()
            self.update()

    def set_maps_explained(self, shown: bool) -> None:
        if shown != self.maps_explained:
            self.maps_explained = shown
            self.update()

    def set_scale(self, scale: float) -> None:
        if notation.format_number(scale) != notation.format_number(self.scale):
            self.scale = scale
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-32, -2, self.width + 34, max(self.least_height, self.text_height + 6))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.BAR, _colour_bar())
        painter.setFont(self.font)
        painter.setPen(style.LABEL)
        s = notation.format_number(self.scale)
        below = QRectF(self.BAR.left() - 30, self.BAR.bottom() + 1, self.BAR.width() + 60,
                       self.number_height)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, f"−{s}")
        painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, "0")
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, f"+{s}")
        painter.setPen(style.MUTED_LABEL)
        text = QRectF(self.BAR.right() + 44, -3, self._text_rect_width(),
                      max(self.least_height - 2, self.text_height + 4))
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         "\n".join(self._shown_lines()))
