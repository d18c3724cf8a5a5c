"""The palette (``neuronPalette``): a Neuron and a Layer to drag onto the canvas.

Each tile starts a real QDrag carrying its own MIME type (``gui.canvas.mime``), as PySide6's
``dragdroprobot`` example does; the canvas decides what a drop means. For the keyboard, a
focused tile does the same with Enter or Space: the neuron joins the selected neuron's layer,
the layer goes in front of the output. Below the tiles, how the other edits are done.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui import style
from gui.canvas import edit_actions, mime

ICON_SIZE = QSize(36, 36)


def _paint_neurons(painter: QPainter, centres: list[QPointF], radius: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(style.OUTLINE, 1.4))
    painter.setBrush(style.HIDDEN_FILL)
    for centre in centres:
        painter.drawEllipse(centre, radius, radius)


def neuron_icon() -> QPixmap:
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint_neurons(painter, [QPointF(18, 18)], 13)
    painter.setPen(style.LABEL)
    painter.drawText(QRectF(5, 5, 26, 26), Qt.AlignmentFlag.AlignCenter, "σ")
    painter.end()
    return pixmap


def layer_icon() -> QPixmap:
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#8c959f"), 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(9, 1, 18, 34), 6, 6)
    _paint_neurons(painter, [QPointF(18, 8), QPointF(18, 18), QPointF(18, 28)], 4.2)
    painter.end()
    return pixmap


class PaletteTile(QFrame):
    """One thing to drag: an icon, a name and what dropping it does."""

    def __init__(self, name: str, title: str, text: str, icon: QPixmap, make_data, activate,
                 parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.make_data, self.activate, self.icon = make_data, activate, icon
        self._press: QPoint | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.setStyleSheet(f"#{name} {{ background: #f6f8fa; border: 1px solid #d0d7de; "
                           f"border-radius: 8px; }} #{name}:focus {{ border: 2px solid "
                           f"#1f6feb; }}")
        picture = QLabel(self)
        picture.setPixmap(icon)
        words = QLabel(f"<b>{title}</b>", self)
        # The whole tile is the handle: a press on its words or its icon is the tile's (a
        # rich-text label would otherwise take the press for itself and no drag starts).
        for label in (picture, words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(picture)
        row.addWidget(words, 1)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < \
                QApplication.startDragDistance():
            return
        self._press = None
        self.start_drag()

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def start_drag(self) -> Qt.DropAction:
        drag = QDrag(self)
        drag.setMimeData(self.make_data())
        drag.setPixmap(self.icon)
        drag.setHotSpot(QPoint(self.icon.width() // 2, self.icon.height() // 2))
        return drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            event.accept()
            return
        super().keyPressEvent(event)


class NeuronPalette(QScrollArea):
    """The palette dock's content: a Neuron and a Layer tile and a short how-to. It scrolls,
    so a short window can still fit the docks beside it."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronPalette")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document = document
        content = QWidget(self)
        self.neuron_tile = PaletteTile(
            "paletteNeuron", self.tr("Neuron"),
            self.tr("Drop it on a hidden layer to add it there, or between two layers to "
                    "start a new hidden layer."),
            neuron_icon(), mime.new_neuron_data,
            lambda: edit_actions.add_neuron_near_selection(document), content)
        self.layer_tile = PaletteTile(
            "paletteLayer", self.tr("Layer"),
            self.tr("Drop it between two layers: a new hidden layer of {n} neurons.").format(
                n=mime.NEW_LAYER_UNITS),
            layer_icon(), mime.new_layer_data,
            lambda: document.add_hidden_layer(document.spec.n_layers,
                                              units=mime.NEW_LAYER_UNITS), content)
        how_to = QLabel(self.tr(
            "Drag a tile onto the canvas: a <b>Neuron</b> onto a hidden layer, a <b>Layer</b> "
            "between two layers."), content)
        how_to.setToolTip(self.tr(
            "<p>Drag a <b>Neuron</b> onto a hidden layer to add it there, or between two "
            "layers to start a new hidden layer; drag a <b>Layer</b> between two layers.</p>"
            "<p>Drag a hidden neuron to another hidden layer to move it; drag it off the "
            "canvas, press Delete or right-click it to remove it.</p>"
            "<p>− and + under a hidden layer resize it (1 to 64 neurons; up to 6 hidden "
            "layers).</p>"
            "<p>Click a layer's title to choose its activation σ, and the cost chip for the "
            "cost C.</p>"
            "<p>Double-click a connection or a neuron to type a weight wᵢⱼˡ or a bias bᵢˡ.</p>"
            "<p>Arrow keys walk the neurons; Enter edits the bias; the menu key opens the "
            "neuron's menu; Ctrl+Z undoes.</p>"))
        how_to.setWordWrap(True)
        how_to.setTextFormat(Qt.TextFormat.RichText)
        how_to.setStyleSheet("color: #57606a;")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 4)
        tiles = QHBoxLayout()
        tiles.addWidget(self.neuron_tile)
        tiles.addWidget(self.layer_tile)
        layout.addLayout(tiles)
        layout.addWidget(how_to)
        layout.addStretch(1)
        self.setWidget(content)
