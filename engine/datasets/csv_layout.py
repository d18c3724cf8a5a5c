"""The shape of a CSV text: its delimiter, whether it has a header, and its records.

Records come with the line number a user sees in a text editor or spreadsheet, so every
error about a value can point at it. Files without quote characters are split with
``str.split`` (several times faster than the csv module on large numeric files); files with
quotes go through ``csv.reader``, which handles quoted delimiters and line breaks.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from engine.datasets.labels import is_missing, number_or_none
from engine.errors import DataError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SAMPLE_LINES = 20
SAMPLE_RECORDS = 21  # the first record and the ones a header guess looks at
_QUOTED = re.compile(r'"[^"]*"')


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark is skipped) with line ends made ``\\n``."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DataError(
            f"{path}: row {line} contains a NUL byte; this is a binary file, not CSV text"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataError(
            f"{path}: row {line} is not UTF-8 text (byte 0x{data[error.start]:02x}); "
            "save the file as UTF-8"
        ) from error
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sample_lines(text: str) -> list[str]:
    """The first few non-blank lines, enough to recognise the delimiter and a header."""
    sample: list[str] = []
    start = 0
    while start <= len(text) and len(sample) < _SAMPLE_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            sample.append(text[start:end])
        start = end + 1
    return sample


def detect_delimiter(sample: list[str], path: Path) -> str:
    """Comma, semicolon or tab: the one found the same number of times on every sample line.

    When several are consistent, tab beats semicolon beats comma, because a semicolon file
    often uses decimal commas; when none is, the one most frequent on the first line wins
    and the ragged row is reported later.
    """
    unquoted = [_QUOTED.sub("", line) for line in sample]
    consistent = [
        d
        for d in ("\t", ";", ",")
        if len({line.count(d) for line in unquoted}) == 1 and unquoted[0].count(d) > 0
    ]
    if consistent:
        return consistent[0]
    best = max(DELIMITERS, key=lambda d: unquoted[0].count(d))
    if unquoted[0].count(best) == 0:
        raise DataError(
            f"{path}: row 1 has a single column (no comma, semicolon or tab); a data set needs "
            "feature columns and a target column"
        )
    return best


def looks_like_header(first: list[str], following: list[list[str]]) -> bool:
    """Whether the first record names the columns rather than holding values.

    It does when some cell in it is not a number and either every cell is text, there are no
    further rows, or a column that is text in the first row holds numbers below it.
    """
    texty = [
        i for i, cell in enumerate(first) if not is_missing(cell) and number_or_none(cell) is None
    ]
    if not texty:
        return False
    if len(texty) == len(first) or not following:
        return True
    return any(
        i < len(row) and not is_missing(row[i]) and number_or_none(row[i]) is not None
        for row in following
        for i in texty
    )


def records(text: str, delimiter: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for every non-blank record of ``text``."""
    if '"' not in text:
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield number, line.split(delimiter)
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line_end = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise DataError(f"{path}: row {reader.line_num} is not valid CSV ({error})") from error
        start, line_end = line_end + 1, reader.line_num
        if any(cell.strip() for cell in fields):
            yield start, fields
