"""The canvas's graphics items for the network itself: a neuron, a connection, a folded layer.

Items follow PySide6's ``elasticnodes`` example: a neuron knows its edges and tells them when
it moves (``ItemSendsGeometryChanges``), an edge calls ``prepareGeometryChange`` before its
line changes. Items draw what the document says and keep no model state beyond the indices
naming what they show. What a user does to an item (double-click, drag, context menu) is
handed to the scene, which turns it into a document edit.

Recolouring is the hot path (training sends new weights up to 30 times a second): weights
become steps of a precomputed colour table and of width, and the connections between two
layers are painted together by one ``EdgeLayerItem``, grouped by pen, so a net of thousands
of connections repaints with a few dozen draw calls.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsObject

from gui import style
from gui.canvas.edge_pictures import geometry_key, measure, pen_groups
from gui.canvas.layout import NEURON_RADIUS

COLOUR_STEPS = 48  # per sign: enough that no step shows, few enough to cache every pen
WIDTH_STEPS = 16
HOVER_OUTLINE = QColor("#1f6feb")
INPUT_LABEL_ROOM = 40.0
#: an activation's symbol inside a neuron is at most this share of its diameter wide, and is
#: left out below this size in points (the layer's card names it)
SYMBOL_ROOM, LEAST_SYMBOL_POINTS = 0.8, 5.5


@cache
def edge_colours() -> tuple[QColor, ...]:
    """The diverging map sampled once: index 0 is −scale, COLOUR_STEPS is 0, 2·STEPS is +."""
    cmap = style.diverging_colormap()
    return tuple(cmap.map(k / (2 * COLOUR_STEPS), mode="qcolor")
                 for k in range(2 * COLOUR_STEPS + 1))


def colour_step(value: float, scale: float) -> int:
    share = 0.0 if scale <= 0 else max(-1.0, min(1.0, value / scale))
    return round((share + 1.0) * COLOUR_STEPS)


class NeuronItem(QGraphicsObject):
    """Neuron ``index`` (0-based) of layer ``layer`` (0 = input), drawn as a labelled circle
    with a ring whose colour is its bias (blue negative, red positive)."""

    def __init__(self, layer: int, index: int, symbol: str, fill: QColor,
                 radius: float = NEURON_RADIUS, movable: bool = False):
        super().__init__()
        self.layer, self.index = layer, index
        self.symbol, self.fill, self.radius = symbol, fill, radius
        self.movable = movable
        self.edges: list[EdgeItem] = []
        self.bias_step: int | None = None
        #: the neuron's output over the input plane, drawn inside it (None: a plain fill)
        self.output_map: QImage | None = None
        self.hovered = False
        self._press_pos: QPointF | None = None
        r = radius + 3
        left = INPUT_LABEL_ROOM if layer == 0 else 0.0  # an input's name, beside a map
        self._rect = QRectF(-r - left, -r, 2 * r + left, 2 * r)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        if movable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self._cache_unless_mapped()

    def add_edge(self, edge: EdgeItem) -> None:
        self.edges.append(edge)

    def set_bias_step(self, step: int) -> None:
        """The bias ring's colour, as a step of ``edge_colours()``; repaints only on change."""
        if step != self.bias_step:
            self.bias_step = step
            self.update()

    def set_output_map(self, image: QImage | None) -> None:
        if image is None and self.output_map is None:
            return  # nothing to repaint (no maps: the scene says so every frame)
        self.output_map = image
        self._cache_unless_mapped()
        self.update()

    def _cache_unless_mapped(self) -> None:
        """A neuron looks the same from frame to frame (its ring changes with its bias now
        and then), while the connections under it are new each frame and the view repaints
        everything they cover: painted once into a pixmap, it is then copied, not painted
        again in Python. A neuron showing its output map is new each frame: no cache."""
        mode = (QGraphicsItem.CacheMode.NoCache if self.output_map is not None
                else QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if self.cacheMode() != mode:
            self.setCacheMode(mode)

    def boundingRect(self) -> QRectF:
        # Asked for many times a frame by the scene: made once, in __init__.
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 1, self.radius + 1)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # The hot path of a frame (every neuron, up to 30 times a second): the pens, fonts
        # and rectangles come from caches, made once per colour, width and size.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius
        disc = _disc_rect(r)
        if self.output_map is not None:
            # The map is transparent outside its disc (neuron_maps), so no clip is needed.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(disc, self.output_map)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_brush(self.fill.rgba()))
            painter.drawEllipse(disc)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.bias_step is not None:
            ring = max(style.canvas_line(1.5), r * 0.2)
            painter.setPen(_ring_pen(self.bias_step, ring))
            painter.drawEllipse(_disc_rect(r - ring / 2 - 0.5))
        if self.isSelected():
            painter.setPen(_outline_pen(style.SELECTED_OUTLINE.rgba(), style.canvas_line(3.0)))
        elif self.hovered:
            painter.setPen(_outline_pen(HOVER_OUTLINE.rgba(), style.canvas_line(2.2)))
        else:
            painter.setPen(_outline_pen(style.OUTLINE.rgba(), style.canvas_line(1.3)))
        painter.drawEllipse(disc)
        if r >= 11 and self.symbol:
            size = style.canvas_text(8.0 if len(self.symbol) > 2 else 10.0)
            font = _label_font(painter.font(), size)
            if self.output_map is None:
                # smaller to fit the disc, or left out (the layer's card names it): a column
                # of ten neurons drew "ReLL" cut by its edge (tester)
                wide = QFontMetricsF(font).horizontalAdvance(self.symbol)
                room = SYMBOL_ROOM * 2 * r
                if wide > room:
                    size *= room / wide
                    font = _label_font(painter.font(), size)
                if size >= style.canvas_text(LEAST_SYMBOL_POINTS):
                    painter.setFont(font)
                    painter.setPen(style.LABEL)
                    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, self.symbol)
            elif self.layer == 0:
                # The map fills the neuron; an input's name goes beside it (a hidden neuron's
                # activation is on its layer's header).
                painter.setFont(font)
                painter.setPen(style.LABEL)
                painter.drawText(QRectF(-r - INPUT_LABEL_ROOM, -r, INPUT_LABEL_ROOM - 4, 2 * r),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 self.symbol)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    # -- what the user does, handed to the scene ---------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.scene().refresh_tooltip(self)
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press_pos = event.screenPos() if event.button() == Qt.MouseButton.LeftButton \
            else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self.movable and self._press_pos is not None:
            moved = (event.screenPos() - self._press_pos).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press_pos = None
                self.scene().start_neuron_drag(self)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().edit_bias(self.layer, self.index)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        self.scene().show_neuron_menu(self.layer, self.index, event.screenPos())
        event.accept()


