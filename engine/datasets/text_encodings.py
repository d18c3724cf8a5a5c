"""The text encodings a CSV file may be written in, and turning its bytes into UTF-8.

Spreadsheets save CSV in the system's code page unless told otherwise: Excel in Germany or
France writes Windows-1252 ("Köln" as ``K\\xf6ln``), in China GBK, in Japan Shift-JIS; its
"Unicode text" is UTF-16. Which one a file is cannot be read from its bytes reliably (a
Latin-1 "Köln" is also valid GBK and Big5), so it is never guessed for a project: the
reader takes the encoding it is given (UTF-8 unless told), the project records it, and the
CSV dialog offers a likely one (``likely_encoding``) for the user to check in its preview.
Only a UTF-16 file is recognised by itself, by its byte-order mark.
"""

from __future__ import annotations

import codecs
import re

from engine.errors import DataError, NotInTextEncoding
from engine.text import QT_TRANSLATE_NOOP, translate, translate_stored

DEFAULT = "utf-8"
UTF_16 = "utf-16"
#: the encodings the CSV dialog offers, in its order, with their names for a user (any other
#: codec Python knows may be given to ``read_csv`` and on the command line)
OFFERED = {
    "utf-8": QT_TRANSLATE_NOOP("Data", "UTF-8"),
    "cp1252": QT_TRANSLATE_NOOP("Data", "Windows-1252 (Western European)"),
    "gb18030": QT_TRANSLATE_NOOP("Data", "GBK / GB18030 (Chinese, simplified)"),
    "big5": QT_TRANSLATE_NOOP("Data", "Big5 (Chinese, traditional)"),
    "cp932": QT_TRANSLATE_NOOP("Data", "Shift-JIS (Japanese)"),
    "cp1250": QT_TRANSLATE_NOOP("Data", "Windows-1250 (Central European)"),
    "cp1251": QT_TRANSLATE_NOOP("Data", "Windows-1251 (Cyrillic)"),
    "latin-1": QT_TRANSLATE_NOOP("Data", "ISO-8859-1 (Latin-1)"),
    UTF_16: QT_TRANSLATE_NOOP("Data", "UTF-16 (Excel's Unicode text)"),
}
_BOMS_16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def canonical(name: object) -> str:
    """``name`` as the reader records it (Python's codec name, "utf-8" for "UTF8"); a
    DataError naming it when Python knows no such text encoding."""
    if not isinstance(name, str) or not name.strip():
        raise DataError(translate(
            "Data", "text_encoding must be the name of a text encoding such as utf-8, cp1252 "
                    "or gb18030, not {name}").format(name=repr(name)))
    try:
        info = codecs.lookup(name.strip())
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise DataError(translate(
            "Data", "{name} is not a text encoding Python knows; for example utf-8, cp1252 "
                    "(Windows, Western European) or gb18030 (Chinese)").format(name=repr(name)))
    # Python's own names, except where the offered spelling is the one users know
    return {"iso8859-1": "latin-1"}.get(info.name, info.name)


def label(name: str) -> str:
    """An encoding's name for a user: the offered ones' ("Windows-1252 (Western …)"), any
    other's Python name."""
    return translate_stored("Data", OFFERED[name]) if name in OFFERED else name


def of_source(source) -> str | None:
    """The text encoding a data source records for its CSV file (None: UTF-8, or no CSV)."""
    options = source.get("options") if isinstance(source, dict) else None
    name = options.get("text_encoding") if isinstance(options, dict) else None
    return name if isinstance(name, str) and name != DEFAULT else None


def has_utf16_mark(data: bytes) -> bool:
    return data.startswith(_BOMS_16)


