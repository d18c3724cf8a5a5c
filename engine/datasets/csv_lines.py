"""Where a CSV file's records are: their line numbers and their cells, for error messages.

pandas reads the values fast but forgets which line each record came from (blank lines are
skipped, quoted fields may span lines). Only when something is wrong — a bad value, a short
row, a missing value to report — does ``RecordLines`` read the text again to say which line
a user should look at, so a good file never pays for it. Records are counted as the table
counts them (``csv_table``): lines of nothing but spaces, tabs and delimiters are skipped,
the header is not a record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from engine.datasets.csv_layout import is_blank, is_empty_record
from engine.errors import DataError
from engine.text import translate


class RecordLines:
    """The data records of a CSV text (after its header, if ``header``), found lazily."""

    def __init__(self, data: bytes | Callable[[], bytes], delimiter: str, header: bool,
                 path: Path):
        """``data``: the file's checked bytes, or a function that reads them (called only
        when a record must be found)."""
        self.data, self.delimiter, self.header, self.path = data, delimiter, header, path

    @cached_property
    def _records(self) -> list[tuple[int, list[str]]]:
        """(line number, fields) of every record, header excluded."""
        data = self.data() if callable(self.data) else self.data
        text = data.decode("utf-8", errors="replace")
        found: list[tuple[int, list[str]]] = []
        if '"' not in text:
            for number, line in enumerate(text.split("\n"), start=1):
                if not is_blank(line, self.delimiter):
                    found.append((number, line.split(self.delimiter)))
        else:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
            line_end = 0
            while True:
                try:
                    fields = next(reader)
                except StopIteration:
                    break
                except csv.Error as error:
                    raise DataError(translate(
                        "Data", "{path}: row {line_num} is not valid CSV ({error})").format(
                            path=self.path, line_num=reader.line_num, error=error)) from error
                start, line_end = line_end + 1, reader.line_num
                if not is_empty_record(fields):
                    found.append((start, fields))
        return found[1:] if self.header else found

    def line(self, record: int) -> int | str:
        """The line number of data record ``record`` (0-based), "?" if it cannot be found."""
        records = self._records
        return records[record][0] if 0 <= record < len(records) else "?"

    def cell(self, record: int, column: int) -> str:
        """The text of one cell, as the file holds it (stripped)."""
        records = self._records
        if 0 <= record < len(records) and column < len(records[record][1]):
            return records[record][1][column].strip()
        return ""

    def first_ragged(self, width: int, records: list[int] | None = None) -> DataError | None:
        """The error for the first record (of ``records``, or all) without ``width`` fields."""
        chosen = range(len(self._records)) if records is None else records
        for record in chosen:
            if 0 <= record < len(self._records):
                line, fields = self._records[record]
                if len(fields) != width:
                    return DataError(translate(
                        "Data", "{path}: row {line} has {n_fields} values but the first row has "
                        "{width} columns").format(
                            path=self.path, line=line, n_fields=len(fields), width=width))
        return None