@cache
def _disc_rect(r: float) -> QRectF:
    """The square holding a circle of radius ``r`` about the item's origin."""
    return QRectF(-r, -r, 2 * r, 2 * r)


@cache
def _brush(rgba: int) -> QBrush:
    return QBrush(QColor.fromRgba(rgba))


@cache
def _outline_pen(rgba: int, width: float) -> QPen:
    return QPen(QColor.fromRgba(rgba), width)


@cache
def _ring_pen(step: int, width: float) -> QPen:
    """The bias ring's pen: its colour step of ``edge_colours()``."""
    return QPen(edge_colours()[step], width)


_fonts: dict[tuple[str, float], QFont] = {}


def _label_font(base: QFont, size: float) -> QFont:
    """``base`` at ``size`` points, made once per font and size."""
    key = (base.key(), size)
    font = _fonts.get(key)
    if font is None:
        font = _fonts[key] = QFont(base)
        font.setPointSizeF(size)
    return font


@cache
def edge_pen(colour: int, width: int) -> QPen:
    """The pen of an edge at colour step ``colour`` and width step ``width``, made once."""
    pen = QPen(edge_colours()[colour], EdgeItem.width_of(width))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps make wide lines ~20× slower to draw
    return pen


class EdgeItem(QGraphicsItem):
    """The connection wᵢⱼˡ from ``source`` (layer l-1) to ``dest`` (layer l).

    Its colour gives the weight's sign and its width the weight's size relative to the
    largest weight in the net, so the picture reads like the matrix. The item is there for
    the user (hover, tooltip, double-click, menu); its line is painted with all the others of
    its layer by an ``EdgeLayerItem``, so thousands of edges cost a few draw calls. Only a
    hovered edge paints itself, on top, with a halo.
    """

    MIN_WIDTH = 0.6
    MAX_WIDTH = 5.0

    def __init__(self, source: NeuronItem, dest: NeuronItem):
        super().__init__()
        self.source, self.dest = source, dest
        #: the item that paints this edge with its layer's, and this edge's place in it
        self.painted_by: EdgeLayerItem | None = None
        self.position = 0
        self.hovered = False
        self.line = QLineF()
        self._rect = QRectF()
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(1)
        source.add_edge(self)
        dest.add_edge(self)
        self.adjust()

    @property
    def layer(self) -> int:
        return self.dest.layer

    @property
    def weight(self) -> float:
        """wᵢⱼˡ as the document has it now (the item keeps only its colour and width)."""
        scene = self.scene()
        if scene is None:
            return 0.0
        W = scene.document.network.weights[self.layer - 1]
        return float(W[self.dest.index, self.source.index])

    @property
    def colour_step(self) -> int:
        """The step of ``edge_colours()`` the edge is drawn in (its layer item keeps them)."""
        return COLOUR_STEPS if self.painted_by is None else int(
            self.painted_by.colours[self.position])

    @property
    def width_step(self) -> int:
        return 0 if self.painted_by is None else int(self.painted_by.widths[self.position])

    @classmethod
    def width_of(cls, width_step: int) -> float:
        """The width of step ``width_step`` at the canvas's scale (``edge_pen`` caches the
        pens: a new scale clears it)."""
        return style.canvas_line(cls.MIN_WIDTH + (cls.MAX_WIDTH - cls.MIN_WIDTH) * width_step
                                 / WIDTH_STEPS)

    def pen_width(self) -> float:
        return self.width_of(self.width_step)

    def adjust(self) -> None:
        self.prepareGeometryChange()
        start = self.source.pos() + QPointF(self.source.radius, 0)
        end = self.dest.pos() - QPointF(self.dest.radius, 0)
        self.line = QLineF(start, end)
        extra = style.canvas_line(self.MAX_WIDTH) + 4
        self._rect = QRectF(start, end).normalized().adjusted(-extra, -extra, extra, extra)

    def boundingRect(self) -> QRectF:
        # The scene asks every edge for it at every repaint: computed when the line moves.
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(7.0, self.pen_width() + 3))
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        halo = QPen(HOVER_OUTLINE, self.pen_width() + 4)
        halo.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(halo)
        painter.drawLine(self.line)
        painter.setPen(edge_pen(self.colour_step, self.width_step))
        painter.drawLine(self.line)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        self.setZValue(1.5)
        self.scene().refresh_tooltip(self)
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(1)
        super().hoverLeaveEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().edit_weight(self.layer, self.dest.index, self.source.index)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        self.scene().show_edge_menu(self.layer, self.dest.index, self.source.index,
                                    event.screenPos())
        event.accept()


