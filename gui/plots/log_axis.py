"""Log-scale axes that label only what fits: pyqtgraph labels every minor tick of a log axis
(2, 3, … 9 times each power of ten), which piles the labels on top of each other on a plot a
few hundred pixels tall. Here the ticks stay; the labels are the powers of ten, and 2 and 5
times them while the axis shows two decades or fewer. An axis narrower than
``NARROW_DECADES`` (costs between 0.10 and 0.13) has no such tick inside it and showed no
number at all: it is ticked at round values in between, as a linear axis would be."""

from __future__ import annotations

import math

#: the mantissas labelled when few decades are shown, and when many are
FEW_DECADES_LABELS, MANY_DECADES_LABELS = (1, 2, 5), (1,)
FEW_DECADES = 2.0
#: an axis spanning less than this many decades is ticked at round values inside it
NARROW_DECADES = 0.5
#: about how many round values a narrow axis is ticked at
NARROW_TICKS = 4


def label_what_fits(axis) -> None:
    """Have ``axis`` (a pyqtgraph AxisItem, used in log mode) label as the module doc says
    (once: asking again changes nothing)."""
    if getattr(axis, "_labels_what_fits", False):
        return
    axis._labels_what_fits = True
    full = axis.logTickStrings
    full_values = axis.logTickValues

    def tick_values(low, high, size, standard):
        if high - low >= NARROW_DECADES:
            return full_values(low, high, size, standard)
        return [(None, narrow_ticks(low, high))]

    def tick_strings(values, scale, spacing):
        low, high = axis.range if axis.range else (0.0, 1.0)
        if abs(high - low) < NARROW_DECADES:
            return [f"{10.0 ** value:.3g}" for value in values]
        texts = full(values, scale, spacing)
        kept = FEW_DECADES_LABELS if abs(high - low) <= FEW_DECADES else MANY_DECADES_LABELS
        return [text if _mantissa(value) in kept else "" for value, text in
                zip(values, texts, strict=True)]

    axis.logTickValues = tick_values
    axis.logTickStrings = tick_strings


def narrow_ticks(low: float, high: float) -> list[float]:
    """log₁₀ of round values between 10^``low`` and 10^``high`` (1, 2 or 5 × 10ᵏ apart)."""
    bottom, top = 10.0 ** low, 10.0 ** high
    raw = (top - bottom) / NARROW_TICKS
    if raw <= 0 or not math.isfinite(raw):
        return []
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(bottom / step) * step
    count = int((top - first) / step + 1e-9) + 1
    return [math.log10(first + k * step) for k in range(count) if first + k * step > 0]


def _mantissa(log_value: float) -> int:
    """The leading digit of 10 ** ``log_value`` (a tick of a log axis: an exact multiple)."""
    fraction = log_value - math.floor(log_value + 1e-9)
    return round(10 ** fraction) % 10 or 1
