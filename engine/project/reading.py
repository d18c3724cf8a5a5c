"""Reading a JSON file a user hands us, defensively: any fault becomes one ProjectError.

A file may be missing, a folder, empty, binary, truncated, enormous, nested ten thousand
levels deep or full of ``NaN``; each case gets a message that names the file and says what
is wrong, and nothing is built from it. Python's ``json`` accepts ``NaN`` and ``Infinity``
by default and silently keeps the last of duplicate keys; both are refused here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from engine.errors import ProjectError

MAX_FILE_BYTES = 1 << 30  # 1 GiB: far above any network the program can train


def read_json(path: str | os.PathLike, what: str = "project") -> Any:
    """The parsed JSON value of ``path``; ProjectError naming the file for any fault."""
    path = Path(path)
    text = _read_text(path, what)
    if not text.strip():
        raise ProjectError(f"cannot open {what} {path}: the file is empty")
    try:
        return json.loads(text, parse_constant=_refuse_constant,
                          object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as error:
        raise ProjectError(f"cannot open {what} {path}: not valid JSON ({error.msg} at line "
                           f"{error.lineno}, column {error.colno}); the file may be truncated "
                           "or damaged") from error
    except _Refused as error:
        raise ProjectError(f"cannot open {what} {path}: {error}") from error
    except RecursionError as error:
        raise ProjectError(f"cannot open {what} {path}: the JSON is nested too deeply") from error


def _read_text(path: Path, what: str) -> str:
    if path.is_dir():
        raise ProjectError(f"cannot open {what} {path}: it is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(f"cannot open {what} {path}: the file is {size:,} bytes, more "
                               f"than the {MAX_FILE_BYTES:,} this program reads")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise ProjectError(f"cannot open {what} {path}: no such file") from error
    except OSError as error:
        raise ProjectError(f"cannot open {what} {path}: {error.strerror or error}") from error
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectError(f"cannot open {what} {path}: it is not a text (UTF-8 JSON) file; "
                           "is it the right file?") from error


class _Refused(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Refused(f"it contains {name}, which is not a number JSON allows")


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result
