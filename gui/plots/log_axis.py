"""Log-scale axes that label only what fits: pyqtgraph labels every minor tick of a log axis
(2, 3, … 9 times each power of ten), which piles the labels on top of each other on a plot a
few hundred pixels tall. Here the ticks stay; the labels are the powers of ten, and 2 and 5
times them while the axis shows two decades or fewer."""

from __future__ import annotations

import math

#: the mantissas labelled when few decades are shown, and when many are
FEW_DECADES_LABELS, MANY_DECADES_LABELS = (1, 2, 5), (1,)
FEW_DECADES = 2.0


def label_what_fits(axis) -> None:
    """Have ``axis`` (a pyqtgraph AxisItem, used in log mode) label as the module doc says
    (once: asking again changes nothing)."""
    if getattr(axis, "_labels_what_fits", False):
        return
    axis._labels_what_fits = True
    full = axis.logTickStrings

    def tick_strings(values, scale, spacing):
        texts = full(values, scale, spacing)
        low, high = axis.range if axis.range else (0.0, 1.0)
        kept = FEW_DECADES_LABELS if abs(high - low) <= FEW_DECADES else MANY_DECADES_LABELS
        return [text if _mantissa(value) in kept else "" for value, text in
                zip(values, texts, strict=True)]

    axis.logTickStrings = tick_strings


def _mantissa(log_value: float) -> int:
    """The leading digit of 10 ** ``log_value`` (a tick of a log axis: an exact multiple)."""
    fraction = log_value - math.floor(log_value + 1e-9)
    return round(10 ** fraction) % 10 or 1
