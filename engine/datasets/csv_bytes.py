"""A CSV file's bytes, checked: its head at once, the whole file only when it is needed.

``csv_layout.check_bytes`` refuses NUL bytes and text that is not UTF-8, and makes line ends
``\\n``. The layout (delimiter, header) needs only the file's first lines; pandas reads
the values from the disk itself. Reading and checking all of a large file's bytes first as
well cost a tenth of reading an MNIST-sized CSV, so a large file's whole bytes are read and
checked only when something needs them: an error that must name a row (the check then
comes first, so a byte-level fault is reported as it always was), or a NUL found in a text
cell (pandas takes a NUL for a character; it stops at text that is not UTF-8 itself, and
skips a byte-order mark and reads carriage returns as line ends, as the check does).

A file in another text encoding (``engine.datasets.text_encodings``; a UTF-16 file is known
by its byte-order mark) is read whole and converted to UTF-8 at once: the layout, pandas and
the errors then see the text they always see.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from engine.datasets import text_encodings
from engine.datasets.csv_layout import HEAD_BYTES, check_bytes
from engine.datasets.files import read_bytes


class CsvBytes:
    """The checked bytes of the file at ``path``, as UTF-8: ``head`` (whole lines),
    ``whole``; ``encoding``: the text encoding it is written in (Python's codec name)."""

    def __init__(self, path: Path, encoding: str = text_encodings.DEFAULT):
        self.path = path
        start = read_bytes(path, HEAD_BYTES + 1)
        if encoding == text_encodings.DEFAULT and text_encodings.has_utf16_mark(start):
            encoding = text_encodings.UTF_16  # never UTF-8: Excel's "Unicode text"
        self.encoding = encoding
        if encoding != text_encodings.DEFAULT:
            # converted whole at once (a character may span the head's end); the layout
            # still looks at the head alone
            self.whole = check_bytes(read_bytes(path), path, encoding)
            #: whether the head is the whole file
            self.complete = len(self.whole) <= HEAD_BYTES
            self.head = self.whole if self.complete else _whole_lines(self.whole[:HEAD_BYTES])
            #: whether pandas may read the file itself (its bytes need no change)
            self.as_on_disk = False
            return
        self.complete = len(start) <= HEAD_BYTES
        if self.complete:
            self.whole = check_bytes(start, path)
            self.head = self.whole
            self.as_on_disk = self.whole is start
        else:
            head = _whole_lines(start)
            # a first line longer than the head (thousands of columns): the layout needs all
            # of it, so it takes the whole file
            self.head = check_bytes(head, path) if head else self.whole
            self.as_on_disk = True

    @cached_property
    def whole(self) -> bytes:
        """All of the file's bytes, checked (DataError at a NUL byte or bad UTF-8)."""
        return check_bytes(read_bytes(self.path), self.path, self.encoding)

    def head_text(self) -> tuple[str, bool]:
        """The text of the head, and whether it is the whole file."""
        if self.complete:
            return self.head.decode("utf-8"), True
        return self.head.decode("utf-8", errors="replace"), False

    def check_whole(self) -> None:
        """Read and check all of the file: DataError if its bytes are not CSV text."""
        self.whole  # noqa: B018 (reading it checks it)

    def for_pandas(self) -> bytes:
        """The bytes pandas is to parse; empty when it reads the file from the disk itself."""
        return b"" if self.as_on_disk and not self.complete else self.whole


def _whole_lines(data: bytes) -> bytes:
    """``data`` up to its last line end (empty if it has none)."""
    return data[: max(data.rfind(b"\n"), data.rfind(b"\r")) + 1]