def as_utf8(data: bytes, encoding: str, path) -> bytes:
    """``data`` written in ``encoding``, as UTF-8 bytes; NotInTextEncoding naming the row of
    the first byte that is not text in it."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise not_text(data, error, encoding, path) from error
    return text.encode("utf-8")


def not_text(data: bytes, error: UnicodeDecodeError, encoding: str, path) -> NotInTextEncoding:
    """The error for ``data`` that is not ``encoding`` text at ``error.start``; its row is
    counted in the raw bytes (a UTF-16 file's newline is two bytes, ``\\n`` among them)."""
    line = data[: error.start].count(b"\n") + 1
    byte = f"{data[error.start]:02x}"
    if encoding == DEFAULT:
        message = translate(
            "Data", "{path}: row {line} is not UTF-8 text (byte 0x{byte}); the file was "
                    "saved in another text encoding (Windows-1252 by Excel in Western "
                    "Europe, GBK in China): give that one, or save the file as UTF-8").format(
                        path=path, line=line, byte=byte)
    else:
        message = translate(
            "Data", "{path}: row {line} is not {encoding} text (byte 0x{byte}); choose the "
                    "text encoding the file was saved in").format(
                        path=path, line=line, byte=byte, encoding=label(encoding))
    return NotInTextEncoding(message, encoding=encoding, row=line)


def likely_encoding(data: bytes, language: str | None = None) -> str:
    """The encoding the CSV dialog offers for bytes that are not UTF-8: the first of the
    code pages spreadsheets use for Chinese (GBK, then Big5) when the bytes look like it
    (``_paired``; with none past ASCII, when ``language`` is "zh…"), else Windows-1252, then
    the other Windows pages, or ISO-8859-1, which reads any bytes, that reads ``data`` as
    text. A guess for the user to check in the preview, never taken on its own."""
    if has_utf16_mark(data):
        return UTF_16
    # the bytes say it best (Chinese characters are pairs of them, a Western accent one
    # alone); the language only when they say nothing
    runs = re.findall(rb"[\x80-\xff]+", data)
    chinese = _paired(runs) if runs else (language or "").lower().startswith("zh")
    order = (("gb18030", "big5", "cp1252") if chinese else ("cp1252", "cp1250", "gb18030"))
    for encoding in order:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _paired(runs: list[bytes]) -> bool:
    """Whether the bytes past ASCII (their ``runs``) come in runs of two or more, as every
    character of GBK or Big5 text is two such bytes, where a Western European code page
    writes an accent alone between ASCII letters ("K\\xf6ln"): then Chinese is the
    likelier, whatever the interface's language (a GBK file in the English window opened
    as Windows-1252, every name garbled, tester)."""
    return sum(len(run) for run in runs if len(run) >= 2) >= 0.8 * sum(len(run) for run in runs)


def likely_encoding_of_file(path, language: str | None = None) -> str:
    """``likely_encoding`` of the first whole lines of the file at ``path`` (DataError when
    it cannot be read)."""
    from pathlib import Path

    from engine.datasets.csv_layout import HEAD_BYTES
    from engine.datasets.files import read_bytes

    head = read_bytes(Path(path), HEAD_BYTES + 1)
    if len(head) > HEAD_BYTES:  # a character cut at the end is not a fault of the file
        head = head[: max(head.rfind(b"\n"), head.rfind(b"\r")) + 1] or head
    return likely_encoding(head, language)


def resaved_as_utf8(path, encoding: str | None) -> bool:
    """Whether the file at ``path``, recorded as written in ``encoding`` (not UTF-8), is
    UTF-8 text now: saved again, its accents or Chinese read as UTF-8's bytes, which no
    legacy code page's text happens to be. A file that cannot be read is not (its reading
    says why)."""
    from pathlib import Path

    from engine.datasets.csv_layout import HEAD_BYTES
    from engine.datasets.files import read_bytes

    if encoding in (None, DEFAULT):
        return False
    try:
        head = read_bytes(Path(path), HEAD_BYTES)
    except DataError:
        return False
    if head.isascii() or has_utf16_mark(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # a character cut at the head's end
    return True
