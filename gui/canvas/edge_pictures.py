"""The connections' pictures, drawn by the training worker on its thread while a run is live.

A few hundred antialiased lines cost the main thread 3–6 ms a frame, more than anything else
on the canvas, and while training they change every frame. So each ``EdgeLayerItem``
publishes, whenever it is painted under a new view transform, where its lines fall on the
screen (``EdgeGeometry``: device coordinates, already scaled and scrolled); the worker, for
each snapshot, colours the lines from that snapshot's weights by the canvas's own rule
(``edge_steps``) and paints them into a picture of exactly that device rectangle
(QPainter on a QImage, which Qt allows on any thread); the item, painting those weights under
that transform, draws the picture in one call. Whenever anything differs (the user zooms or
scrolls, the stepper shows ∂C/∂W instead of W, a layer's geometry changed) the item draws its
lines itself, as it always has, so the picture is a cache and never the only way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

#: a picture larger than this (device pixels) is not worth making: the item draws its lines
MAX_PIXELS = 2_500_000


def edge_steps(W: np.ndarray, scale: float, colour_steps: int, width_steps: int
               ) -> tuple[np.ndarray, np.ndarray]:
    """Each connection's colour step and width step (in ``W.ravel()``'s order): its weight as
    a share of ``scale``, the largest |w| of the net, so the picture reads like the matrix."""
    share = (np.clip(W.ravel() / scale, -1.0, 1.0) if scale > 0 else np.zeros(W.size))
    colours = np.rint((share + 1.0) * colour_steps).astype(np.int64)
    widths = np.rint(np.abs(share) * width_steps).astype(np.int64)
    return colours, widths


#: the least colour scale: weights all under it are drawn as faint as they are small
SCALE_FLOOR = 0.01


def net_scale(weights) -> float:
    """The largest |w| of the net, and at least ``SCALE_FLOOR``: the colour scale every
    layer's connections share. (Without the floor, a net whose weights had all gone to 0,
    xor without a hidden layer, was drawn in strong lines of ±2 × 10⁻¹⁰.)"""
    largest = max((float(np.max(np.abs(W))) for W in weights if W.size), default=0.0)
    return max(largest, SCALE_FLOOR) if largest > 0 else 0.0


def pen_groups(colours: np.ndarray, widths: np.ndarray, colour_steps: int):
    """(colour, width, the connections drawn with that pen) for every pen in use, thin pens
    first, so strong weights lie on top."""
    keys = widths * (2 * colour_steps + 1) + colours
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], len(order)]
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        first = order[start]
        yield int(colours[first]), int(widths[first]), order[start:end]


@dataclass(frozen=True)
class EdgeGeometry:
    """Where one layer's connections fall on the screen: ``key`` names the view transform
    and pixel ratio they were measured under, ``rect`` the device rectangle holding them,
    ``lines`` (n, 4) their ends (x₁, y₁, x₂, y₂) in device pixels in ``W.ravel()``'s order,
    ``smooth`` whether they are antialiased."""

    key: tuple
    rect: QRect
    lines: np.ndarray
    smooth: bool
    ratio: float


def geometry_key(painter: QPainter, smooth: bool) -> tuple | None:
    """What a picture must have been drawn under to stand for the lines painted now: the
    painter's transform (a plain scale and shift; anything else: None, draw the lines) and
    the device's pixel ratio."""
    t = painter.worldTransform()
    if t.m12() or t.m21() or t.m13() or t.m23():
        return None
    return (t.m11(), t.m22(), t.dx(), t.dy(), painter.device().devicePixelRatioF(), smooth)


