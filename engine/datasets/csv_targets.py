"""The target column(s) of a CSV file turned into ``Y``, with the task decided.

One target column holds labels of any kind (classification, one-hot encoded with the label
texts as class names) or numbers (regression); ``labels.infer_task`` decides when the user
does not. Several target columns are either an existing one-hot encoding (every value 0 or
1, exactly one 1 per row: classification, named after the columns) or several regression
targets. A column pandas read as numbers is classified by its distinct values, not cell by
cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from engine.datasets.csv_columns import TEXT, CsvColumn
from engine.datasets.dataset import one_hot
from engine.datasets.labels import encode_classes, format_number, infer_task
from engine.errors import DataError
from engine.text import QT_TRANSLATE_NOOP, translate, translate_stored

#: why a text target cannot be read as numbers, in the words both the CSV dialog ("The
#: target is: Classes") and the command line (--task classification) use
REGRESSION_NEEDS_NUMBERS = QT_TRANSLATE_NOOP(
    "Data", "a target to predict as numbers (regression) must hold numbers; a column of words "
    "is classes: read it as classes (classification)")


class TargetCells:
    """The target columns of the rows kept, and how to name a row (its line in the file)."""

    def __init__(self, columns: Sequence[CsvColumn], names: Sequence[str], line, path: Path,
                 decimal: str = "."):
        self.columns, self.names, self.line, self.path = list(columns), list(names), line, path
        #: the file's decimal mark ("2,5" in a file of decimal commas is a number)
        self.decimal = decimal

    def numbers(self, why: str) -> np.ndarray:
        """The cells (n, t) as floats, or DataError at the first cell that is not a finite
        number (in reading order): ``why`` says why a word cannot be there."""
        problems = []
        for c, column in enumerate(self.columns):
            bad = column.first((column.kinds == TEXT) | ~np.isfinite(column.numbers))
            if bad is not None:
                problems.append((bad, c))
        if problems:
            r, c = min(problems)
            cell = self.columns[c].texts()[r]
            # a word is not a number at all; only inf or nan is a number not finite
            where = {"path": self.path, "row": self.line(r), "column": repr(self.names[c]),
                     "cell": repr(cell[:40])}
            if self.columns[c].kinds[r] == TEXT:
                raise DataError(translate(
                    "Data", "{path}: row {row}, column {column}: {cell} is not a number; "
                    "{why}").format(why=why, **where))
            raise DataError(translate(
                "Data", "{path}: row {row}, column {column}: {cell} is not a finite number; a "
                "target to predict must be finite numbers").format(**where))
        return np.column_stack([column.numbers for column in self.columns])


def _several(cells: TargetCells, task) -> tuple[np.ndarray, str, tuple[str, ...]]:
    values = cells.numbers(translate("Data", "several target columns must hold numbers"))
    is_one_hot = bool(np.all((values == 0) | (values == 1)) and np.all(values.sum(axis=1) == 1))
    task = task or ("classification" if is_one_hot else "regression")
    if task == "regression":
        return values, task, ()
    if not is_one_hot:
        raise DataError(
            translate(
                "Data", "{path}: several target columns for classification must be one-hot: "
                "every value 0 or 1 and exactly one 1 in each row").format(path=cells.path)
        )
    return one_hot(np.argmax(values, axis=1), len(cells.names)), task, tuple(cells.names)


def encode_targets(cells: TargetCells, task: str | None) -> tuple[np.ndarray, str, tuple[str, ...]]:
    """``Y``, the task and the class names of the target cells."""
    if len(cells.columns) > 1:
        return _several(cells, task)
    column = cells.columns[0]
    where = f"{cells.path}: target column {cells.names[0]!r}"
    if column.uniques is None:  # numbers: decide on the distinct values
        distinct = np.unique(column.numbers)
        task = task or infer_task([format_number(float(v)) for v in distinct[:1000]]
                                  if np.all(np.isfinite(distinct)) else ["inf", "text"])
        if task == "regression":
            why = translate_stored("Data", REGRESSION_NEEDS_NUMBERS)
            return cells.numbers(why), task, ()
        if not np.all(np.isfinite(distinct)):
            cells.numbers(translate("Data", "a class label must be a finite number or a word"))
        codes = np.searchsorted(distinct, column.numbers)
        names = tuple(format_number(float(v)) for v in distinct)
        _, class_names = encode_classes(names, where)  # the checks on the number of classes
        return one_hot(codes, len(names)), task, names
    texts = column.texts()
    distinct = sorted({str(text) for text in column.uniques[np.unique(column.codes)]})
    task = task or infer_task(distinct, cells.decimal)
    if task == "regression":
        why = translate_stored("Data", REGRESSION_NEEDS_NUMBERS)
        return cells.numbers(why), task, ()
    codes, class_names = encode_classes([str(text) for text in texts], where, cells.decimal)
    return one_hot(codes, len(class_names)), task, class_names
