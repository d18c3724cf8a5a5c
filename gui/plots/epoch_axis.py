"""Epoch axes that stay readable on long runs: 20k, 40k … and 1.5M instead of 20000, 40000
and 1500000, whose labels ran into each other on a plot a few hundred pixels wide."""

from __future__ import annotations

#: from here on the ticks are written in thousands (k) or millions (M)
COMPACT_FROM = 10_000


def compact_epochs(axis) -> None:
    """Have ``axis`` (a pyqtgraph AxisItem of epochs) label its ticks compactly (once)."""
    if getattr(axis, "_compact_epochs", False):
        return
    axis._compact_epochs = True
    full = axis.tickStrings

    def tick_strings(values, scale, spacing):
        if spacing * scale < 1000 or max((abs(v * scale) for v in values),
                                         default=0) < COMPACT_FROM:
            return full(values, scale, spacing)
        return [compact(v * scale, spacing * scale) for v in values]

    axis.tickStrings = tick_strings


def compact(value: float, spacing: float) -> str:
    """``value`` in thousands or, where the ticks are 100,000 apart or more, millions."""
    if spacing >= 100_000 and abs(value) >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    return f"{value / 1000:g}k" if value else "0"
