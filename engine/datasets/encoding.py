"""How a table's raw columns become the feature matrix: numbers as they are, text one-hot.

A CSV file (or any table) has *raw* columns; the network takes *features*. An ``Encoding``
is the one record of that step, kept with the data set, written in the project (so a
project reopens with the very same inputs even if new values appear in its file) and
carried into every export (so the ONNX model and the standalone predictor take raw values,
strings included, and encode them inside)::

    encoding = Encoding((RawColumn("bill"), RawColumn("island", ("Biscoe", "Dream"))))
    encoding.feature_names      # ("bill", "island=Biscoe", "island=Dream")
    X = encoding.encode_rows([[39.1, "Dream"], [40.0, "Biscoe"]])

A numeric column is one feature; a text column is one feature per category, named
``column=category``, in the categories' sorted (stable) order, 1 where the row holds that
category and 0 elsewhere. ``ignored`` names the columns left out, ``drop_missing`` says
whether rows with a missing value were dropped (else they are refused). At most
``MAX_CATEGORIES`` categories per text column: past that a column is almost surely a name
or an identifier, and its inputs would swamp the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.errors import DataError, TooManyCategories
from engine.text import translate

#: the most distinct values a text feature column may have (one input each)
MAX_CATEGORIES = 50
_TILE_ROWS, _TILE_COLUMNS = 1024, 64


@dataclass(frozen=True)
class RawColumn:
    """One raw feature column: its ``name`` and, for a text column, its ``categories``
    (sorted, each a stripped string); None for a numeric column."""

    name: str
    categories: tuple[str, ...] | None = None

    @property
    def is_text(self) -> bool:
        return self.categories is not None

    @property
    def width(self) -> int:
        """How many features the column becomes."""
        return 1 if self.categories is None else len(self.categories)

    @property
    def feature_names(self) -> tuple[str, ...]:
        if self.categories is None:
            return (self.name,)
        return tuple(f"{self.name}={category}" for category in self.categories)


def category_names(values: Sequence[str], column: str, where: str) -> tuple[str, ...]:
    """The sorted categories of a text column's values; DataError past ``MAX_CATEGORIES``."""
    categories = tuple(sorted(set(values)))
    if len(categories) > MAX_CATEGORIES:
        raise TooManyCategories(translate(
            "Data", "{where}: column {column!r} has {count} distinct text values, more than "
            "the {limit} a text feature may have (one input each): an identifier or free "
            "text, which the network cannot take as a feature").format(
                where=where, column=column, count=len(categories), limit=MAX_CATEGORIES),
            column=column)
    return categories


@dataclass(frozen=True)
class Encoding:
    """The raw feature ``columns`` in order, the ``ignored`` columns and the missing-value
    choice; ``feature_names`` and ``encode`` give the feature matrix they make."""

    columns: tuple[RawColumn, ...]
    ignored: tuple[str, ...] = ()
    drop_missing: bool = False

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(name for column in self.columns for name in column.feature_names)

    @property
    def n_features(self) -> int:
        return sum(column.width for column in self.columns)

    @property
    def raw_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def has_text(self) -> bool:
        return any(column.is_text for column in self.columns)

    @property
    def numeric_columns(self) -> tuple[int, ...]:
        """Indices (among ``columns``) of the numeric raw columns."""
        return tuple(i for i, column in enumerate(self.columns) if not column.is_text)

    @property
    def text_columns(self) -> tuple[int, ...]:
        """Indices (among ``columns``) of the text raw columns."""
        return tuple(i for i, column in enumerate(self.columns) if column.is_text)

    def column(self, name: str) -> RawColumn | None:
        return next((column for column in self.columns if column.name == name), None)

    def encode(self, values: Sequence[np.ndarray]) -> np.ndarray:
        """The feature matrix (n, n_features), C-ordered float64, of one array per raw
        column: numbers for a numeric column, category codes (indices into its categories)
        for a text one.

        The raw values come a column at a time (as pandas holds them), the matrix a row at
        a time. Columns that abut in memory (pandas keeps columns of one type as the rows of
        one block) are copied as that block's transpose, a single numpy call that reads
        each element once; the others a tile of rows × columns at a time, which
        keeps both sides in the cache (a column at a time would stride through all of
        memory once per column)."""
        features: list[np.ndarray] = []
        for column, column_values in zip(self.columns, values, strict=True):
            column_values = np.asarray(column_values)
            if column.is_text:
                features.extend(column_values == k for k in range(column.width))
            else:
                features.append(column_values)
        n = len(features[0]) if features else 0
        X = np.empty((n, len(features)))
        for c0, c1, block in _block_runs(features):
            if block is not None:
                np.copyto(X[:, c0:c1], block, casting="unsafe")
                continue
            for r0 in range(0, n, _TILE_ROWS):
                np.stack([f[r0:r0 + _TILE_ROWS] for f in features[c0:c1]], axis=1,
                         casting="unsafe", out=X[r0:r0 + _TILE_ROWS, c0:c1])
        return X

    def encode_rows(self, rows: Sequence[Sequence[Any]]) -> np.ndarray:
        """The feature matrix of rows of raw values (numbers, and strings for the text
        columns), as the exported predictors compute it; DataError for a value that does
        not fit (a text column's unknown category, a numeric column's text)."""
        rows = [list(row) for row in rows]
        values: list[np.ndarray] = []
        for j, column in enumerate(self.columns):
            cells = []
            for r, row in enumerate(rows):
                if len(row) != len(self.columns):
                    raise DataError(translate(
                        "Data", "row {row} has {count} values; the encoding takes {width} "
                        "raw columns ({names})").format(row=r + 1, count=len(row),
                                                        width=len(self.columns),
                                                        names=", ".join(self.raw_names)))
                cells.append(self._code(column, row[j], r))
            values.append(np.asarray(cells, dtype=np.int64 if column.is_text else np.float64))
        return self.encode(values)

    @staticmethod
    def _code(column: RawColumn, value: Any, row: int) -> float | int:
        if column.categories is None:
            try:
                return float(value)
            except (TypeError, ValueError):
                raise DataError(translate(
                    "Data", "row {row}, column {column!r}: {value!r} is not a number").format(
                        row=row + 1, column=column.name, value=value)) from None
        text = str(value).strip()
        if text not in column.categories:
            raise DataError(translate("Data", "row {row}, column {column!r}: {problem}").format(
                row=row + 1, column=column.name, problem=unknown_category(column, text)))
        return column.categories.index(text)

    def to_dict(self) -> dict[str, Any]:
        return {"columns": [{"name": c.name} if c.categories is None
                            else {"name": c.name, "categories": list(c.categories)}
                            for c in self.columns],
                "ignored": list(self.ignored), "drop_missing": self.drop_missing}

    @classmethod
    def from_dict(cls, stored: Any) -> Encoding:
        """The encoding ``to_dict`` wrote; DataError saying what is damaged otherwise."""
        problem = translate("Data", "the stored encoding of the data is damaged: {what}")
        if isinstance(stored, Encoding):
            return stored
        if not isinstance(stored, Mapping) or not isinstance(stored.get("columns"), list):
            raise DataError(problem.format(what=translate("Data", "it needs a list of columns")))
        columns = []
        for item in stored["columns"]:
            name = item.get("name") if isinstance(item, Mapping) else None
            categories = item.get("categories") if isinstance(item, Mapping) else None
            if not isinstance(name, str) or (categories is not None and not (
                    isinstance(categories, list) and categories
                    and all(isinstance(c, str) for c in categories)
                    and len(set(categories)) == len(categories)
                    and len(categories) <= MAX_CATEGORIES)):
                raise DataError(problem.format(what=f"the column {item!r:.80}"))
            columns.append(RawColumn(name, None if categories is None else tuple(categories)))
        ignored = stored.get("ignored", [])
        drop_missing = stored.get("drop_missing", False)
        if not columns or not isinstance(ignored, list) or not all(
                isinstance(name, str) for name in ignored) or not isinstance(drop_missing, bool):
            raise DataError(problem.format(what=translate(
                "Data", "its columns, ignored columns or missing-value choice")))
        return cls(tuple(columns), tuple(ignored), drop_missing)

    def __str__(self) -> str:
        return ", ".join(column.name + ("" if column.categories is None else
                                        f" ({len(column.categories)} categories)")
                         for column in self.columns)