#: a layer with more connections than this is drawn without antialiasing while training runs
#: (2,000 smooth lines cost 7 ms a frame; in so dense a bundle the steps do not show)
DENSE_EDGES = 400


class EdgeLayerItem(QGraphicsItem):
    """Every connection between two layers, painted in one go: edges are grouped by pen
    (thin ones first, so strong weights lie on top) and each group is one ``drawLines``."""

    def __init__(self, edges: list[EdgeItem], layer: int = 0, pictures=None):
        super().__init__()
        self.edges = edges
        self.lines = [edge.line for edge in edges]
        #: the layer l of Wˡ, and the pictures the training worker draws of it (edge_pictures)
        self.layer, self.pictures = layer, pictures
        self.scene_lines = np.array([[line.x1(), line.y1(), line.x2(), line.y2()]
                                     for line in self.lines], dtype=float).reshape(-1, 4)
        #: what the colours were computed from (the derived numbers of a snapshot), if a
        #: picture of it may stand for the lines; None: draw them
        self.source = None
        self.colours = np.full(len(edges), COLOUR_STEPS, dtype=np.int64)
        self.widths = np.zeros(len(edges), dtype=np.int64)
        for position, edge in enumerate(edges):
            edge.painted_by, edge.position = self, position
        #: antialiased lines (see ``set_live``)
        self.smooth = True
        rect = QRectF()
        for edge in edges:
            rect = rect.united(edge.boundingRect())
        self.rect = rect
        self.setZValue(0.5)

    def set_steps(self, colours: np.ndarray, widths: np.ndarray) -> None:
        self.colours, self.widths = colours.copy(), widths.copy()
        self.update()
        for edge in self.edges:
            if edge.hovered:  # the one edge that paints itself, on top
                edge.update()

    def set_live(self, live: bool) -> None:
        """While a run is live a dense layer is drawn without antialiasing (DENSE_EDGES)."""
        smooth = not live or len(self.lines) <= DENSE_EDGES
        if smooth != self.smooth:
            self.smooth = smooth
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.pictures is not None and self.pictures.wanted and self._paint_picture(painter):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.smooth)
        lines = self.lines
        for colour, width, members in pen_groups(self.colours, self.widths, COLOUR_STEPS):
            painter.setPen(edge_pen(colour, width))
            painter.drawLines([lines[k] for k in members.tolist()])

    def _paint_picture(self, painter: QPainter) -> bool:
        """Draw the worker's picture of these lines if it shows what they show now, under
        this transform; else publish where they fall, for the next one (False: draw them)."""
        key = geometry_key(painter, self.smooth)
        if key is None:
            return False
        made = self.pictures.picture(self.layer, self.source, key)
        if made is not None:
            image, rect = made
            painter.save()
            painter.resetTransform()
            painter.drawImage(rect.topLeft(), image)
            painter.restore()
            return True
        known = self.pictures.geometries.get(self.layer)
        if known is None or known.key != key:
            geometry = measure(key, self.scene_lines, self.rect, self.smooth)
            if geometry is not None:
                self.pictures.geometries[self.layer] = geometry
        return False


class FoldedLayerItem(QGraphicsItem):
    """A layer too large to draw neuron by neuron (a 784-pixel input): one box with its size."""

    WIDTH = 2 * NEURON_RADIUS

    def __init__(self, layer: int, units: int, height: float, fill: QColor, label: str = ""):
        super().__init__()
        self.layer, self.units, self.height, self.fill = layer, units, height, fill
        self.label = label or f"{units:,}"
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.WIDTH / 2 - 1, -self.height / 2 - 1, self.WIDTH + 2, self.height + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.OUTLINE, style.canvas_line(1.3)))
        painter.setBrush(QBrush(self.fill))
        rect = QRectF(-self.WIDTH / 2, -self.height / 2, self.WIDTH, self.height)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(style.LABEL)
        painter.save()
        painter.rotate(-90)
        painter.drawText(QRectF(-self.height / 2, -self.WIDTH / 2, self.height, self.WIDTH),
                         Qt.AlignmentFlag.AlignCenter, self.label)
        painter.restore()
