"""The values of a CSV file read by pandas' C parser, every column as pandas sees it.

pandas is told the delimiter and the header line (both found by ``csv_layout``) and to keep
every cell's text where a column is not all numbers; everything else (quoting, line ends, a
byte-order mark, blank lines) its C parser does. It is not told which words mean a missing
value (``na_filter=False``): matching every cell against them cost a third of its time, and a
column with a gap is not all numbers anyway, so its cells come as text and ``csv_columns``
finds the missing ones among its distinct values.
Its failures become DataErrors naming the file and, found by ``csv_lines``, the row.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from engine.datasets.csv_lines import RecordLines
from engine.errors import DataError
from engine.text import translate


def read_table(data: bytes, delimiter: str, skip_lines: list[int], width: int,
               lines: RecordLines, path: Path, as_on_disk: bool = False, decimal: str = "."):
    """The DataFrame of the file's data records (``skip_lines``: the header's 0-based
    lines), with ``width`` columns; DataError for a row of another width or text that is
    not CSV. ``as_on_disk``: ``data`` is the file's bytes unchanged, so pandas may read the
    file itself, which it does faster than from memory (it reads ahead on another thread
    while it parses). ``decimal``: the decimal mark ``csv_layout.detect_decimal`` found."""
    import pandas

    source = path if as_on_disk else io.BytesIO(data)
    # pandas parses a large file in blocks (and faster so); a column whose blocks disagree
    # (numbers in one, words in the next) it joins as mixed objects and warns: such a file is
    # read again in one piece, so each column is numbers or texts throughout, as in the file.
    # (pandas is not told of thousands grouped by dots, "4.500": it would read "2.5" as 25;
    # such a column comes as text, and ``csv_columns`` reads its numbers strictly)
    options = dict(sep=delimiter, decimal=decimal, header=None, engine="c", na_filter=False,
                   skip_blank_lines=True, encoding="utf-8",
                   skiprows=_skip_option(skip_lines))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pandas.errors.DtypeWarning)
            table = pandas.read_csv(source, **options)
        if any(issubclass(w.category, pandas.errors.DtypeWarning) for w in caught):
            if not as_on_disk:
                source.seek(0)
            table = pandas.read_csv(source, low_memory=False, **options)
    except pandas.errors.EmptyDataError:
        raise DataError(translate(
            "Data", "{path}: has a header row but no data rows").format(path=path)) from None
    except MemoryError:
        raise DataError(translate(
            "Data", "{path}: is too large to read into memory").format(path=path)) from None
    except (pandas.errors.ParserError, ValueError, UnicodeDecodeError, OverflowError) as error:
        raise lines.first_ragged(width) or DataError(
            translate(
                "Data", "{path}: is not valid CSV ({names})").format(
                    path=path, names=' '.join(str(error).split()))) from error
    table = _without_empty_records(table)
    if table.shape[0] == 0:
        raise DataError(translate(
            "Data", "{path}: has a header row but no data rows").format(path=path))
    if table.shape[1] != width:
        raise lines.first_ragged(width) or DataError(
            translate(
                "Data", "{path}: row {value} has {shape} values but the first row has {width} "
                "columns").format(
                    path=path, value=lines.line(0), shape=table.shape[1], width=width))
    short = _maybe_short_rows(table.iloc[:, -1])
    if short:  # a short row ends in empty cells: check those rows' widths
        error = lines.first_ragged(width, short)
        if error is not None:
            raise error
    return table


def _without_empty_records(table):
    """``table`` without its records of empty cells alone: the rows ",,," a spreadsheet
    writes for cells once formatted, as blank as an empty line (which pandas skips). A
    column of numbers has no empty cell, so a table with one has no such row."""
    if table.shape[0] == 0 or any(kind in "iufb" for kind in (d.kind for d in table.dtypes)):
        return table
    import numpy as np

    def empty(column) -> np.ndarray:
        cells = table.iloc[rows, column].to_numpy(dtype=object, na_value="")
        return np.array([not str(cell).strip(" \t") for cell in cells], dtype=bool)

    rows = np.arange(table.shape[0])
    for column in range(table.shape[1]):
        rows = rows[empty(column)]
        if not len(rows):
            return table
    return table.drop(index=table.index[rows]).reset_index(drop=True)


def _maybe_short_rows(last) -> list[int]:
    """The records whose last cell is empty: pandas fills a short row's missing cells so (a
    column of numbers has none)."""
    if last.dtype.kind in "iufb":
        return []
    import numpy as np

    cells = last.to_numpy(dtype=object, na_value="")
    return np.flatnonzero(cells == "").tolist()


def _skip_option(skip_lines: list[int]):
    """``skiprows`` as pandas reads fastest: a count when the skipped lines open the file (a
    list keeps pandas' parser from reading ahead)."""
    if skip_lines == list(range(len(skip_lines))):
        return len(skip_lines) or None
    return skip_lines
