"""Class labels of any type turned into integer codes and names, and the task-inference rule.

The rule for guessing the task when the user does not say (documented for users):
a target is **classification** when any of its values is not a number, or when every value
is a whole number and there are at most ``MAX_INFERRED_CLASSES`` distinct values; otherwise
it is **regression**. A user can always override it with ``task=``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from engine.errors import DataError
from engine.tasks import MAX_INFERRED_CLASSES
from engine.text import translate

# One-hot targets take n × k floats: past a few hundred classes the column is almost
# certainly an identifier picked by mistake, and the matrix would not fit in memory.
MAX_CLASSES = 256
#: past ``MAX_INFERRED_CLASSES`` classes, fewer rows than this per class on average is a column
#: of names or identifiers picked as the target (a penguin's name: 176 classes of one row
#: each, which the new file's default target column was, tester), not classes to learn
LEAST_ROWS_PER_CLASS = 2
MISSING_TOKENS = frozenset({"", "na", "n/a", "nan", "null", "none", "?"})


def is_missing(text: str) -> bool:
    """Whether a cell's text stands for a missing value (empty, NA, NaN, null, ?...)."""
    return text.strip().lower() in MISSING_TOKENS


#: a number with its thousands grouped by dots, as a file of decimal commas writes them
#: ("4.500", "1.368.237", "9.490,5")
GROUPED_BY_DOTS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?(?:[eE][+-]?\d+)?")


def number_or_none(text: str, decimal: str = ".") -> float | None:
    """The cell as a float, or None when it is not a number; with ``decimal`` "," the file
    writes "2,5" for 2.5 and may group thousands by dots ("4.500,5"); a dot is then no
    decimal point ("2.5" is not a number there)."""
    if decimal != ".":
        text = text.strip()
        if "." in text:
            if not GROUPED_BY_DOTS.fullmatch(text):
                return None
            text = text.replace(".", "")
        text = text.replace(decimal, ".", 1)
    try:
        return float(text)
    except (ValueError, OverflowError):
        return None


def format_number(value: float) -> str:
    """A class name for a numeric label: ``3`` not ``3.0``, ``0.5`` as it is."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def infer_task(values: Sequence[str], decimal: str = ".") -> str:
    """``classification`` or ``regression`` for a target column by the rule in the module doc."""
    distinct = set(values)
    numbers = [number_or_none(v, decimal) for v in distinct]
    if any(n is None for n in numbers):
        return "classification"
    whole = all(math.isfinite(n) and n.is_integer() for n in numbers)
    if whole and len(set(numbers)) <= MAX_INFERRED_CLASSES:
        return "classification"
    return "regression"


def encode_classes(values: Sequence[str], where: str, decimal: str = "."
                   ) -> tuple[np.ndarray, tuple[str, ...]]:
    """Integer codes (n,) and sorted class names for label texts of any kind.

    Labels that are all numbers are sorted and merged numerically (``"1"`` and ``"1.0"`` are
    one class, ``10`` sorts after ``9``); otherwise they are sorted as text. ``where`` names
    the file and column for the error messages.
    """
    texts = np.asarray([v.strip() for v in values], dtype=object)
    distinct, codes = np.unique(texts, return_inverse=True)
    numbers = [number_or_none(t, decimal) for t in distinct]
    if all(n is not None and math.isfinite(n) for n in numbers):
        as_floats = np.asarray(numbers, dtype=np.float64)
        values_sorted, merged = np.unique(as_floats, return_inverse=True)
        codes = merged[codes]
        names = tuple(format_number(float(v)) for v in values_sorted)
    else:
        names = tuple(str(t) for t in distinct)
    if len(names) < 2:
        template = (translate("Data", "{where} has fewer than two classes (every label is "
                              "{label}); a classifier needs at least two") if names else
                    translate("Data", "{where} has fewer than two classes; a classifier needs "
                              "at least two"))
        raise DataError(template.format(where=where, label=repr(names[0]) if names else ""))
    if len(names) > MAX_CLASSES:
        raise DataError(translate(
            "Data", "{where} has {n} distinct labels; at most {most} classes are supported (is "
            "it the right column, or is it a regression target?)").format(
                where=where, n=len(names), most=MAX_CLASSES))
    if len(names) > MAX_INFERRED_CLASSES and len(names) * LEAST_ROWS_PER_CLASS > len(texts):
        raise DataError(translate(
            "Data", "{where} has {n} distinct labels in {rows} rows, most on a row of their own: "
            "a name or an identifier rather than classes (choose another target column)"
        ).format(where=where, n=len(names), rows=len(texts)))
    return codes.astype(np.int64).reshape(-1), names