def measure(key: tuple, scene_lines: np.ndarray, scene_rect, smooth: bool
            ) -> EdgeGeometry | None:
    """The geometry of lines ``scene_lines`` (n, 4, scene coordinates) inside ``scene_rect``
    under ``key`` (see ``geometry_key``); None when the picture would be too large."""
    sx, sy, dx, dy, ratio, _ = key
    lines = scene_lines * np.array([sx, sy, sx, sy]) + np.array([dx, dy, dx, dy])
    left, right = sorted((scene_rect.left() * sx + dx, scene_rect.right() * sx + dx))
    top, bottom = sorted((scene_rect.top() * sy + dy, scene_rect.bottom() * sy + dy))
    rect = QRect(int(np.floor(left)), int(np.floor(top)),
                 int(np.ceil(right - left)) + 2, int(np.ceil(bottom - top)) + 2)
    if rect.width() * rect.height() * ratio * ratio > MAX_PIXELS or rect.isEmpty():
        return None
    return EdgeGeometry(key, rect, lines, smooth, ratio)


class EdgePictures:
    """The pictures of the last snapshot's connections, layer by layer (see the module doc).

    ``geometries[l]`` is published by layer l's item on the main thread; ``prepare`` runs on
    the worker's thread; ``picture(l, W, key)`` is asked by the item when it paints. Each is
    one assignment or one read of an immutable tuple, so the two threads need no lock.
    """

    def __init__(self, colour_steps: int, width_steps: int, pen_width):
        self.colour_steps, self.width_steps = colour_steps, width_steps
        self.pen_width = pen_width
        #: whether to make pictures at all (a live run, the canvas on screen)
        self.wanted = False
        self.geometries: dict[int, EdgeGeometry] = {}
        self._pictures: dict[int, tuple] = {}
        self._pens: dict[tuple[int, int, float], QPen] = {}
        self._colours: tuple[QColor, ...] = ()

    def set_colours(self, colours) -> None:
        """The colour of each colour step (``items.edge_colours``), copied for this thread."""
        self._colours = tuple(QColor(colour) for colour in colours)
        self._pens.clear()

    def forget(self) -> None:
        """A new picture of the net (rebuilt scene, new scale): nothing made so far fits."""
        self.geometries, self._pictures = {}, {}
        self._pens.clear()

    def prepare(self, derived) -> None:
        if not self.wanted or not self._colours:
            return
        weights = derived.network.weights
        scale = net_scale(weights)
        for layer, geometry in list(self.geometries.items()):
            W = weights[layer - 1] if layer - 1 < len(weights) else None
            if W is None or W.size != len(geometry.lines):
                continue
            colours, widths = edge_steps(W, scale, self.colour_steps, self.width_steps)
            self._pictures[layer] = (derived.network, geometry,
                                     self._draw(geometry, colours, widths))

    def picture(self, layer: int, network, key: tuple) -> tuple[QImage, QRect] | None:
        """Layer ``layer``'s picture if it was drawn from ``network`` (the very object: a
        snapshot's) under ``key``; else None."""
        made = self._pictures.get(layer)
        if network is None or made is None or made[0] is not network or made[1].key != key:
            return None
        return made[2], made[1].rect

    def _draw(self, geometry: EdgeGeometry, colours, widths) -> QImage:
        ratio, rect = geometry.ratio, geometry.rect
        image = QImage(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, geometry.smooth)
            painter.translate(-rect.x(), -rect.y())
            lines, zoom = geometry.lines, abs(geometry.key[0])
            for colour, width, members in pen_groups(colours, widths, self.colour_steps):
                painter.setPen(self._pen(colour, width, zoom))
                painter.drawLines([QLineF(QPointF(x1, y1), QPointF(x2, y2))
                                   for x1, y1, x2, y2 in lines[members].tolist()])
        finally:
            painter.end()
        return image

    def _pen(self, colour: int, width: int, zoom: float) -> QPen:
        """The item's pen in device pixels: its width times the view's zoom."""
        pen = self._pens.get((colour, width, zoom))
        if pen is None:
            pen = QPen(self._colours[colour], self.pen_width(width) * zoom)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # as the item's (round caps are slow)
            self._pens[(colour, width, zoom)] = pen
        return pen
