"""The canvas's items around the network: layer headers (which open the layer's menu), the
+/− buttons of hidden layers, the cost chip, the legend, and the drop-target highlight.

They are controls drawn in the scene, so they scale and pan with the picture; each one only
reports a click through a callback and draws what it is told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from gui import style

CHIP_FILL = QColor("#f4f6fa")
CHIP_HOVER = QColor("#e3ebfb")
ACCEPT_FILL = QColor(46, 160, 67, 40)
ACCEPT_LINE = QColor("#2ea043")
REFUSE_FILL = QColor(207, 34, 46, 28)
REFUSE_LINE = QColor("#cf222e")


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(style.canvas_text(point_size))
    font.setBold(bold)
    return font


class _ShadedOnHover(QGraphicsObject):
    """A control drawn in a lighter shade while the pointer is over it: ``hovered`` says so,
    and each change of it redraws the control."""

    def __init__(self):
        super().__init__()
        self.hovered = False

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()


class ChipItem(_ShadedOnHover):
    """A clickable label: one bold title line and one plain line, centred on its position.

    Clicking (or the context menu) calls ``on_click(screen_pos)``; a chip without a callback
    is a plain label.
    """

    PADDING = 6.0

    def __init__(self, title: str, detail: str = "",
                 on_click: Callable[[QPointF], None] | None = None):
        super().__init__()
        self.title, self.detail, self.on_click = title, detail, on_click
        self.title_font, self.detail_font = _font(10.5, bold=True), _font(9.0)
        lines = detail.split("\n") if detail else []  # a detail may take two lines
        width = max([QFontMetricsF(self.title_font).horizontalAdvance(title)]
                    + [QFontMetricsF(self.detail_font).horizontalAdvance(line) for line in lines])
        height = QFontMetricsF(self.title_font).height()
        height += QFontMetricsF(self.detail_font).height() * len(lines)
        self.rect = QRectF(-width / 2 - self.PADDING, -self.PADDING,
                           width + 2 * self.PADDING, height + 2 * self.PADDING)
        if on_click is not None:
            self.setAcceptHoverEvents(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.on_click is not None:
            painter.setPen(QPen(QColor("#c9d1e0"), 1.0))
            painter.setBrush(QBrush(CHIP_HOVER if self.hovered else CHIP_FILL))
            painter.drawRoundedRect(self.rect, 7, 7)
        inner = self.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        title_height = QFontMetricsF(self.title_font).height()
        painter.setPen(style.LABEL)
        painter.setFont(self.title_font)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        if self.detail:
            painter.setPen(style.MUTED_LABEL)
            painter.setFont(self.detail_font)
            painter.drawText(QRectF(inner.left(), inner.top() + title_height, inner.width(),
                                    inner.height() - title_height),
                             Qt.AlignmentFlag.AlignCenter, self.detail)

    def mousePressEvent(self, event) -> None:
        if self.on_click is not None and event.button() == Qt.MouseButton.LeftButton:
            self.on_click(event.screenPos())
            event.accept()
        else:
            event.ignore()

    def contextMenuEvent(self, event) -> None:
        if self.on_click is not None:
            self.on_click(event.screenPos())
            event.accept()
        else:
            event.ignore()


class ButtonItem(_ShadedOnHover):
    """A small round + or − button under a hidden layer. ``enabled`` False greys it out, but a
    click still goes through, so the document can say why it refuses."""

    RADIUS = 10.0

    def __init__(self, text: str, on_click: Callable[[], None], enabled: bool = True):
        super().__init__()
        self.text, self.on_click, self.enabled = text, on_click, enabled
        #: what names this button across rebuilds of the scene (a layer and a sign)
        self.anchor: tuple | None = None
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = style.OUTLINE if self.enabled else QColor("#b8b8b8")
        painter.setPen(QPen(line, 1.2))
        painter.setBrush(QBrush(CHIP_HOVER if self.hovered and self.enabled else CHIP_FILL))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        painter.setPen(QPen(line, 2.0))
        arm = self.RADIUS * 0.5
        painter.drawLine(QPointF(-arm, 0), QPointF(arm, 0))
        if self.text == "+":
            painter.drawLine(QPointF(0, -arm), QPointF(0, arm))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event) -> None:
        if self.boundingRect().contains(event.pos()):
            scene = self.scene()
            if self.anchor is not None and scene is not None:
                # the canvas puts this button's successor back under the pointer, so a
                # second click in the same place clicks it again
                scene.pointer_anchor = (self.anchor, event.screenPos())
            self.on_click()


class TextBlockItem(QGraphicsItem):
    """Muted text at its position's top-left: the net's description and the legend."""

    def __init__(self, lines: list[str], colour: QColor | None = None, bold_first=False):
        super().__init__()
        self.lines, self.colour, self.bold_first = lines, colour or style.MUTED_LABEL, bold_first
        self.fonts = [_font(10.5, bold=bold_first and k == 0) for k in range(len(lines))]
        self.heights = [QFontMetricsF(font).height() for font in self.fonts]
        self.width = max(QFontMetricsF(font).horizontalAdvance(text)
                         for font, text in zip(self.fonts, lines, strict=True))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width + 2, sum(self.heights) + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        y = 0.0
        for k, (font, text, height) in enumerate(
                zip(self.fonts, self.lines, self.heights, strict=True)):
            painter.setFont(font)
            painter.setPen(style.LABEL if self.bold_first and k == 0 else self.colour)
            painter.drawText(QRectF(0, y, self.width + 2, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += height


class DropHighlightItem(QGraphicsItem):
    """Where a drag would land: green with what it would do, or red with why it cannot."""

    def __init__(self):
        super().__init__()
        self.rect = QRectF()
        self.accepting = True
        self.text = ""
        self.setZValue(4)  # over the chips, so its words stay readable; its fill is see-through
        self.setVisible(False)

    def show_at(self, rect: QRectF, accepting: bool, text: str) -> None:
        self.prepareGeometryChange()
        self.rect, self.accepting = rect, accepting
        self.text = text[:1].upper() + text[1:]
        self.setVisible(True)
        self.update()

    TEXT_WIDTH = 240.0
    TEXT_HEIGHT = 90.0

    def text_rect(self) -> QRectF:
        """Below the target, wider than a gap, so a reason stays readable."""
        return QRectF(self.rect.center().x() - self.TEXT_WIDTH / 2, self.rect.bottom() + 6,
                      self.TEXT_WIDTH, self.TEXT_HEIGHT)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2).united(self.text_rect())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = ACCEPT_LINE if self.accepting else REFUSE_LINE
        pen = QPen(line, 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(ACCEPT_FILL if self.accepting else REFUSE_FILL))
        painter.drawRoundedRect(self.rect, 12, 12)
        if not self.text:
            return
        font = _font(9.5, bold=True)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | \
            Qt.TextFlag.TextWordWrap
        box = QFontMetricsF(font).boundingRect(self.text_rect().adjusted(8, 5, -8, -5), flags,
                                               self.text).adjusted(-8, -5, 8, 5)
        painter.setPen(QPen(line, 1.2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(box, 6, 6)
        painter.setFont(font)
        painter.drawText(box.adjusted(8, 5, -8, -5), flags, self.text)
