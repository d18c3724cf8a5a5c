"""The shape of a CSV file: its bytes checked, its delimiter, its decimal mark, its header,
its first records.

Only the head of the file is looked at here (pandas reads the rest): enough lines to
recognise the delimiter and whether the first record names the columns. Records come with
the line number a user sees in a text editor or spreadsheet, so errors can point at them.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from engine.datasets import text_encodings
from engine.datasets.labels import GROUPED_BY_DOTS, is_missing, number_or_none
from engine.errors import DataError
from engine.text import translate

#: the separators a file may use, found by themselves (``detect_delimiter``)
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SAMPLE_LINES = 20
SAMPLE_RECORDS = 21  # the first record and the ones a header guess looks at
HEAD_BYTES = 1 << 18
_QUOTED = re.compile(r'"[^"]*"')
#: the delimiters whose files may write decimals with a comma (``detect_decimal``): a
#: semicolon file's decimal commas are taken as such; a file of tabs or bars needs one that no
#: thousands separator writes
DECIMAL_COMMA_DELIMITERS = (";",)
EVIDENT_COMMA_DELIMITERS = ("\t", "|")
COMMA_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*),\d+(?:[eE][+-]?\d+)?")
#: thousands grouped twice or more ("1.368.237"): no number with a decimal point
MANY_GROUPS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3}){2,}")
DOT_NUMBER = re.compile(r"[+-]?\d*\.\d+(?:[eE][+-]?\d+)?")
#: a number English writes with thousands commas ("1,234", "12,345.5"): in a file of tabs or
#: bars, no evidence of a decimal comma
THOUSANDS_COMMAS = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")


def check_bytes(data: bytes, path: Path, encoding: str = text_encodings.DEFAULT) -> bytes:
    """The file's bytes as UTF-8 text without NUL bytes (written in ``encoding``, converted
    when it is another), with line ends made ``\\n``; DataError naming the row otherwise."""
    wide = encoding.startswith(("utf-16", "utf-32"))  # their NUL bytes are text
    if not wide and b"\x00" in data:
        raise _nul_error(data, path)
    if encoding != text_encodings.DEFAULT:
        data = text_encodings.as_utf8(data, encoding, path)
        if wide and b"\x00" in data:
            raise _nul_error(data, path)
    elif not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise text_encodings.not_text(data, error, encoding, path) from error
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def _nul_error(data: bytes, path: Path) -> DataError:
    line = data[: data.index(b"\x00")].count(b"\n") + 1
    return DataError(translate(
        "Data", "{path}: row {line} contains a NUL byte; this is a binary file, not CSV "
                "text").format(path=path, line=line))


def sample_lines(text: str) -> list[str]:
    """The first few non-blank lines, enough to recognise the delimiter and a header."""
    sample: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            sample.append(line)
            if len(sample) == _SAMPLE_LINES:
                break
    return sample


def detect_delimiter(sample: list[str], path: Path) -> str:
    """Comma, semicolon, tab or vertical bar: the one found the same number of times on every
    sample line.

    When several are consistent, tab beats semicolon beats comma beats the bar, because a
    semicolon file often uses decimal commas, and a bar is more often inside a comma file's
    text than a file's separator; when none is, the one most frequent on the first line
    wins and the ragged row is reported later.
    """
    unquoted = [_QUOTED.sub("", line) for line in sample]
    consistent = [
        d
        for d in ("\t", ";", ",", "|")
        if len({line.count(d) for line in unquoted}) == 1 and unquoted[0].count(d) > 0
    ]
    if consistent:
        return consistent[0]
    best = max(DELIMITERS, key=lambda d: unquoted[0].count(d))
    if unquoted[0].count(best) == 0:
        raise DataError(
            translate(
                "Data", "{path}: row 1 has a single column (no comma, semicolon, tab or |); a data "
                "set needs feature columns and a target column").format(path=path)
        )
    return best


def detect_decimal(records: list[list[str]], delimiter: str) -> str:
    """"," when a file writes its decimals with a comma ("2,5", as spreadsheets set to most
    European languages save CSV), its thousands grouped by dots or not ("4.500",
    "1.368.237"), and no number with a decimal dot; "." otherwise.

    A semicolon file is one of decimal commas when some number is written so. In a file of
    tabs or bars (Excel's "Unicode text" is tab-separated) "1,234" is as likely a thousands
    separator, which read as a decimal comma would be a wrong number without a word: such a
    file needs a number no thousands separator writes ("94,9", "0,25", "1.234,5"). In a file
    of commas a comma is never a decimal mark. A cell such as "4.500" is a decimal dot or a
    thousand by itself: it is a thousand only beside decimal commas (or "1.368.237", which no
    decimal point writes).
    """
    if delimiter not in DECIMAL_COMMA_DELIMITERS + EVIDENT_COMMA_DELIMITERS:
        return "."
    cells = [cell.strip() for fields in records for cell in fields]
    if any(DOT_NUMBER.fullmatch(cell) and not GROUPED_BY_DOTS.fullmatch(cell)
           for cell in cells):
        return "."
    evident = delimiter in EVIDENT_COMMA_DELIMITERS
    european = any(
        (COMMA_NUMBER.fullmatch(cell) and not (evident and THOUSANDS_COMMAS.fullmatch(cell)))
        or MANY_GROUPS.fullmatch(cell)
        for cell in cells)
    return "," if european else "."


def looks_like_header(first: list[str], following: list[list[str]], decimal: str = ".") -> bool:
    """Whether the first record names the columns rather than holding values.

    It does when some cell in it is not a number and either every cell is text, there are no
    further rows, or a column that is text in the first row holds numbers below it.
    """
    texty = [
        i for i, cell in enumerate(first)
        if not is_missing(cell) and number_or_none(cell, decimal) is None
    ]
    if not texty:
        return False
    if len(texty) == len(first) or not following:
        return True
    return any(
        i < len(row) and not is_missing(row[i]) and number_or_none(row[i], decimal) is not None
        for row in following
        for i in texty
    )


def column_names(first: list[str], header: bool) -> list[str]:
    """The columns' names: the header's cells, "column k" (1-based) for an empty one or
    when the file has no header."""
    return [(cell.strip() if header else "") or f"column {i + 1}" for i, cell in enumerate(first)]


def made_up_names(n: int) -> list[str]:
    """The names ``column_names`` gives the columns of a file without a header."""
    return column_names([""] * n, False)


def is_blank(line: str, delimiter: str) -> bool:
    """Whether ``line`` holds no record: nothing in it but spaces, tabs and delimiters (a
    spreadsheet writes a row it once formatted as ",,,"; pandas skips the lines without
    delimiters itself, ``csv_table`` the others)."""
    return not line.replace(delimiter, "").strip(" \t")


def is_empty_record(fields: list[str]) -> bool:
    """Whether a record's every field is empty (or spaces): a blank row, not a record."""
    return not any(field.strip(" \t") for field in fields)


def head_records(text: str, delimiter: str, whole: bool, path: Path,
                 limit: int = SAMPLE_RECORDS) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, fields) of the first ``limit`` records of ``text``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    found: list[tuple[int, int, list[str]]] = []
    line_end = 0
    while len(found) < limit:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if not whole:  # the head may end inside a quoted field: its records so far do
                break
            raise DataError(translate(
                "Data", "{path}: row {line_num} is not valid CSV ({error})").format(
                    path=path, line_num=reader.line_num, error=error)) from error
        start, line_end = line_end + 1, reader.line_num
        if not is_empty_record(fields):
            found.append((start, line_end, fields))
    return found
