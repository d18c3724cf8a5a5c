"""A line of coloured class chips with their counts ("■ outer: 100  ■ inner: 100"), shared by
the panel's summary and the import previews so a class looks the same everywhere."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from engine import notation
from engine.datasets.sources import shown_names
from gui import style

WORD_JOINER = "\u2060"


def counts_html(dataset) -> str:
    """Rich text: a chip in the class colour, the class name and its count, per class; for
    regression the range of the targets."""
    if dataset.task != "classification":
        low, high = (_range_end(float(value)) for value in (dataset.Y.min(), dataset.Y.max()))
        names = ", ".join(dataset.target_names)
        if not names:
            return QCoreApplication.translate(
                "DataPanel", "numeric target from {lo} to {hi}").format(lo=low, hi=high)
        # named, so a divided target says its units: "price ÷ 100,000 from 0.794 to 4.48"
        return QCoreApplication.translate(
            "DataPanel", "numeric target {name} from {lo} to {hi}").format(
                name=f"<b>{html.escape(names)}</b>", lo=low, hi=high)
    chips = []
    names = shown_names(dataset, dataset.class_names)
    for k, (name, count) in enumerate(zip(names, dataset.class_counts(), strict=True)):
        colour = style.class_colour(k).name()
        # one chip never broken across lines (a Chinese name has no space to break at:
        # "■ 维" then "吉尼亚鸢尾: 50", tester)
        # (Qt's rich text breaks lines inside a span whatever its white-space: its
        # characters are joined by word joiners, U+2060, that no line is broken at)
        joined = _unbroken(html.escape(name))
        chips.append(f'<span style="color:{colour}; font-size:14pt">■</span>&nbsp;'
                     f"{joined}:&nbsp;<b>{int(count)}</b>")  # "0: 2", not "0 2"
    return " &nbsp; ".join(chips)


def _range_end(value: float) -> str:
    """Four digits as the notes write numbers, a whole number as it is: "from 7401 to
    72050" ("7.205e+04" beside "7401" read as two kinds of number), "0.794"."""
    rounded = float(f"{value:.4g}")
    if rounded == round(rounded) and abs(rounded) < 1e12:
        return f"{rounded:.0f}"
    return notation.format_number(rounded)


def _unbroken(name: str) -> str:
    """``name`` with the characters of scripts written without spaces (Chinese, Japanese)
    joined by word joiners (``notation.is_cjk``), which no line is broken at; a Latin name
    as it is (Qt breaks it only at its spaces)."""
    if not any(notation.is_cjk(c) for c in name):
        return name
    return WORD_JOINER.join(name.replace(" ", "\u00a0"))
