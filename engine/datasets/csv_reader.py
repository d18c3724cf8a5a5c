"""``read_csv``: a user's CSV file as a Dataset, validated completely before it returns.

The layout (delimiter, header) is found on the file's first lines (``csv_layout``), the
values are read by pandas' C parser (``csv_table``), each column is sorted into numbers,
text and missing cells (``csv_columns``), and the feature columns become the feature matrix
through one ``Encoding`` (``encoding``: numbers as they are, text one-hot), which the data
set keeps and its source records, so the project reopens with the same inputs. Rows are
numbered as a text editor or spreadsheet shows them (the header is row 1); they are looked
up (``csv_lines``) only when an error must name one.
"""

from __future__ import annotations

import math
import numbers
import os
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from engine.datasets import csv_layout, text_encodings
from engine.datasets.column_hints import likely_target, names_rows, says_nothing
from engine.datasets.csv_bytes import CsvBytes
from engine.datasets.csv_columns import (
    CsvColumn,
    column_of,
    decimal_comma_problem,
    fitted_column,
    looks_numeric,
    numeric_problem,
    text_codes,
)
from engine.datasets.csv_lines import RecordLines
from engine.datasets.csv_table import read_table
from engine.datasets.csv_targets import TargetCells, encode_targets
from engine.datasets.dataset import TASKS, Dataset
from engine.datasets.encoding import Encoding, RawColumn
from engine.datasets.files import absolute, as_path
from engine.datasets.split import check_split
from engine.errors import DataError, MissingValues, NoHeaderFound
from engine.text import translate

ColumnKey = str | int


