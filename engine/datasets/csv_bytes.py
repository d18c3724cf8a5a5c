"""A CSV file's bytes, checked: its head at once, the whole file only when it is needed.

``csv_layout.check_bytes`` refuses NUL bytes and text that is not UTF-8, and makes line ends
``\\n``. The layout (delimiter, header) needs only the file's first lines; pandas reads
the values from the disk itself. Reading and checking all of a large file's bytes first as
well cost a tenth of reading an MNIST-sized CSV, so a large file's whole bytes are read and
checked only when something needs them: an error that must name a row (the check then
comes first, so a byte-level fault is reported as it always was), or a NUL found in a text
cell (pandas takes a NUL for a character; it stops at text that is not UTF-8 itself, and
skips a byte-order mark and reads carriage returns as line ends, as the check does).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from engine.datasets.csv_layout import HEAD_BYTES, check_bytes
from engine.datasets.files import read_bytes


class CsvBytes:
    """The checked bytes of the file at ``path``: ``head`` (whole lines), ``whole``."""

    def __init__(self, path: Path):
        self.path = path
        start = read_bytes(path, HEAD_BYTES + 1)
        #: whether the head is the whole file
        self.complete = len(start) <= HEAD_BYTES
        if self.complete:
            self.whole = check_bytes(start, path)
            self.head = self.whole
            #: whether pandas may read the file itself (its bytes need no change)
            self.as_on_disk = self.whole is start
        else:
            end = max(start.rfind(b"\n"), start.rfind(b"\r")) + 1
            # a first line longer than the head (thousands of columns): the layout needs all
            # of it, so it takes the whole file
            self.head = check_bytes(start[:end], path) if end else self.whole
            self.as_on_disk = True

    @cached_property
    def whole(self) -> bytes:
        """All of the file's bytes, checked (DataError at a NUL byte or bad UTF-8)."""
        return check_bytes(read_bytes(self.path), self.path)

    def head_text(self) -> tuple[str, bool]:
        """The text of the head, and whether it is the whole file."""
        if self.complete:
            return self.head.decode("utf-8"), True
        return self.head.decode("utf-8", errors="replace"), False

    def check_whole(self) -> None:
        """Read and check all of the file: DataError if its bytes are not CSV text."""
        self.whole  # noqa: B018 (reading it checks it)
