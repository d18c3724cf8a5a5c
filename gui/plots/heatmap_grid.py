"""A row of labelled heatmaps sharing one diverging colour bar centred on zero.

Used for the weight matrices Wˡ and for the layers' activations. Each matrix is drawn as the
notes write it: row i is neuron i of the layer, so a heatmap reads like the matrix on paper.
Image items are created once per layout and updated with ``setImage`` afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from gui import style
from gui.plots.layout_view import LayoutView
from gui.plots.plot_ranges import round_up

MAX_TICKS = 10
#: ticks on a matrix's rows (a dock is short), and on its columns when several share the width
ROW_TICKS = 5
CROWDED_TICKS = 4


@dataclass(frozen=True)
class Heatmap:
    title: str
    matrix: np.ndarray
    row_label: str
    column_label: str
    #: the axes' names where several matrices stand side by side ("i", "j"; "": the full)
    row_short: str = ""
    column_short: str = ""


class HeatmapGrid(LayoutView):
    """Heatmaps side by side; the colour range is symmetric, from −r to r where r is the
    first round number (1, 1.5, 2, 3, 4, 5, 6, 8 × 10ᵏ) at or past every |value|.

    ``plots``, ``images`` and ``colour_bar`` exist from the first ``show_heatmaps``.
    """

    DRAWN_ATTRIBUTES = frozenset({"plots", "images", "colour_bar"})

    def __init__(self, object_name: str, parent=None):
        super().__init__(object_name, parent)
        self._shapes: list[tuple[str, tuple[int, ...]]] = []

    def show_heatmaps(self, heatmaps: list[Heatmap]) -> None:
        shapes = [(h.title, h.matrix.shape) for h in heatmaps]
        if shapes != self._shapes:
            self._build(heatmaps)
            self._shapes = shapes
        # ±a round number past the largest |value|: the scale (and its axis) changes in steps
        largest = max((float(np.max(np.abs(h.matrix))) for h in heatmaps if h.matrix.size),
                      default=1.0)
        limit = round_up(largest) if np.isfinite(largest) and largest > 0 else 1.0
        for image, heatmap in zip(self.images, heatmaps, strict=True):
            rows, columns = heatmap.matrix.shape
            image.setImage(np.asarray(heatmap.matrix, dtype=float), autoLevels=False)
            image.setRect(QRectF(0.5, 0.5, columns, rows))
        self.colour_bar.setLevels((-limit, limit))

    def _build(self, heatmaps: list[Heatmap]) -> None:
        self.clear()
        self.plots, self.images = [], []
        # Beside each other, several matrices have room for a letter, not a phrase, under
        # each (the titles Wˡ say the layers), and for a few ticks, not one per neuron.
        crowded = len(heatmaps) > 2
        column_ticks = MAX_TICKS if not crowded else CROWDED_TICKS
        for column, heatmap in enumerate(heatmaps):
            plot = self.addPlot(row=0, col=column, title=heatmap.title, enableMenu=False,
                                viewBox=pg.ViewBox(enableMenu=False))
            plot.invertY(True)
            plot.setAspectLocked(False)
            # (the short names given, in the interface's language: taken from the English
            # words, "第 0 层的神经元 j" stayed whole and ran into its neighbours)
            plot.setLabel("left", heatmap.row_short or heatmap.row_label if crowded
                          else heatmap.row_label)
            plot.setLabel("bottom", heatmap.column_short or heatmap.column_label if crowded
                          else heatmap.column_label)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            rows, columns = heatmap.matrix.shape
            plot.getAxis("left").setTicks([_index_ticks(rows, ROW_TICKS)])
            # as many row numbers as the plot's height has room for: ten rows in the
            # 1280 × 800 bottom dock wrote "1 3 5 7 9" over each other
            plot.getViewBox().sigResized.connect(
                lambda view, plot=plot, rows=rows: _fit_row_ticks(plot, rows))
            plot.getAxis("bottom").setTicks([_index_ticks(columns, column_ticks)])
            plot.setRange(xRange=(0.5, columns + 0.5), yRange=(0.5, rows + 0.5), padding=0)
            plot.disableAutoRange()  # fixed cells: the axes need not be redrawn each update
            style.cache_axes(plot)
            self.plots.append(plot)
            self.images.append(image)
        self.colour_bar = pg.ColorBarItem(
            values=(-1, 1), colorMap=style.diverging_colormap(), interactive=False, width=12
        )
        self.colour_bar.setImageItem(self.images)
        style.steady_axis(self.colour_bar.axis)
        self.addItem(self.colour_bar, row=0, col=len(heatmaps))


def _fit_row_ticks(plot, rows: int) -> None:
    """The left axis's row numbers, at most ROW_TICKS and no more than its height holds."""
    from PySide6.QtGui import QFontMetricsF

    axis = plot.getAxis("left")
    line = QFontMetricsF(axis.style.get("tickFont") or axis.font()).height() + 2
    room = max(1, int(plot.getViewBox().height() // line))
    axis.setTicks([_index_ticks(rows, min(ROW_TICKS, room))])


def _index_ticks(count: int, most: int = 10) -> list[tuple[float, str]]:
    """1-based ticks at the cells' centres, as the notes number neurons; at most ``most``."""
    step = max(1, int(np.ceil(count / most)))
    return [(float(k), str(k)) for k in range(1, count + 1, step)]
