"""One column of a CSV file as pandas read it, sorted into missing cells, numbers and text.

pandas gives a column of numbers (float or int) when every cell is a number or one of the
missing-value words it was told, else a column of strings. A column of strings is looked
at through its distinct values (``pandas.factorize``), not cell by cell, so a text column
of 60,000 rows and three categories costs three checks. Which cell is the first problem (a
word among numbers, a decimal comma, an infinity, an unknown category) is found the same
way, so the error can name its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from engine.datasets.encoding import RawColumn, category_names, unknown_category
from engine.datasets.labels import is_missing, number_or_none
from engine.text import translate

MISSING, NUMBER, TEXT = 0, 1, 2

#: a column's first problem: (record, message); the reader adds the file, row and column
Problem = tuple[int, str]


@dataclass(frozen=True, eq=False)
class CsvColumn:
    """A column's cells: the ``numbers`` (pandas' own array for a column of numbers, ints
    or floats with NaN where missing; else floats, NaN where a cell is not a number) and,
    for a column of strings, the distinct stripped texts ``uniques`` with each cell's index
    into them (``codes``, −1 for pandas' NaN). ``kinds`` sorts each cell: MISSING, NUMBER or
    TEXT."""

    numbers: np.ndarray
    uniques: np.ndarray | None = None
    codes: np.ndarray | None = None
    unique_kinds: np.ndarray | None = None

    @property
    def n(self) -> int:
        return int(self.numbers.shape[0])

    @property
    def may_miss(self) -> bool:
        """Whether any cell can be missing (a column of ints cannot)."""
        return self.uniques is not None or self.numbers.dtype.kind == "f"

    @cached_property
    def kinds(self) -> np.ndarray:
        if self.uniques is None:
            if not self.may_miss:
                return np.full(self.n, NUMBER, dtype=np.int8)
            return np.where(np.isnan(self.numbers), MISSING, NUMBER).astype(np.int8)
        return self.unique_kinds[self.codes]

    @property
    def missing(self) -> np.ndarray:
        if not self.may_miss:
            return np.zeros(self.n, dtype=bool)
        return np.isnan(self.numbers) if self.uniques is None else self.kinds == MISSING

    def texts(self) -> np.ndarray:
        """Each cell's stripped text (object array; "" where pandas saw a missing value)."""
        if self.uniques is None:
            return np.array([_number_text(v) for v in self.numbers], dtype=object)
        table = np.append(self.uniques, "")
        return table[self.codes]

    def take(self, rows: np.ndarray) -> CsvColumn:
        """The same column restricted to some rows (the ones kept)."""
        return CsvColumn(self.numbers[rows], self.uniques,
                         None if self.codes is None else self.codes[rows], self.unique_kinds)

    def first(self, mask: np.ndarray) -> int | None:
        where = np.flatnonzero(mask)
        return int(where[0]) if where.size else None


def _number_text(value: float) -> str:
    value = float(value)
    if np.isnan(value):
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def column_of(series, decimal: str = ".") -> CsvColumn:
    """The cells of one pandas column, sorted (see the module doc); ``decimal`` is the
    file's decimal mark, as pandas was told."""
    if series.dtype.kind in "iuf":
        numbers = series.to_numpy()
        if numbers.dtype.kind == "u":
            numbers = numbers.astype(np.float64)
        return CsvColumn(numbers)
    if series.dtype.kind == "b":  # pandas reads True/False as booleans: they are words here
        series = series.astype(object)
    import pandas

    codes, uniques = pandas.factorize(series.to_numpy(dtype=object, na_value=None),
                                      use_na_sentinel=True)
    stripped = np.array([str(u).strip() for u in uniques], dtype=object)
    unique_kinds = np.empty(len(stripped) + 1, dtype=np.int8)
    unique_numbers = np.full(len(stripped) + 1, np.nan)
    for i, text in enumerate(stripped):
        value = None if is_missing(text) else number_or_none(text, decimal)
        unique_kinds[i] = MISSING if is_missing(text) else TEXT if value is None else NUMBER
        if value is not None:
            unique_numbers[i] = value
    unique_kinds[-1] = MISSING  # code −1: pandas' own missing value
    return CsvColumn(unique_numbers[codes], stripped, codes, unique_kinds)


def numeric_problem(column: CsvColumn, text_of=None, decimal: str = ".") -> Problem | None:
    """The first cell that stops a column being numbers (a word, an infinity), if any;
    ``text_of(record)`` gives a cell's text as the file has it (pandas keeps only the
    number of a column of numbers); ``decimal``: the file's decimal mark."""
    record = None if column.uniques is None else column.first(column.kinds == TEXT)
    if record is not None:
        cell = column.texts()[record]
        if decimal == ",":
            hint = translate("Data", " (this file writes its decimals with a comma: write "
                                     "this one so too)") if "." in cell else ""
        else:
            dotted = _dotted(column) if "," in cell else None
            hint = (translate("Data", " (the column writes decimals with a comma here and "
                                      "with a dot elsewhere, as {dot}: write them all one "
                                      "way)").format(dot=repr(dotted)) if dotted is not None
                    else translate("Data", " (use a dot for decimals)") if "," in cell
                    else "")
        return record, translate("Data", "{value!r} is not a number{hint}").format(
            value=cell[:40], hint=hint)
    if column.numbers.dtype.kind != "f":
        return None
    record = column.first(np.isinf(column.numbers))
    if record is not None:
        cell = column.texts()[record] if column.uniques is not None else (
            text_of(record) if text_of is not None else None)
        return record, translate("Data", "{value!r} is not a finite number").format(
            value=(cell or ("inf" if column.numbers[record] > 0 else "-inf"))[:40])
    return None


def _dotted(column: CsvColumn) -> str | None:
    """A number of the column written with a decimal dot ("77.5"), if it has one: beside
    decimal commas, the cell that made the file one of decimal dots (a file that mixes
    them blamed its first comma, "use a dot", tester)."""
    found = [text for text, kind in zip(column.uniques, column.kinds[:-1], strict=False)
             if kind == NUMBER and "." in text]
    return found[0][:40] if found else None


def looks_numeric(column: CsvColumn) -> bool:
    """Whether a column holds numbers (at least one, or nothing but missing cells) rather
    than text: text columns are those with a word and not a single number."""
    if column.uniques is None:
        return True
    return not (column.kinds == TEXT).any() or (column.kinds == NUMBER).any()


def decimal_comma_problem(column: CsvColumn) -> Problem | None:
    """A text column whose words are numbers written with a decimal comma ("2,5") is not
    text to encode: the first such cell, with the hint."""
    if column.uniques is None:
        return None
    suspects = [i for i, text in enumerate(column.uniques)
                if "," in text and number_or_none(text.replace(",", ".")) is not None]
    if not suspects:
        return None
    record = column.first(np.isin(column.codes, suspects))
    if record is None:
        return None
    return record, translate("Data", "{value!r} is not a number (use a dot for decimals)").format(
        value=column.uniques[column.codes[record]][:40])


def text_codes(column: CsvColumn, raw: RawColumn) -> tuple[np.ndarray, Problem | None]:
    """Each cell's index into ``raw.categories`` (−1 where missing), and the first cell that
    is not one of them, if any."""
    lookup = {category: k for k, category in enumerate(raw.categories)}
    if column.uniques is None:
        codes = np.array([lookup.get(text, -2) for text in column.texts()], dtype=np.int64)
    else:
        table = np.array([lookup.get(text, -2) for text in column.uniques] + [-1],
                         dtype=np.int64)
        codes = table[column.codes]
    codes[column.missing] = -1
    record = column.first(codes == -2)
    if record is None:
        return codes, None
    return codes, (record, unknown_category(raw, str(column.texts()[record])))


def fitted_column(name: str, column: CsvColumn, where: str) -> RawColumn:
    """The RawColumn of a column read for the first time: numbers, or text with its sorted
    categories (DataError past MAX_CATEGORIES)."""
    if looks_numeric(column):
        return RawColumn(name)
    texts = column.uniques[np.unique(column.codes[column.kinds == TEXT])]
    return RawColumn(name, category_names([str(t) for t in texts], name, where))
