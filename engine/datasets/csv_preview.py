"""The first rows of a CSV file as text, for the import dialog's preview (no Qt).

The engine's own layout detection (delimiter, header) is used, so the preview shows the
columns exactly as ``read_csv`` will see them; the encoded features (text one-hot) are the
data set's own (``Dataset.feature_names``, ``Dataset.X``). Problems are DataErrors naming
the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engine.datasets import csv_layout, text_encodings
from engine.datasets.csv_bytes import CsvBytes
from engine.datasets.files import as_path
from engine.errors import DataError
from engine.text import translate

PREVIEW_ROWS = 8


@dataclass(frozen=True)
class CsvPeek:
    """The column ``names`` and the first ``rows``; ``lines`` numbers each row as the file's
    line (the header being line 1), as the reader's errors name rows."""

    path: Path
    names: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...] = ()
    #: the text encoding it was read in (UTF-16 when its byte-order mark says so)
    text_encoding: str = text_encodings.DEFAULT
    #: whether its first row names the columns
    header: bool = True


def peek(path, rows: int = PREVIEW_ROWS, text_encoding: str = text_encodings.DEFAULT,
         header: bool | None = None) -> CsvPeek:
    """The column names (made up when there is no header) and the first ``rows`` rows, the
    file read in ``text_encoding`` and with a header or not as ``read_csv`` is told (None:
    found as it finds it)."""
    file = as_path(path)
    source = CsvBytes(file, text_encodings.canonical(text_encoding))
    text, whole = source.head_text()
    sample = csv_layout.sample_lines(text)
    if not sample:
        raise DataError(translate(
            "Data", "{file}: is empty; a CSV file needs rows of values").format(file=file))
    delimiter = csv_layout.detect_delimiter(sample, file)
    records = csv_layout.head_records(text, delimiter, whole, file)
    head = [fields for _, _, fields in records]
    if not head:
        raise DataError(translate(
            "Data", "{file}: is empty; a CSV file needs rows of values").format(file=file))
    if header is None:
        header = csv_layout.looks_like_header(head[0], head[1:],
                                              csv_layout.detect_decimal(head, delimiter))
    names = tuple(csv_layout.column_names(head[0], header))
    body = records[1:] if header else records
    return CsvPeek(file, names, tuple(tuple(fields) for _, _, fields in body[:rows]),
                   tuple(first for first, _, _ in body[:rows]), source.encoding, bool(header))