def _column_index(key: ColumnKey, names: Sequence[str], path: os.PathLike[str]) -> int:
    """A column chosen by name or by 0-based index (negative counts from the end)."""
    if isinstance(key, numbers.Integral) and not isinstance(key, bool):
        if -len(names) <= key < len(names):
            return int(key) % len(names)
        raise DataError(
            translate(
                "Data", "{path}: column index {key} is out of range; the file has {n_names} "
                "columns (0 to {n_names2})").format(
                    path=path, key=key, n_names=len(names), n_names2=len(names) - 1)
        )
    if isinstance(key, str):
        matches = [i for i, name in enumerate(names) if name == key.strip()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise DataError(
                translate(
                    "Data", "{path}: {n_matches} columns are named {key}; choose one by "
                    "index").format(path=path, n_matches=len(matches), key=repr(key))
            )
        near = [name for name in names if name.strip().casefold() == key.strip().casefold()]
        if len(near) == 1:  # --target Species for species: say which is meant
            raise DataError(translate(
                "Data", "{path}: has no column named {key}; did you mean {near}? (names are "
                "matched exactly, capitals too)").format(path=path, key=repr(key),
                                                          near=repr(near[0])))
        shown = ", ".join(repr(n) for n in names[:20]) + (", ..." if len(names) > 20 else "")
        if list(names) == csv_layout.made_up_names(len(names)):
            raise NoHeaderFound(translate(
                "Data", "{path}: has no column named {key}; its columns are {shown}: its "
                        "first row was read as values, not names (numbers such as years "
                        "look like values)").format(path=path, key=repr(key), shown=shown))
        raise DataError(translate(
            "Data", "{path}: has no column named {key}; its columns are {shown}").format(
                path=path, key=repr(key), shown=shown))
    raise DataError(translate(
        "Data", "{path}: a column is chosen by name or index, not {key}").format(
            path=path, key=repr(key)))


def _column_list(keys, names, path) -> list[int]:
    if keys is None:
        return []
    if not isinstance(keys, list | tuple):
        keys = [keys]
    indices = [_column_index(key, names, path) for key in keys]
    if len(set(indices)) != len(indices):
        raise DataError(translate(
            "Data", "{path}: the same column is chosen twice in {value}").format(
                path=path, value=repr(list(keys))))
    return indices


def _check_layout_options(header, delimiter) -> None:
    if header not in (None, True, False):
        raise DataError(translate(
            "Data", "header must be None (detect it), True or False, not {header}").format(
                header=repr(header)))
    if delimiter is not None and delimiter not in csv_layout.DELIMITERS:
        raise DataError(translate(
            "Data", "delimiter must be None (detect it), ',', ';', '\\t' or '|', not "
            "{delimiter}").format(delimiter=repr(delimiter)))


def _check_divisor(divide_target) -> None:
    if (not isinstance(divide_target, numbers.Real) or isinstance(divide_target, bool)
            or not math.isfinite(divide_target) or divide_target <= 0):
        raise DataError(translate(
            "Data", "divide_target must be a finite number greater than 0, not "
            "{value}").format(value=repr(divide_target)))


def _check_reading_options(task, drop_missing, validation_share, seed) -> None:
    if task is not None and task not in TASKS:
        raise DataError(translate(
            "Data", "task must be None (infer it), {names}, not {task}").format(
                names=' or '.join(TASKS), task=repr(task)))
    if not isinstance(drop_missing, bool):
        raise DataError(translate(
            "Data", "drop_missing must be True or False, not {drop_missing}").format(
                drop_missing=repr(drop_missing)))
    check_split(validation_share, seed)


def _plain(key: Any) -> Any:
    """A column key as JSON can store it (numpy integers become ints)."""
    return int(key) if isinstance(key, numbers.Integral) and not isinstance(key, bool) else key


def _layout(file: Path, source: CsvBytes, header: bool | None, delimiter: str | None):
    """Delimiter, decimal mark, header flag, column names, the header's 0-based lines and
    the width."""
    text, whole = source.head_text()
    sample = csv_layout.sample_lines(text)
    if not sample:
        raise DataError(translate(
            "Data", "{file}: is empty; a CSV file needs rows of values").format(file=file))
    delimiter = delimiter or csv_layout.detect_delimiter(sample, file)
    head = csv_layout.head_records(text, delimiter, whole, file)
    if not head:
        raise DataError(translate(
            "Data", "{file}: is empty; a CSV file needs rows of values").format(file=file))
    first_line, last_line, first = head[0]
    decimal = csv_layout.detect_decimal([fields for _, _, fields in head], delimiter)
    if header is None:
        header = csv_layout.looks_like_header(first, [fields for _, _, fields in head[1:]],
                                              decimal)
    if len(first) < 2:
        raise DataError(
            translate(
                "Data", "{file}: row {first_line} has a single column; a data set needs feature "
                "columns and a target column").format(file=file, first_line=first_line)
        )
    if header and whole and len(head) == 1:
        raise DataError(translate(
            "Data", "{file}: has a header row but no data rows").format(file=file))
    names = csv_layout.column_names(first, header)
    skip = list(range(first_line - 1, last_line)) if header else []
    return delimiter, decimal, header, names, skip, len(first)


class _Problems:
    """The first bad cell in reading order among several columns' first problems."""

    def __init__(self, file: Path, names: Sequence[str], line):
        self.file, self.names, self.line = file, names, line
        self.found: list[tuple[int, int, str]] = []

    def add(self, column: int, problem) -> None:
        if problem is not None:
            self.found.append((problem[0], column, problem[1]))

    def raise_first(self) -> None:
        if self.found:
            record, column, what = min(self.found)
            raise DataError(translate(
                "Data", "{file}: row {value}, column {names}: {what}").format(
                    file=self.file, value=self.line(record), names=repr(self.names[column]),
                    what=what))


def _feature_columns(file, names, features, columns, fixed, lines, decimal: str = "."
                     ) -> list[RawColumn | None]:
    """Each feature column's RawColumn when it is numbers (text columns: None, fitted on the
    rows kept); DataError at the first cell that cannot be a feature."""
    problems = _Problems(file, names, lines.line)
    raw: list[RawColumn | None] = []
    for position, i in enumerate(features):
        column = columns[i]
        given = fixed.columns[position] if fixed is not None else None
        numeric = looks_numeric(column) if given is None else not given.is_text
        if numeric:
            problems.add(i, numeric_problem(column, lambda r, i=i: lines.cell(r, i),
                                            decimal))
            raw.append(RawColumn(names[i]))
        else:
            if given is None:
                problems.add(i, decimal_comma_problem(column))
            raw.append(given)
    problems.raise_first()
    return raw


def _missing_rows(file, names, used, columns, line, drop_missing) -> np.ndarray:
    """Which rows have a missing value; DataError at the first one unless ``drop_missing``."""
    missing_rows = np.zeros(columns[used[0]].n, dtype=bool)
    for i in used:
        if columns[i].may_miss:
            missing_rows |= columns[i].missing
    count = int(missing_rows.sum())
    if count and not drop_missing:
        row = int(np.argmax(missing_rows))
        column = names[next(i for i in used if columns[i].missing[row])]
        if count == 1:
            message = translate(
                "Data", "{file}: row {row}, column {column!r}: the value is missing (the only "
                "row with a missing value)")
        else:
            message = translate(
                "Data", "{file}: row {row}, column {column!r}: the value is missing ({count} "
                "rows have a missing value)")
        raise MissingValues(message.format(file=file, row=line(row), column=column,
                                           count=f"{count:,}"),
                            row=line(row), column=column, count=count)
    if count == missing_rows.shape[0]:
        raise DataError(translate(
            "Data", "{file}: every row has a missing value; nothing is left to train on").format(
                file=file))
    return missing_rows


def _encode(file, names, features, columns: dict[int, CsvColumn], raw, fixed, line,
            options) -> tuple[Encoding, np.ndarray]:
    """The encoding (text columns' categories fitted on the rows kept, or checked against
    ``fixed``) and the feature matrix it makes."""
    problems = _Problems(file, names, line)
    fitted, values = [], []
    for position, i in enumerate(features):
        column = columns[i]
        chosen = raw[position]
        if chosen is None:
            chosen = fitted_column(names[i], column, str(file))
        if chosen.is_text:
            codes, problem = text_codes(column, chosen)
            problems.add(i, problem)
            values.append(codes)
        else:
            values.append(column.numbers)
        fitted.append(chosen)
    problems.raise_first()
    encoding = Encoding(tuple(fitted), tuple(names[i] for i in options["ignored"]),
                        options["drop_missing"])
    return encoding, encoding.encode(values)


def _holds_nul(table, columns: dict[int, CsvColumn], ignored: Sequence[int]) -> bool:
    """Whether a text cell of the table holds a NUL character (pandas reads a NUL byte as
    one): only text columns can, and a used one is looked at through its distinct values."""
    if any(column.uniques is not None and any("\x00" in text for text in column.uniques)
           for column in columns.values()):
        return True
    for i in ignored:
        cells = table.iloc[:, i]
        if cells.dtype.kind not in "iufb" and cells.astype(str).str.contains(
                "\x00", regex=False).any():
            return True
    return False


def _check_fixed(file: Path, fixed: Encoding | None, names: Sequence[str], features) -> None:
    if fixed is None:
        return
    columns = tuple(names[i] for i in features)
    if columns != fixed.raw_names:
        raise DataError(translate(
            "Data", "{file}: its feature columns ({columns}) are no longer the ones the data's "
            "encoding was made with ({expected}); choose the data again").format(
                file=file, columns=", ".join(columns), expected=", ".join(fixed.raw_names)))


class CsvFile:
    """A CSV file opened once and read with any choice of target, features and missing
    values (``read``). Its layout is found at once; pandas parses it at the first reading
    and each column is sorted once, so reading it again with other choices (the CSV dialog
    does at every tick) costs the choosing alone, not the parse (0.7 s for 60,000 × 785)."""

    def __init__(self, path: str | os.PathLike[str], *, header: bool | None = None,
                 delimiter: str | None = None, text_encoding: str = text_encodings.DEFAULT):
        _check_layout_options(header, delimiter)
        text_encoding = text_encodings.canonical(text_encoding)
        self.file = as_path(path)
        self.source = CsvBytes(self.file, text_encoding)
        #: the text encoding the file is read in (UTF-16 when its byte-order mark says so)
        self.text_encoding = self.source.encoding
        with self._bytes_first():
            (self.delimiter, self.decimal, self.header, self.names, self._skip,
             self._width) = _layout(self.file, self.source, header, delimiter)
        self._table = None
        self._columns: dict[int, CsvColumn] = {}

    @contextmanager
    def _bytes_first(self):
        """A fault in the file's bytes is the one to report, whatever else failed."""
        try:
            yield
        except DataError:
            self.source.check_whole()
            raise

    def _record_lines(self) -> RecordLines:
        """Where the records are, for one reading's errors: made afresh for each, since the
        records (every cell's text) are built only for an error and can be gigabytes for a
        large file, which a dialog holding this file must not keep."""
        return RecordLines(lambda: self.source.whole, self.delimiter, self.header, self.file)

    def _column(self, i: int, lines: RecordLines) -> CsvColumn:
        if self._table is None:
            source = self.source
            self._table = read_table(source.for_pandas(),
                                     self.delimiter, self._skip, self._width, lines,
                                     self.file, as_on_disk=source.as_on_disk,
                                     decimal=self.decimal)
        if i not in self._columns:
            self._columns[i] = column_of(self._table.iloc[:, i], self.decimal)
        return self._columns[i]

    def likely_target(self) -> int:
        """The column the CSV dialog offers as the target (``column_hints.likely_target``):
        never one of one value or of row numbers when another column can be it."""
        lines = self._record_lines()

        def tells_something(i: int) -> bool:
            column = self._column(i, lines)
            if column.uniques is not None and names_rows(column.codes):
                return False  # names or ids, which a classifier cannot learn (tester)
            return not says_nothing(column.numbers if column.uniques is None else None,
                                    column.codes)

        with self._bytes_first():
            return likely_target(self.names, tells_something)

    def read(
        self,
        target: ColumnKey | Sequence[ColumnKey] | None = None,
        *,
        task: str | None = None,
        drop_missing: bool = False,
        ignore: ColumnKey | Sequence[ColumnKey] | None = (),
        validation_share: float = 0.2,
        seed: int = 0,
        encoding: Encoding | dict[str, Any] | None = None,
        divide_target: float = 1,
    ) -> Dataset:
        """The file as a Dataset with these choices (see ``read_csv``)."""
        _check_reading_options(task, drop_missing, validation_share, seed)
        _check_divisor(divide_target)
        ignore_list = [
            _plain(key)
            for key in (
                [] if ignore is None else ignore if isinstance(ignore, list | tuple)
                else [ignore]
            )
        ]
        target_given = ([_plain(key) for key in target] if isinstance(target, list | tuple)
                        else _plain(target))
        fixed = None if encoding is None else Encoding.from_dict(encoding)
        with self._bytes_first():
            return self._read(target, target_given, task, drop_missing, ignore_list, fixed,
                              validation_share, seed, divide_target)

    def _read(self, target, target_given, task, drop_missing, ignore_list, fixed,
              validation_share, seed, divide_target=1) -> Dataset:
        file, names, lines = self.file, self.names, self._record_lines()
        targets = _column_list(-1 if target is None else target, names, file)
        ignored = _column_list(ignore_list, names, file)
        both = [names[i] for i in targets if i in ignored]
        if both:
            raise DataError(translate(
                "Data", "{file}: column {column!r} is the target and cannot also be "
                "ignored").format(file=file, column=both[0]))
        features = [i for i in range(len(names)) if i not in targets and i not in ignored]
        if not features:
            if ignored:
                raise DataError(translate(
                    "Data", "{file}: no feature columns are left: {ignored} ignored and "
                    "{target} the target; keep at least one column as a feature").format(
                        file=file, ignored=", ".join(repr(names[i]) for i in ignored),
                        target=", ".join(repr(names[i]) for i in targets)))
            raise DataError(translate(
                "Data", "{file}: no feature columns are left once the target is taken "
                "out").format(file=file))
        _check_fixed(file, fixed, names, features)
        columns = {i: self._column(i, lines) for i in (*features, *targets)}
        if not self.source.complete and _holds_nul(self._table, columns, ignored):
            self.source.check_whole()
        raw = _feature_columns(file, names, features, columns, fixed, lines, self.decimal)
        dropped = _missing_rows(file, names, sorted((*features, *targets)), columns,
                                lines.line, drop_missing)
        kept = np.flatnonzero(~dropped)
        if dropped.any():
            columns = {i: column.take(kept) for i, column in columns.items()}

        def line(record: int) -> int | str:
            return lines.line(int(kept[record]))

        encoding_used, X = _encode(file, names, features, columns, raw, fixed, line,
                                   {"ignored": ignored, "drop_missing": drop_missing})
        target_names = tuple(names[i] for i in targets)
        cells = TargetCells([columns[i] for i in targets], target_names, line, file,
                            self.decimal)
        Y, task, class_names = encode_targets(cells, task)
        if divide_target != 1:
            if task != "regression":
                raise DataError(translate(
                    "Data", "{file}: the target {name} holds classes; only a numeric "
                    "(regression) target can be divided").format(
                        file=file, name=", ".join(map(repr, target_names))))
            Y = Y / divide_target
            target_names = tuple(divided_name(name, divide_target) for name in target_names)
        options = {
            "target": target_given,
            "task": task,
            "header": self.header,
            "delimiter": self.delimiter,
            "drop_missing": drop_missing,
            "ignore": ignore_list,
            "validation_share": float(validation_share),
            "seed": int(seed),
        }
        if self.text_encoding != text_encodings.DEFAULT:
            options["text_encoding"] = self.text_encoding
        if encoding_used.has_text:
            options["encoding"] = encoding_used.to_dict()
        if divide_target != 1:
            options["divide_target"] = float(divide_target)
        return Dataset(
            X=X,
            Y=Y,
            task=task,
            class_names=class_names,
            feature_names=encoding_used.feature_names,
            target_names=target_names,
            name=file.name,
            source={"kind": "csv", "path": absolute(file), "options": options},
            validation_share=float(validation_share),
            seed=int(seed),
            dropped_rows=int(dropped.sum()),
            encoding=encoding_used,
        )


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
    encoding: Encoding | dict[str, Any] | None = None,
    divide_target: float = 1,
    text_encoding: str = text_encodings.DEFAULT,
) -> Dataset:
    """A CSV file as a Dataset: features are every column except ``target`` and ``ignore``.

    ``target`` names the target column(s) by header name or 0-based index; None means the
    last column. ``task`` None infers it (see ``engine.datasets.labels``). ``header`` and
    ``delimiter`` (comma, semicolon, tab or |) are detected when None. A feature column of
    text (no value in it a number) is one-hot encoded, one feature per category, named
    ``column=category``; ``encoding`` (an ``Encoding`` or its dict, as the source records
    it) fixes the categories instead, so a project reads its file as it did when it was
    made. Missing values (empty, NA, NaN, null, ?) are an error unless ``drop_missing``,
    which drops those rows and counts them in ``Dataset.dropped_rows``. ``divide_target``
    divides a regression target (prices in dollars by 100,000: a network's outputs start
    near 0, see ``normalise.target_scale_problem``), the target named so ("price ÷ 100,000").
    ``text_encoding``: the one the file was saved in (a Python codec name: "cp1252" for
    Excel's in Western Europe, "gb18030" for GBK; see ``text_encodings``), UTF-8 unless
    given or a UTF-16 byte-order mark says so; the data's source records it when it is not
    UTF-8. Every problem raises DataError naming file, row, column. (``CsvFile`` reads one
    file with several choices, parsing it once.)
    """
    # every option is checked before the file is opened, a mistake in them first
    _check_reading_options(task, drop_missing, validation_share, seed)
    _check_divisor(divide_target)
    return CsvFile(path, header=header, delimiter=delimiter,
                   text_encoding=text_encoding).read(
        target, task=task, drop_missing=drop_missing, ignore=ignore,
        validation_share=validation_share, seed=seed, encoding=encoding,
        divide_target=divide_target)


def divided_name(name: str, divisor: float) -> str:
    """A target's name once divided: "price ÷ 100,000"."""
    return f"{name} ÷ {divisor_text(divisor)}"


def divisor_text(divisor: float) -> str:
    """100000 as "100,000", 0.001 as "0.001"."""
    return f"{divisor:,.0f}" if divisor >= 1 and divisor == round(divisor) else f"{divisor:g}"
