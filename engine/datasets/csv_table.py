"""The values of a CSV file read by pandas' C parser, every column as pandas sees it.

pandas is told the delimiter and the header line (both found by ``csv_layout``), which words
mean a missing value, and to keep every cell's text where a column is not all numbers;
everything else (quoting, line ends, a byte-order mark, blank lines) its C parser does.
Its failures become DataErrors naming the file and, found by ``csv_lines``, the row.
"""

from __future__ import annotations

import io
import itertools
import warnings
from pathlib import Path

from engine.datasets.csv_lines import RecordLines
from engine.datasets.labels import MISSING_TOKENS
from engine.errors import DataError
from engine.text import translate


def _spellings(word: str) -> set[str]:
    """Every upper/lower-case spelling of ``word`` (pandas matches missing words exactly)."""
    return {"".join(letters) for letters in
            itertools.product(*({c.lower(), c.upper()} for c in word))}


#: the missing-value words as pandas needs them: every case of "NA", "null", "?", …
NA_VALUES = sorted(set().union(*(_spellings(word) for word in MISSING_TOKENS)))


def read_table(data: bytes, delimiter: str, skip_lines: list[int], width: int,
               lines: RecordLines, path: Path):
    """The DataFrame of the file's data records (``skip_lines``: the header's 0-based
    lines), with ``width`` columns; DataError for a row of another width or text that is
    not CSV."""
    import pandas

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas warns of mixed types; they are read below
            table = pandas.read_csv(
                io.BytesIO(data), sep=delimiter, header=None, skiprows=skip_lines or None,
                engine="c", na_values=NA_VALUES, keep_default_na=False, na_filter=True,
                skip_blank_lines=True, encoding="utf-8", low_memory=False)
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
    if table.shape[0] == 0:
        raise DataError(translate(
            "Data", "{path}: has a header row but no data rows").format(path=path))
    if table.shape[1] != width:
        raise lines.first_ragged(width) or DataError(
            translate(
                "Data", "{path}: row {value} has {shape} values but the first row has {width} "
                "columns").format(
                    path=path, value=lines.line(0), shape=table.shape[1], width=width))
    last = table.iloc[:, -1]
    if last.isna().any():  # a short row ends in missing cells: check those rows' widths
        import numpy as np

        error = lines.first_ragged(width, np.flatnonzero(last.isna().to_numpy()).tolist())
        if error is not None:
            raise error
    return table
