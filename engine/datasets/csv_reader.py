"""``read_csv``: a user's CSV file as a Dataset, validated completely before it returns.

Numbers are converted a block of rows at a time by numpy, so a 60,000 × 784 file loads in a
few seconds; only when a block fails is it searched cell by cell for the first bad value, so
the error can name its row and column. Rows are numbered as a text editor or spreadsheet
shows them (the header is row 1).
"""

from __future__ import annotations

import itertools
import numbers
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from engine.datasets import csv_layout
from engine.datasets.csv_targets import encode_targets
from engine.datasets.dataset import TASKS, Dataset
from engine.datasets.files import absolute, as_path, read_bytes
from engine.datasets.labels import is_missing, number_or_none
from engine.datasets.split import check_split
from engine.errors import DataError

ColumnKey = str | int
_BLOCK_ROWS = 2048


def _column_index(key: ColumnKey, names: Sequence[str], path: os.PathLike[str]) -> int:
    """A column chosen by name or by 0-based index (negative counts from the end)."""
    if isinstance(key, numbers.Integral) and not isinstance(key, bool):
        if -len(names) <= key < len(names):
            return int(key) % len(names)
        raise DataError(
            f"{path}: column index {key} is out of range; the file has {len(names)} columns "
            f"(0 to {len(names) - 1})"
        )
    if isinstance(key, str):
        matches = [i for i, name in enumerate(names) if name == key.strip()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise DataError(
                f"{path}: {len(matches)} columns are named {key!r}; choose one by index"
            )
        shown = ", ".join(repr(n) for n in names[:20]) + (", ..." if len(names) > 20 else "")
        raise DataError(f"{path}: has no column named {key!r}; its columns are {shown}")
    raise DataError(f"{path}: a column is chosen by name or index, not {key!r}")


def _column_list(keys, names, path) -> list[int]:
    if keys is None:
        return []
    if not isinstance(keys, list | tuple):
        keys = [keys]
    indices = [_column_index(key, names, path) for key in keys]
    if len(set(indices)) != len(indices):
        raise DataError(f"{path}: the same column is chosen twice in {list(keys)!r}")
    return indices


def _cell_problem(cell: str) -> str | None:
    """Why a feature cell is unusable ("missing", or a description), or None if it is a number."""
    if is_missing(cell):
        return "missing"
    value = number_or_none(cell)
    if value is None:
        hint = " (use a dot for decimals)" if "," in cell else ""
        return f"{cell.strip()[:40]!r} is not a number{hint}"
    if not np.isfinite(value):
        return f"{cell.strip()[:40]!r} is not a finite number"
    return None


class _Reader:
    """One file's records turned into a feature matrix and target cells, block by block."""

    def __init__(self, path, names: list[str], features: list[int], targets: list[int]):
        self.path, self.names = path, names
        self.features, self.targets = features, targets
        self.width = len(names)

    def fail(self, line: int, column: int, what: str) -> DataError:
        return DataError(f"{self.path}: row {line}, column {self.names[column]!r}: {what}")

    def _ragged(self, lines: Sequence[int], rows: Sequence[list[str]]) -> None:
        for line, row in zip(lines, rows, strict=True):
            if len(row) != self.width:
                raise DataError(
                    f"{self.path}: row {line} has {len(row)} values but the first row has "
                    f"{self.width} columns"
                )

    def _floats(self, lines: Sequence[int], cells: np.ndarray) -> np.ndarray:
        """Feature cells of a block as floats, NaN where missing; a bad cell raises DataError.

        The whole block is converted at once, targets too when they are numbers (the usual
        case; converting before picking columns saves copying millions of cells), else the
        feature columns at once. Only when that fails too are they converted one by one, and
        the failing ones read cell by cell, so the first bad cell in reading order is reported.
        """
        try:
            values = cells.astype(np.float64)[:, self.features]
        except (ValueError, TypeError, OverflowError):
            try:  # text labels: the features alone may still convert at once
                values = cells[:, self.features].astype(np.float64)
            except (ValueError, TypeError, OverflowError):
                values = self._floats_by_column(lines, cells)
        infinite = np.argwhere(np.isinf(values))
        if infinite.size:
            r, c = infinite[0]
            column = self.features[c]
            raise self.fail(lines[r], column, _cell_problem(cells[r, column]))
        return values

    def _floats_by_column(self, lines: Sequence[int], cells: np.ndarray) -> np.ndarray:
        values = np.empty((cells.shape[0], len(self.features)))
        problems = []
        for c, column in enumerate(self.features):
            values[:, c], problem = self._column_floats(cells[:, column])
            if problem is not None:
                problems.append((problem[0], column, problem[1]))
        if problems:
            r, column, what = min(problems)
            raise self.fail(lines[r], column, what)
        return values

    @staticmethod
    def _column_floats(column: np.ndarray) -> tuple[np.ndarray, tuple[int, str] | None]:
        """One column's floats (NaN where missing) and its first bad (row, reason), if any."""
        try:
            return column.astype(np.float64), None
        except (ValueError, TypeError, OverflowError):
            values = np.full(column.shape, np.nan)
            for r, cell in enumerate(column):
                problem = _cell_problem(cell)
                if problem is None:
                    values[r] = float(cell)
                elif problem != "missing":
                    return values, (r, problem)
            return values, None

    def read(self, body: Iterator[tuple[int, list[str]]]):
        """Features (n, d) with NaN where missing, target cells (n, t) and line numbers (n,)."""
        X_blocks, T_blocks, line_blocks = [], [], []
        while block := list(itertools.islice(body, _BLOCK_ROWS)):
            lines = [line for line, _ in block]
            rows = [fields for _, fields in block]
            self._ragged(lines, rows)
            cells = np.array(list(itertools.chain.from_iterable(rows)), dtype=object).reshape(
                len(rows), self.width
            )
            X_blocks.append(self._floats(lines, cells))
            T_blocks.append(cells[:, self.targets])
            line_blocks.append(np.asarray(lines, dtype=np.int64))
        if not X_blocks:
            return None
        return np.concatenate(X_blocks), np.concatenate(T_blocks), np.concatenate(line_blocks)


def _check_options(task, header, delimiter, drop_missing, validation_share, seed) -> None:
    if task is not None and task not in TASKS:
        raise DataError(f"task must be None (infer it), {' or '.join(TASKS)}, not {task!r}")
    if header not in (None, True, False):
        raise DataError(f"header must be None (detect it), True or False, not {header!r}")
    if delimiter is not None and delimiter not in csv_layout.DELIMITERS:
        raise DataError(f"delimiter must be None (detect it), ',', ';' or '\\t', not {delimiter!r}")
    if not isinstance(drop_missing, bool):
        raise DataError(f"drop_missing must be True or False, not {drop_missing!r}")
    check_split(validation_share, seed)


def _plain(key: Any) -> Any:
    """A column key as JSON can store it (numpy integers become ints)."""
    return int(key) if isinstance(key, numbers.Integral) and not isinstance(key, bool) else key


def _layout(file: Path, text: str, header: bool | None, delimiter: str | None):
    """Delimiter, header flag, column names and the data records (header taken out)."""
    sample = csv_layout.sample_lines(text)
    if not sample:
        raise DataError(f"{file}: is empty; a CSV file needs rows of values")
    delimiter = delimiter or csv_layout.detect_delimiter(sample, file)
    body = csv_layout.records(text, delimiter, file)
    head = list(itertools.islice(body, csv_layout.SAMPLE_RECORDS))
    if not head:
        raise DataError(f"{file}: is empty; a CSV file needs rows of values")
    first_line, first = head[0]
    if header is None:
        header = csv_layout.looks_like_header(first, [fields for _, fields in head[1:]])
    if len(first) < 2:
        raise DataError(
            f"{file}: row {first_line} has a single column; a data set needs feature "
            "columns and a target column"
        )
    names = [(cell.strip() if header else "") or f"column {i + 1}" for i, cell in enumerate(first)]
    return delimiter, header, names, itertools.chain(head[1:] if header else head, body)


def _missing_rows(file, names, features, targets, X, T, lines, drop_missing) -> np.ndarray:
    """Which rows have a missing value; DataError at the first one unless ``drop_missing``."""
    missing_cells = np.zeros((X.shape[0], len(names)), dtype=bool)
    missing_cells[:, features] = np.isnan(X)
    missing_cells[:, targets] = np.vectorize(is_missing, otypes=[bool])(T).reshape(T.shape)
    missing_rows = missing_cells.any(axis=1)
    count = int(missing_rows.sum())
    if count and not drop_missing:
        row = int(np.argmax(missing_rows))
        column = names[int(np.argmax(missing_cells[row]))]
        raise DataError(
            f"{file}: row {lines[row]}, column {column!r}: the value is missing "
            f"({count} row{'s' if count != 1 else ''} in all); drop such rows with "
            "drop_missing=True"
        )
    if count == X.shape[0]:
        raise DataError(f"{file}: every row has a missing value; nothing is left to train on")
    return missing_rows


def read_csv(
    path: str | os.PathLike[str],
    target: ColumnKey | Sequence[ColumnKey] | None = None,
    *,
    task: str | None = None,
    header: bool | None = None,
    delimiter: str | None = None,
    drop_missing: bool = False,
    ignore: ColumnKey | Sequence[ColumnKey] | None = (),
    validation_share: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """A CSV file as a Dataset: features are every column except ``target`` and ``ignore``.

    ``target`` names the target column(s) by header name or 0-based index; None means the
    last column. ``task`` None infers it (see ``engine.datasets.labels``). ``header`` and
    ``delimiter`` (comma, semicolon or tab) are detected when None. Missing values (empty,
    NA, NaN, null, ?) are an error unless ``drop_missing``, which drops those rows and counts
    them in ``Dataset.dropped_rows``. Every problem raises DataError naming file, row, column.
    """
    _check_options(task, header, delimiter, drop_missing, validation_share, seed)
    ignore_list = [
        _plain(key)
        for key in (
            [] if ignore is None else ignore if isinstance(ignore, list | tuple) else [ignore]
        )
    ]
    target_given = (
        [_plain(key) for key in target] if isinstance(target, list | tuple) else _plain(target)
    )
    file = as_path(path)
    text = csv_layout.decode(read_bytes(file), file)
    delimiter, header, names, body = _layout(file, text, header, delimiter)
    targets = _column_list(-1 if target is None else target, names, file)
    ignored = _column_list(ignore_list, names, file)
    if set(targets) & set(ignored):
        raise DataError(f"{file}: a target column cannot also be ignored")
    features = [i for i in range(len(names)) if i not in targets and i not in ignored]
    if not features:
        raise DataError(f"{file}: no feature columns are left once the target is taken out")
    parsed = _Reader(file, names, features, targets).read(body)
    if parsed is None:
        raise DataError(f"{file}: has a header row but no data rows")
    X, T, lines = parsed
    dropped = _missing_rows(file, names, features, targets, X, T, lines, drop_missing)
    if dropped.any():
        X, T, lines = X[~dropped], T[~dropped], lines[~dropped]
    target_names = tuple(names[i] for i in targets)
    Y, task, class_names = encode_targets(T, lines, target_names, task, file)
    return Dataset(
        X=np.ascontiguousarray(X),
        Y=Y,
        task=task,
        class_names=class_names,
        feature_names=tuple(names[i] for i in features),
        target_names=target_names,
        name=file.name,
        source={
            "kind": "csv",
            "path": absolute(file),
            "options": {
                "target": target_given,
                "task": task,
                "header": header,
                "delimiter": delimiter,
                "drop_missing": drop_missing,
                "ignore": ignore_list,
                "validation_share": float(validation_share),
                "seed": int(seed),
            },
        },
        validation_share=float(validation_share),
        seed=int(seed),
        dropped_rows=int(dropped.sum()),
    )
