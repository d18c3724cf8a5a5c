"""Colours and sizes shared by the canvas and the plots, so a weight looks the same everywhere.

Weights, biases and errors use one diverging colour map centred on zero: blue for negative,
near-white for zero, red for positive (colorcet's CET-D1, shipped with pyqtgraph).
"""

from __future__ import annotations

from functools import cache

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

DIVERGING_MAP = "CET-D1"
INPUT_FILL = QColor("#f3efe0")
HIDDEN_FILL = QColor("#ffffff")
OUTPUT_FILL = QColor("#eef6ee")
OUTLINE = QColor("#3b3b3b")
SELECTED_OUTLINE = QColor("#f08c00")
LABEL = QColor("#2b2b2b")
MUTED_LABEL = QColor("#6b6b6b")
# The first two match the diverging map's ends, so class 1 sits on red where the output is 1.
CLASS_COLOURS = ("#2f5fd0", "#d0342c", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
                 "#7f7f7f", "#bcbd22", "#17becf")


class CanvasScale:
    """How much larger the canvas draws its text and lines than normal: 1 and 1, but more in
    classroom mode (``gui.classroom``), so a room can read the picture from its back row.

    Its items ask ``canvas_text`` and ``canvas_line`` when they are made and painted; the
    classroom mode changes the factors and rebuilds the scene. One for the program, as the
    application font it scales beside is.
    """

    text = 1.0
    line = 1.0


def canvas_text(point_size: float) -> float:
    """A canvas label's point size at the current scale."""
    return point_size * CanvasScale.text


def canvas_line(width: float) -> float:
    """A canvas outline's or connection's width at the current scale."""
    return width * CanvasScale.line


@cache
def diverging_colormap() -> pg.ColorMap:
    return pg.colormap.get(DIVERGING_MAP)


def signed_colour(value: float, scale: float) -> QColor:
    """The colour of ``value`` on the diverging map whose ends are −scale and +scale."""
    position = 0.5 if scale <= 0 else 0.5 + 0.5 * max(-1.0, min(1.0, value / scale))
    return diverging_colormap().map(position, mode="qcolor")


def class_colour(index: int) -> QColor:
    return QColor(CLASS_COLOURS[index % len(CLASS_COLOURS)])


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep each axis of ``plot`` as a cached picture, redrawn only when its ticks change.

    Training repaints the plots many times a second; without the cache every repaint of an
    image or a curve replays every axis's tick labels too, which costs more than the data.
    """
    for name in ("left", "bottom", "right", "top"):
        steady_axis(plot.getAxis(name))


def steady_axis(axis: pg.AxisItem) -> None:
    """Cache ``axis``'s picture, and keep it when its range is set to the range it has at
    the size it has.

    pyqtgraph throws the picture away (and regenerates every tick label) whenever the view
    tells an axis its range, which happens on any change of the view, of either direction;
    a range that did not change, on an axis that did not change size, keeps its picture here.
    """
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    set_range = axis.setRange
    shown = [None]

    def set_changed_range(low, high):
        # the axis's size, and its view's: a grid line runs across the view, so a view
        # grown the other way (a dock after classroom mode) needs longer lines
        size = axis.size()
        view = axis.linkedView()
        across = view.size() if view is not None else size
        now = (low, high, size.width(), size.height(), across.width(), across.height())
        if now != shown[0]:
            shown[0] = now
            set_range(low, high)

    axis.setRange = set_changed_range
