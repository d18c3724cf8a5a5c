"""The target column(s) of a CSV file turned into ``Y``, with the task decided.

One target column holds labels of any kind (classification, one-hot encoded with the label
texts as class names) or numbers (regression); ``labels.infer_task`` decides when the user
does not. Several target columns are either an existing one-hot encoding (every value 0 or
1, exactly one 1 per row: classification, named after the columns) or several regression
targets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from engine.datasets.dataset import one_hot
from engine.datasets.labels import encode_classes, infer_task, number_or_none
from engine.errors import DataError


def _numbers(cells: np.ndarray, lines: np.ndarray, names: Sequence[str], path: Path, why: str):
    """Target cells (n, t) as floats, or DataError at the first cell that is not a finite number."""
    try:
        values = cells.astype(np.float64)
        if np.all(np.isfinite(values)):
            return values
    except (ValueError, TypeError, OverflowError):
        pass
    for r in range(cells.shape[0]):
        for c in range(cells.shape[1]):
            value = number_or_none(cells[r, c])
            if value is None or not np.isfinite(value):
                raise DataError(
                    f"{path}: row {lines[r]}, column {names[c]!r}: "
                    f"{cells[r, c].strip()[:40]!r} is not a finite number; {why}"
                )
    raise DataError(f"{path}: the target values are not numbers")  # unreachable in practice


def _several(cells, lines, names, task, path) -> tuple[np.ndarray, str, tuple[str, ...]]:
    values = _numbers(cells, lines, names, path, "several target columns must hold numbers")
    is_one_hot = bool(np.all((values == 0) | (values == 1)) and np.all(values.sum(axis=1) == 1))
    task = task or ("classification" if is_one_hot else "regression")
    if task == "regression":
        return values, task, ()
    if not is_one_hot:
        raise DataError(
            f"{path}: several target columns for classification must be one-hot: every value 0 "
            "or 1 and exactly one 1 in each row"
        )
    return one_hot(np.argmax(values, axis=1), len(names)), task, tuple(names)


def encode_targets(
    cells: np.ndarray, lines: np.ndarray, names: Sequence[str], task: str | None, path: Path
) -> tuple[np.ndarray, str, tuple[str, ...]]:
    """``Y``, the task and the class names for target cells (n, t) of the given columns."""
    if cells.shape[1] > 1:
        return _several(cells, lines, names, task, path)
    texts = [str(cell).strip() for cell in cells[:, 0]]
    task = task or infer_task(texts)
    if task == "regression":
        why = "a regression target must be numbers (or pass task='classification')"
        return _numbers(cells, lines, names, path, why), task, ()
    codes, class_names = encode_classes(texts, f"{path}: target column {names[0]!r}")
    return one_hot(codes, len(class_names)), task, class_names
