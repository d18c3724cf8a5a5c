"""The canvas's graphics items: a neuron, a connection, a layer's header.

Items follow PySide6's ``elasticnodes`` example: a neuron knows its edges and tells them when
it moves (``ItemSendsGeometryChanges``), an edge calls ``prepareGeometryChange`` before its
shape changes. Items draw what the document says; they keep no model state of their own
beyond the indices that name what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from gui import style

NEURON_RADIUS = 17.0


class NeuronItem(QGraphicsObject):
    """Neuron ``index`` (0-based) of layer ``layer`` (0 = input), drawn as a labelled circle."""

    def __init__(self, layer: int, index: int, symbol: str, fill):
        super().__init__()
        self.layer = layer
        self.index = index
        self.symbol = symbol
        self.fill = fill
        self.edges: list[EdgeItem] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def add_edge(self, edge: EdgeItem) -> None:
        self.edges.append(edge)

    def boundingRect(self) -> QRectF:
        r = NEURON_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), NEURON_RADIUS, NEURON_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = style.SELECTED_OUTLINE if self.isSelected() else style.OUTLINE
        painter.setPen(QPen(outline, 2.5 if self.isSelected() else 1.4))
        painter.setBrush(QBrush(self.fill))
        painter.drawEllipse(QPointF(0, 0), NEURON_RADIUS, NEURON_RADIUS)
        painter.setPen(style.LABEL)
        font = QFont(painter.font())
        font.setPointSizeF(8.5 if len(self.symbol) > 2 else 10.5)
        painter.setFont(font)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.symbol)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)


class EdgeItem(QGraphicsItem):
    """The connection wᵢⱼˡ from ``source`` (layer l-1) to ``dest`` (layer l).

    Its colour gives the weight's sign and its width the weight's size relative to the
    largest weight in the net, so the picture reads like the matrix.
    """

    MIN_WIDTH = 0.6
    MAX_WIDTH = 5.0

    def __init__(self, source: NeuronItem, dest: NeuronItem):
        super().__init__()
        self.source = source
        self.dest = dest
        self.weight = 0.0
        self.scale = 1.0
        self.line = QLineF()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        source.add_edge(self)
        dest.add_edge(self)
        self.adjust()

    def set_weight(self, weight: float, scale: float) -> None:
        self.weight = weight
        self.scale = scale
        self.prepareGeometryChange()
        self.update()

    def pen_width(self) -> float:
        share = abs(self.weight) / self.scale if self.scale > 0 else 0.0
        return self.MIN_WIDTH + (self.MAX_WIDTH - self.MIN_WIDTH) * min(1.0, share)

    def adjust(self) -> None:
        self.prepareGeometryChange()
        start = self.source.pos() + QPointF(NEURON_RADIUS, 0)
        end = self.dest.pos() - QPointF(NEURON_RADIUS, 0)
        self.line = QLineF(start, end)

    def boundingRect(self) -> QRectF:
        extra = self.MAX_WIDTH + 2
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(
            -extra, -extra, extra, extra
        )

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(6.0, self.pen_width() + 2))
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = style.signed_colour(self.weight, self.scale)
        pen = QPen(colour, self.pen_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self.line)


class FoldedLayerItem(QGraphicsItem):
    """A layer too large to draw neuron by neuron (a 784-pixel input): one box with its size."""

    WIDTH = 2 * NEURON_RADIUS

    def __init__(self, layer: int, units: int, height: float):
        super().__init__()
        self.layer = layer
        self.units = units
        self.height = height
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.WIDTH / 2 - 1, -self.height / 2 - 1, self.WIDTH + 2, self.height + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.OUTLINE, 1.4))
        painter.setBrush(QBrush(style.INPUT_FILL if self.layer == 0 else style.HIDDEN_FILL))
        rect = QRectF(-self.WIDTH / 2, -self.height / 2, self.WIDTH, self.height)
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(style.LABEL)
        painter.save()
        painter.rotate(-90)
        painter.drawText(QRectF(-self.height / 2, -self.WIDTH / 2, self.height, self.WIDTH),
                         Qt.AlignmentFlag.AlignCenter, f"{self.units:,}")
        painter.restore()
