"""Numbers written on the canvas: a stage of the backpropagation stepper, or a training run's
live a, z or δ of one sample.

An ``Overlay`` says what to write: a text per neuron, the layer to highlight, and optionally
a matrix to draw one layer's connections by (∂C/∂Wˡ during the stepper's gradient stage: colour
its sign, width its size). The scene draws it with ``NumberTag`` items beside the neurons and a
``LayerBand`` behind the highlighted column; ``None`` takes it all away again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui import style

TAG_FILL = QColor(255, 255, 255, 235)
TAG_LINE = QColor("#8c959f")
BAND_FILL = QColor(255, 214, 102, 70)
BAND_LINE = QColor(212, 167, 44, 160)
#: how far the band around a layer reaches under its last neuron's edge (its − + buttons)
BAND_BELOW = 34


@dataclass(frozen=True)
class Overlay:
    """``texts[(l, i)]``: what to write beside neuron i of layer l; ``layer``: the column to
    highlight (None: none); ``edges``: (l, matrix of layer l's shape) to draw layer l's
    connections by instead of their weights, which are ``edges_kind`` ("gradient": ∂C/∂Wˡ,
    "update": the new Wˡ, "perceptron_update": the new Wˡ by the perceptron rule), as the
    colour key says; ``title``: a caption over the picture."""

    texts: dict = field(default_factory=dict)
    layer: int | None = None
    edges: tuple[int, np.ndarray] | None = None
    title: str = ""
    edges_kind: str = "gradient"


class NumberTag(QGraphicsItem):
    """A small rounded label with one or two short lines, centred on its position."""

    PADDING = 3.0

    def __init__(self, text: str, accent: QColor | None = None):
        super().__init__()
        self.font = QFont()
        self.font.setPointSizeF(style.canvas_text(8.5))
        self.accent = accent or TAG_LINE
        self.text = ""
        self.set_text(text)
        self.setZValue(4)

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.prepareGeometryChange()
        self.text, self.lines = text, text.split("\n")
        metrics = QFontMetricsF(self.font)
        width = max(metrics.horizontalAdvance(line) for line in self.lines)
        height = metrics.height() * len(self.lines)
        self.rect = QRectF(-width / 2 - self.PADDING, -height / 2 - self.PADDING,
                           width + 2 * self.PADDING, height + 2 * self.PADDING)
        self.line_height = metrics.height()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.accent, 1.0))
        painter.setBrush(QBrush(TAG_FILL))
        painter.drawRoundedRect(self.rect, 4, 4)
        painter.setFont(self.font)
        painter.setPen(style.LABEL)
        top = self.rect.top() + self.PADDING
        for k, line in enumerate(self.lines):
            painter.drawText(QRectF(self.rect.left(), top + k * self.line_height,
                                    self.rect.width(), self.line_height),
                             Qt.AlignmentFlag.AlignCenter, line)


class LayerBand(QGraphicsItem):
    """A soft band behind the layer a stage is about."""

    def __init__(self, rect: QRectF):
        super().__init__()
        self.rect = rect
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(BAND_LINE, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(BAND_FILL))
        painter.drawRoundedRect(self.rect, 14, 14)


class OverlayLayer:
    """The items of the overlay on one scene: made by ``show``, removed by ``show(None)`` or
    when the scene is rebuilt (the scene then shows the overlay again on its new items)."""

    def __init__(self, scene):
        self.scene = scene
        self.overlay: Overlay | None = None
        self.items: list[QGraphicsItem] = []
        self.tags: dict[tuple[int, int], NumberTag] = {}
        #: where each output name stood before a tag pushed it right (by the neuron's index)
        self.label_homes: dict[int, float] = {}

    def show(self, overlay: Overlay | None) -> None:
        old = self.overlay
        if (overlay is not None and old is not None and self.items
                and overlay.texts.keys() == old.texts.keys() and overlay.layer == old.layer):
            # the same neurons again (a run's next frame): new texts in the same tags
            self.overlay = overlay
            for key, text in overlay.texts.items():
                if key in self.tags:
                    self.tags[key].set_text(text)
                    self._place(key, self.tags[key])
            return
        self.clear()
        self.overlay = overlay
        if overlay is None:
            self.scene.fit_rect()
            return
        from gui.canvas import layout

        scene = self.scene
        for (l, i), text in overlay.texts.items():
            neuron = scene.neuron_item(l, i)
            if neuron is None:
                continue
            tag = NumberTag(text)
            self._place((l, i), tag)
            self.tags[(l, i)] = tag
            self._add(tag)
        if overlay.layer is not None and overlay.layer < len(scene.neurons):
            column = scene.neurons[overlay.layer]
            x = layout.column_x(overlay.layer)
            if column:
                top = column[0].pos().y() - column[0].radius - 12
                bottom = column[-1].pos().y() + column[-1].radius + BAND_BELOW
            else:
                top, bottom = -120.0, 120.0
            self._add(LayerBand(QRectF(x - layout.COLUMN_HALF_WIDTH, top,
                                       2 * layout.COLUMN_HALF_WIDTH, bottom - top)))
        # the tags and the names they pushed right reach beyond the net: the fit takes them
        self.scene.fit_rect()

    def _place(self, key: tuple[int, int], tag: NumberTag) -> None:
        """Beside the neuron, to its right: below it the next neuron would be covered. An
        output neuron's class or target name moves right of the tag, out from under it."""
        neuron = self.scene.neuron_item(*key)
        tag.setPos(neuron.pos().x() + neuron.radius + tag.rect.width() / 2 + 3,
                   neuron.pos().y())
        label = self._output_label(key)
        if label is not None:
            home = self.label_homes.setdefault(key[1], label.x())
            label.setX(max(home, tag.pos().x() + tag.rect.right() + 6))

    def _output_label(self, key: tuple[int, int]):
        if key[0] != len(self.scene.neurons) - 1:
            return None
        label = self.scene.decor.output_labels.get(key[1])
        return label if label is not None and label.scene() is self.scene else None

    def edges_kind(self) -> str | None:
        """What the connections drawn by another matrix show ("gradient", "update")."""
        overlay = self.overlay
        return None if overlay is None or overlay.edges is None else overlay.edges_kind

    def edge_matrix(self, layer: int) -> np.ndarray | None:
        """The matrix layer ``layer``'s connections are drawn by now, if not its weights."""
        overlay = self.overlay
        if overlay is None or overlay.edges is None or overlay.edges[0] != layer:
            return None
        return overlay.edges[1]

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        for index, home in self.label_homes.items():
            label = self._output_label((len(self.scene.neurons) - 1, index))
            if label is not None:
                label.setX(home)
        self.items, self.tags, self.label_homes = [], {}, {}

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self.items.append(item)
