"""Reading a user's file into memory, with every operating-system failure made a DataError."""

from __future__ import annotations

import os
from pathlib import Path

from engine.errors import DataError
from engine.text import translate

#: the endings of the data files the CSV reader is offered (its dialogs' filter; a project
#: file of one of these names is a data file opened by mistake)
CSV_SUFFIXES = (".csv", ".tsv", ".txt")


def looks_like_csv(path: str | os.PathLike[str]) -> bool:
    """Whether ``path``'s name ends as a CSV data file's does (``CSV_SUFFIXES``)."""
    return Path(path).suffix.lower() in CSV_SUFFIXES


def as_path(path: str | os.PathLike[str], what: str = "path") -> Path:
    """``path`` as a Path; anything else is the caller's mistake, reported as a DataError."""
    if isinstance(path, bytes) or not isinstance(path, str | os.PathLike):
        raise DataError(translate("Data", "{what} must be a file path, not {path}").format(
            what=what, path=repr(path)))
    return Path(path)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (its first ``limit`` bytes, if given), or a DataError naming the
    file and why it cannot be read."""
    try:
        if limit is None:
            return path.read_bytes()
        with path.open("rb") as file:
            return file.read(limit)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DataError(translate("Data", "{path}: cannot be read ({reason})").format(
            path=path, reason=reason)) from error
    except ValueError as error:  # e.g. an embedded NUL character in the path
        raise DataError(translate("Data", "{path}: is not a usable file path ({error})").format(
            path=path, error=error)) from error


def absolute(path: Path) -> str:
    """The path a source description records: absolute, so it rebuilds from any folder, and
    tidy ("data/penguins.csv", not "cli/../data/penguins.csv"); where a symbolic link makes
    the tidy path another file, the real one."""
    tidy = Path(os.path.abspath(path))
    try:
        if path.exists() and not (tidy.exists() and tidy.samefile(path)):
            return str(path.resolve())
    except OSError:
        pass
    return str(tidy)
