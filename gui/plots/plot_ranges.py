"""Plot ranges that move in round steps: the axes (and so their cached pictures) change only
now and then, not with every frame of a run, and a plot is painted once per frame instead of
twice (pyqtgraph's auto range changes the range while painting, which paints again).

A ``RangeFollower`` keeps a plot on the ranges it is given until the user zooms or pans it;
the plot's "A" button (auto range) hands it back.
"""

from __future__ import annotations

import math

import numpy as np

#: the steps a range ends on, in each power of ten
ROUND_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def round_up(value: float) -> float:
    """The smallest 1, 1.5, 2, 3, 4, 5, 6 or 8 × 10ᵏ at or above ``value`` (> 0)."""
    power = 10.0 ** np.floor(np.log10(value))
    return float(next(step * power for step in ROUND_STEPS if step * power >= value))


def value_range(values: list[np.ndarray], log: bool = False,
                floor: float | None = 0.0) -> tuple[float, float] | None:
    """A round range holding the finite ``values``: from ``floor`` (or a round number below
    the least value) to a round number above the largest; on a log scale whole decades
    (in log10 units, as pyqtgraph's log mode takes them). None when there is nothing."""
    finite = np.concatenate([np.asarray(v, dtype=float).ravel() for v in values] or [[]])
    finite = finite[np.isfinite(finite)]
    if log:
        finite = finite[finite > 0]
        if not finite.size:
            return None
        low, high = math.floor(np.log10(finite.min())), math.ceil(np.log10(finite.max()))
        return float(low), float(max(high, low + 1))
    if not finite.size:
        return None
    high = float(finite.max())
    top = round_up(1.05 * high) if high > 0 else 1.0
    if floor is not None and finite.min() >= floor:
        return floor, top
    return -round_up(-1.05 * float(finite.min())), top


class RangeFollower:
    """Sets ``plot``'s view to the ranges ``follow`` is given, while the user has not zoomed
    or panned it; only when they change, so nothing is redrawn for nothing. ``x``: whether
    it sets the x range too (a plot whose x follows another's, linked, does not)."""

    def __init__(self, plot, x: bool = True):
        self.box = plot.getViewBox()
        self.axes = (0, 1) if x else (1,)
        if not x:
            self.box.disableAutoRange(axis="x")
        self.following = True
        self._shown: tuple | None = None
        self.box.sigRangeChangedManually.connect(self._stop)

    def follow(self, x_range: tuple[float, float] | None,
               y_range: tuple[float, float] | None) -> None:
        auto = self.box.autoRangeEnabled()
        if any(auto[axis] for axis in self.axes):
            self.following, self._shown = True, None  # the "A" button, or a new plot
        if not self.following or (x_range, y_range) == self._shown:
            return
        self._shown = (x_range, y_range)
        if x_range is not None:
            self.box.setXRange(*x_range, padding=0.02)
        if y_range is not None:
            self.box.setYRange(*y_range, padding=0.02)

    def resume(self) -> None:
        """Follow the ranges again, as if the user had never zoomed (a new project)."""
        self.following, self._shown = True, None

    def forget(self) -> None:
        """Set the next ranges given even if they equal the last (the units changed)."""
        self._shown = None

    def _stop(self, *_) -> None:
        self.following = False
