"""A plot's legend kept in the corner its curves cross least.

A legend in a fixed corner hides whatever runs through it: a loss levelling off high in its
range ran its newest epochs, what a class watches, behind the box, and the optimizer race's
Adam curves, low and to the right, behind its list of entries. ``LegendCorner`` samples the
curves as drawn across the view's width and moves the legend to the corner they cross least
(staying where it is while that corner is as free as any), whenever the view's range or size
changes, or its owner says the curves did (``place``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg

#: the legend's corners, the first preferred: (right, top)
LEGEND_CORNERS = ((1, 1), (0, 1), (1, 0), (0, 0))
#: the legend's distance from the view's edges, in pixels (x, y)
LEGEND_OFFSET = (10, 5)
#: points taken along each curve across the view to find the corners it crosses
LEGEND_SAMPLES = 200


class LegendCorner:
    """Places ``plot``'s legend (made already) clear of ``curves()``, the items it avoids."""

    def __init__(self, plot: pg.PlotItem, curves: Callable[[], list]):
        self.plot, self.curves = plot, curves
        #: where the legend is: (1 right or 0 left, 1 top or 0 bottom)
        self.corner = LEGEND_CORNERS[0]
        self._placed = False
        if plot.legend is not None:
            plot.getViewBox().sigRangeChanged.connect(self.place)
            plot.getViewBox().sigResized.connect(self.place)

    def place(self, *_) -> None:
        """The legend in the corner the curves cross least (the one it is in while that
        stays free), from the curves as drawn, sampled along the view's width."""
        legend = self.plot.legend
        view = self.plot.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        if legend is None or view.width() <= 0 or view.height() <= 0 or x1 <= x0 or y1 <= y0:
            return
        box = legend.boundingRect()
        width = (box.width() + LEGEND_OFFSET[0]) / view.width()
        height = (box.height() + LEGEND_OFFSET[1]) / view.height()
        points = [_along_view(curve, x0, x1, y0, y1) for curve in self.curves()]
        points = [p for p in points if p is not None]
        if not points:
            return
        x, y = np.concatenate([p[0] for p in points]), np.concatenate([p[1] for p in points])

        def crossing(corner):
            right, top = corner
            across = x >= 1 - width if right else x <= width
            down = y >= 1 - height if top else y <= height
            return int(np.count_nonzero(across & down))

        choices = [self.corner, *LEGEND_CORNERS]
        corner = min(choices, key=crossing)  # the first of the least crossed: no jitter
        if corner != self.corner or not self._placed:
            self.corner, self._placed = corner, True
            right, top = corner
            legend.anchor(itemPos=(right, 1 - top), parentPos=(right, 1 - top),
                          offset=((-1 if right else 1) * LEGEND_OFFSET[0],
                                  (1 if top else -1) * LEGEND_OFFSET[1]))


def _along_view(curve, x0, x1, y0, y1):
    """A curve as drawn (log-scaled where the plot is), in the view's fractions (0 … 1, y
    up): its points and, between them, LEGEND_SAMPLES points across the view's width (a line
    of few epochs crosses a corner between its points); None when nothing of it is drawn."""
    x, y = curve.getData()
    if x is None or not len(x):
        return None
    finite = np.isfinite(x) & np.isfinite(y)
    x, y = np.asarray(x[finite], float), np.asarray(y[finite], float)
    if not len(x):
        return None
    between = np.linspace(max(x0, x[0]), min(x1, x[-1]), LEGEND_SAMPLES)
    x, y = np.concatenate([x, between]), np.concatenate([y, np.interp(between, x, y)])
    return (x - x0) / (x1 - x0), (y - y0) / (y1 - y0)