def unknown_category(column: RawColumn, value: str) -> str:
    """Why a text value that is not one of its column's categories cannot be encoded."""
    shown = ", ".join(column.categories[:12]) + (", …" if len(column.categories) > 12 else "")
    return translate("Data", "{value!r} is not one of the column's categories ({categories}), "
                     "which the data's encoding fixed").format(value=value[:40],
                                                               categories=shown)


def encoding_of(source: Any) -> Encoding | None:
    """The encoding a data ``source`` (``Dataset.source``) records; None when it has none
    (its features are the numeric columns as they are: built-in data, images, older files)."""
    if not isinstance(source, Mapping):
        return None
    options = source.get("options")
    stored = options.get("encoding") if isinstance(options, Mapping) else None
    return None if stored is None else Encoding.from_dict(stored)


def _address(array: np.ndarray) -> int:
    return array.__array_interface__["data"][0]


def _abuts(before: np.ndarray, after: np.ndarray) -> bool:
    """Whether ``after`` starts where ``before`` ends, both contiguous columns of one dtype
    and length: the rows of one C-ordered block, as pandas keeps columns of one type."""
    return (before.ndim == 1 and before.dtype == after.dtype and before.shape == after.shape
            and before.strides == (before.itemsize,) and after.strides == before.strides
            and _address(after) - _address(before) == before.nbytes)


def _block_runs(features: Sequence[np.ndarray]):
    """(first, stop, block) covering ``features`` in order: ``block`` the (n, k) view of k
    consecutive columns that abut in memory (one block's rows, read as its transpose), or
    None for up to ``_TILE_COLUMNS`` columns to be tiled.

    Only abutting columns: a view over columns lying apart would span memory that is not
    theirs, and numpy, which judges overlap by extent, then copies through temporaries it
    may allocate inside that span, again and again (a stack overflow, seen on a file of
    30,000 columns held apart)."""
    runs: list[list[int]] = []  # [first, stop]
    for k in range(len(features)):
        if runs and _abuts(features[k - 1], features[k]):
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    group = None
    for first, stop in runs:
        if stop - first >= 2:
            if group is not None:
                yield group[0], group[1], None
                group = None
            column = features[first]
            yield first, stop, np.lib.stride_tricks.as_strided(
                column, shape=(column.shape[0], stop - first),
                strides=(column.itemsize, column.nbytes), writeable=False)
        elif group is not None and stop - group[0] <= _TILE_COLUMNS:
            group[1] = stop
        else:
            if group is not None:
                yield group[0], group[1], None
            group = [first, stop]
    if group is not None:
        yield group[0], group[1], None
