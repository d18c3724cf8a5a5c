"""Classroom mode's larger type and thicker lines, and exactly the look there was before.

What grows, by one factor (``scale``, 1.5 is half as large again):
- the application font, which every widget without a font of its own follows;
- widgets whose style sheet or font names a size of their own (the explorers' titles), and
  the widths of widgets capped for their text (the status bar's progress);
- the canvas's labels, outlines and connections (``gui.style.CanvasScale``, then the scene
  is rebuilt) and the stepper's formulas;
- every plot's axis ticks and labels, legends and titles, text items and curves.

Each thing is remembered as it was the first time it is scaled, and put back exactly when
the mode ends. Plots draw new curves while training (a new run, a new race entry) and some
views restyle their own items, so while the mode is on a timer looks again every second: a
new item is scaled, an item its view restyled is taken as its new original. Nothing here
touches the document or the training run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGraphicsTextItem,
    QMainWindow,
    QWidget,
)

from gui import style

#: how often the look is extended to what appeared since (new curves, new tabs' plots)
RESCAN_MS = 1000
#: every so many scans look at everything again (not only at what is new or scaled)
FULL_EVERY = 10
_CSS_SIZE = re.compile(r"font-size\s*:\s*([0-9.]+)\s*(pt|px)")
QWIDGETSIZE_MAX = (1 << 24) - 1
#: the least height of a plot in the mode, in lines of its larger type: room for a few tick
#: labels and the axis title
PLOT_MIN_LINES = 6
#: a dock's own font is this much larger than the application's, so Qt draws its title in it
TITLE_NUDGE = 0.05
#: the application font before any window's classroom look (the font is the program's, and a
#: window rebuilt in another language takes the look over from the one it replaces)
_NORMAL_FONT: list[QFont | None] = [None]


def program_in_classroom() -> bool:
    """Whether some window of the program has the classroom look on now."""
    return _NORMAL_FONT[0] is not None


def scaled_font(font: QFont, scale: float) -> QFont:
    """A copy of ``font`` ``scale`` times as large (in points, or pixels if set so)."""
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        bigger.setPixelSize(round(font.pixelSize() * scale))
    return bigger


def scaled_css(sheet: str, scale: float) -> str:
    """A style sheet with each ``font-size`` ``scale`` times as large."""
    def bigger(match: re.Match) -> str:
        size = float(match.group(1)) * scale
        return f"font-size: {size:.4g}{match.group(2)}"

    return _CSS_SIZE.sub(bigger, sheet)


def scaled_css_size(size: str | None, scale: float, default: str = "9pt") -> str:
    """A CSS size such as "8pt" ``scale`` times as large (``default`` when there is none)."""
    match = re.fullmatch(r"\s*([0-9.]+)\s*(pt|px)\s*", size or default)
    if match is None:
        return size or default
    return f"{float(match.group(1)) * scale:.4g}{match.group(2)}"


class _Record:
    """One scaled thing: how it was (``original``), what was applied, and how to put either
    back (``put``); ``current`` reads what it has now."""

    def __init__(self, owner: Any, original: Any, applied: Any,
                 current: Callable[[], Any], put: Callable[[Any], None]):
        self.owner, self.original, self.applied = owner, original, applied
        self.current, self.put = current, put


class ClassroomLook(QObject):
    """The larger look of one window; ``apply(scale)`` and ``restore()``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.scale = 1.0
        self._app_font: QFont | None = None
        self._records: dict[tuple[int, str], _Record] = {}
        #: widgets and plot items (by id) with nothing to scale, not looked at again until
        #: the next full scan
        self._plain: set[int] = set()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(RESCAN_MS)
        self._timer.timeout.connect(self.rescan)

    @property
    def active(self) -> bool:
        return self._app_font is not None

    # ---- on and off ------------------------------------------------------------------------
    def apply(self, scale: float) -> None:
        """Make everything ``scale`` times its normal size (again, if the scale changes)."""
        if self.active:
            self.restore()
        self.scale = float(scale)
        app = QApplication.instance()
        if _NORMAL_FONT[0] is None:
            _NORMAL_FONT[0] = QFont(app.font())
        self._app_font = _NORMAL_FONT[0]
        app.setFont(scaled_font(self._app_font, self.scale))
        _restyle(self.window)
        self._scale_canvas(self.scale)
        self.rescan()
        self._timer.start()

    def restore(self) -> None:
        """Everything as it was before ``apply``; what a view restyled since keeps its own."""
        if not self.active:
            return
        self._timer.stop()
        for record in self._records.values():
            if shiboken6.isValid(record.owner) and _same(record.current(), record.applied):
                record.put(record.original)
        self._records.clear()
        self._plain.clear()
        self._ticks = 0
        larger = QApplication.instance().font()
        QApplication.instance().setFont(self._app_font)
        self._normal_text_items(larger)
        _restyle(self.window)
        self._app_font = _NORMAL_FONT[0] = None
        self.scale = 1.0
        self._scale_canvas(1.0)

    def _normal_text_items(self, larger: QFont) -> None:
        """Plot texts made while the mode was on took its ``larger`` application font as
        their own (a text item keeps the font it was made with): the normal one again."""
        for view in self.window.findChildren(pg.GraphicsView):
            if view.scene() is None:
                continue
            for item in view.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.font() == larger:
                    item.setFont(QFont(self._app_font))
                    owner = item.parentItem()
                    if isinstance(owner, pg.LabelItem):
                        owner.setText(owner.text)  # sized anew to its text
                    elif isinstance(owner, pg.AxisItem):
                        owner._updateLabel()

    # ---- the canvas and the stepper: scaled where they are drawn -----------------------------
    def _scale_canvas(self, scale: float) -> None:
        from gui.canvas.items import edge_pen

        style.CanvasScale.text = style.CanvasScale.line = scale
        edge_pen.cache_clear()
        canvas = getattr(self.window, "canvas", None)
        if canvas is not None:
            canvas.scene().rebuild()
            canvas.fit_to_view()
        stepper = getattr(self.window, "stepper", None)
        if stepper is not None:
            stepper.show_stage()

    # ---- everything else: found, remembered, scaled ----------------------------------------
    def rescan(self) -> None:
        """Scale what is not yet scaled (or was restyled by its view since): everything
        every FULL_EVERY ticks, else what is new or scaled, in the plots on screen (a plot
        out of sight is seen to when it shows, a second later at most)."""
        if not self.active:
            return
        self._ticks += 1
        full = self._ticks % FULL_EVERY == 1
        if full:
            self._plain.clear()
        self._records = {key: record for key, record in self._records.items()
                         if shiboken6.isValid(record.owner)}
        plain = self._plain
        for widget in self.window.findChildren(QWidget):
            if id(widget) not in plain:
                self._widget(widget)
            if (isinstance(widget, pg.GraphicsView) and widget.scene() is not None
                    and (full or widget.isVisible())):
                for item in widget.scene().items():
                    if id(item) not in plain:
                        self._plot_item(item)

    def _remember(self, owner, key: str, current: Callable[[], Any],
                  put: Callable[[Any], None], make: Callable[[Any], Any],
                  normal: Callable[[Any], Any] | None = None) -> None:
        """Scale ``owner``'s ``key`` unless it already is (or scale its new look).

        ``normal(now)``: the look ``now`` stands for outside the mode. A plot made while the
        mode is on takes the larger application font as its own: scaled again it was four
        times its size, and put back it stayed twice (a lesson opening in the mode, whose
        hidden views are built a moment later)."""
        name = (id(owner), key)
        record = self._records.get(name)
        now = current()
        if record is not None and _same(now, record.applied):
            return
        original = normal(now) if normal is not None else now
        applied = make(original)
        self._records[name] = _Record(owner, original, applied, current, put)
        put(applied)

    def _normal_font(self, font: QFont | None) -> QFont | None:
        """``font`` as it is outside the mode: the normal application font for one taken
        from the larger one the mode set."""
        if font is not None and font == QApplication.instance().font():
            return QFont(self._app_font)
        return font

    def _widget(self, widget: QWidget) -> None:
        scale = self.scale
        if not ("font-size" in widget.styleSheet() or widget.maximumWidth() < QWIDGETSIZE_MAX
                or isinstance(widget, QDockWidget | pg.PlotWidget) or _own_size(widget)):
            self._plain.add(id(widget))  # nothing of its own to scale: not looked at again
            return
        if "font-size" in widget.styleSheet():
            self._remember(widget, "css", widget.styleSheet, widget.setStyleSheet,
                           lambda sheet: scaled_css(sheet, scale))
        if widget.maximumWidth() < QWIDGETSIZE_MAX:  # a field or bar capped for its text
            self._remember(widget, "width", widget.maximumWidth, widget.setMaximumWidth,
                           lambda width: min(round(width * scale), QWIDGETSIZE_MAX))
        if isinstance(widget, pg.PlotWidget):
            # a plot keeps room for its ticks at the larger type (five tick labels and the
            # axis title one above the other), rather than being squashed until they overprint
            self._remember(widget, "height", widget.minimumHeight, widget.setMinimumHeight,
                           lambda height: max(height, round(
                               PLOT_MIN_LINES * widget.fontMetrics().height())))
        if isinstance(widget, QDockWidget):
            self._dock_title(widget)
        elif _own_size(widget):
            self._remember(widget, "font", lambda: QFont(widget.font()), widget.setFont,
                           lambda font: scaled_font(font, scale))

    def _dock_title(self, dock: QDockWidget) -> None:
        """A dock's title larger too. Qt draws it in the title font the dock was made with
        unless the dock's own font differs from the application's, so the dock gets a font
        of its own a hair larger than the application's (its panel inherits it)."""
        scale, normal = self.scale, self._app_font

        def own_font(dock=dock):
            return QFont(dock.font()) if dock.font().resolveMask() else None

        def put(font, dock=dock):
            dock.setFont(font if font is not None else QFont())

        def bigger(font):
            title = scaled_font(font if font is not None else normal, scale)
            title.setPointSizeF(title.pointSizeF() + TITLE_NUDGE)
            return title

        self._remember(dock, "title", own_font, put, bigger)

    def _plot_item(self, item) -> None:
        scale = self.scale
        if not isinstance(item, pg.AxisItem | pg.PlotDataItem | pg.PlotCurveItem | pg.LabelItem
                          | pg.TextItem):
            self._plain.add(id(item))
            return
        if isinstance(item, pg.AxisItem):
            self._axis(item)
        elif isinstance(item, pg.PlotDataItem | pg.PlotCurveItem):
            if isinstance(item, pg.PlotCurveItem) and isinstance(item.parentItem(),
                                                                 pg.PlotDataItem):
                return  # drawn with its PlotDataItem's pen
            if item.opts.get("pen") is None:
                return
            self._remember(item, "pen", lambda: pg.mkPen(item.opts["pen"]), item.setPen,
                           lambda pen: _thicker(pen, scale))
        elif isinstance(item, pg.LabelItem):
            if not item.text:
                return

            def put(size, item=item):
                if size is None:
                    item.opts.pop("size", None)
                    item.setText(item.text)
                else:
                    item.setText(item.text, size=size)
                legend = item.parentItem()
                if isinstance(legend, pg.LegendItem):
                    legend.updateSize()  # its rows as tall as its labels, not as they were

            self._remember(item, "size", lambda: item.opts.get("size"), put,
                           lambda size: scaled_css_size(size, scale))
        elif isinstance(item, pg.TextItem):
            self._remember(item, "font", lambda: QFont(item.textItem.font()), item.setFont,
                           lambda font: scaled_font(font, scale), self._normal_font)

    def _axis(self, axis: pg.AxisItem) -> None:
        scale = self.scale
        normal = self._app_font

        def tick_font(axis=axis):
            font = axis.style.get("tickFont")
            return None if font is None else QFont(font)

        self._remember(axis, "ticks", tick_font, axis.setTickFont,
                       lambda font: scaled_font(font if font is not None else normal, scale),
                       self._normal_font)

        def label_look(axis=axis):
            return dict(axis.labelStyle), QFont(axis.label.font())

        def put_label(look, axis=axis):
            axis.labelStyle = dict(look[0])
            axis.label.setFont(look[1])
            axis._updateLabel()

        def bigger(look):
            css, font = look
            css = dict(css)
            if "font-size" in css:
                css["font-size"] = scaled_css_size(str(css["font-size"]), scale)
            return css, scaled_font(font, scale)

        self._remember(axis, "label", label_look, put_label, bigger,
                       lambda look: (look[0], self._normal_font(look[1])))


def _restyle(window: QWidget) -> None:
    """Give each style sheet without a size of its own (a colour, bold) again, so the widget
    and those inside it take the application font as it is now: Qt fixes a styled widget's
    font when it is polished, and a later ``QApplication.setFont`` passes it by (the
    stepper's "1 of 13" and the panels' hints stayed small in classroom mode)."""
    for widget in window.findChildren(QWidget):
        sheet = widget.styleSheet()
        if sheet and "font-size" not in sheet:
            widget.setStyleSheet(sheet)


def _own_size(widget: QWidget) -> bool:
    """Whether ``widget`` was given a font of a size of its own (which the application
    font does not reach); a font it inherits, even from a parent that has one, is not."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return False
    parent = widget.parentWidget()
    return parent is None or widget.font().pointSizeF() != parent.font().pointSizeF()


def _thicker(pen: QPen, scale: float) -> QPen:
    thicker = QPen(pen)
    thicker.setWidthF(max(pen.widthF(), 1.0) * scale)
    thicker.setCosmetic(True)
    return thicker


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    try:
        return bool(a == b)
    except TypeError:
        return a is b
