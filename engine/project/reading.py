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

from engine.errors import NotAProject, ProjectError
from engine.text import QT_TRANSLATE_NOOP, translate

#: Python's json messages, in the user's language where they are said (without the "at"
#: some end in: the line and column follow)
JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("Project", "Expecting value"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Project", "Expecting property name enclosed in double quotes"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Project", "Expecting ',' delimiter"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Project", "Expecting ':' delimiter"),
    "Unterminated string starting": QT_TRANSLATE_NOOP("Project",
                                                      "Unterminated string starting"),
    "Invalid control character": QT_TRANSLATE_NOOP("Project", "Invalid control character"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("Project", "Invalid \\escape"),
    "Extra data": QT_TRANSLATE_NOOP("Project", "Extra data"),
}

MAX_FILE_BYTES = 1 << 30  # 1 GiB: far above any network the program can train


def read_json(path: str | os.PathLike, what: str | None = None) -> Any:
    """The parsed JSON value of ``path``; ProjectError naming the file (and ``what`` it was
    meant to be, default "project") for any fault."""
    path = Path(path)
    what = translate("Project", "project") if what is None else what
    text = _read_text(path, what)
    if not text.strip():
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: the file is empty").format(
                what=what, path=path))
    try:
        return json.loads(text, parse_constant=_refuse_constant,
                          object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as error:
        from engine.datasets.files import looks_like_csv

        if looks_like_csv(path):
            raise NotAProject(translate(
                "Project", "cannot open {what} {path}: it is a CSV data file, not a "
                "project").format(what=what, path=path), path=str(path)) from error
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: not valid JSON ({msg} at line {lineno}, "
            "column {colno}); the file may be truncated or damaged").format(
                # "Unterminated string starting at" ends in "at" already
                what=what, path=path, msg=_json_problem(error.msg), lineno=error.lineno,
                colno=error.colno)) from error
    except _Refused as error:
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: {error}").format(
                what=what, path=path, error=error)) from error
    except RecursionError as error:
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: the JSON is nested too deeply").format(
                what=what, path=path)) from error


def _read_text(path: Path, what: str) -> str:
    if path.is_dir():
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: it is a folder, not a file").format(
                what=what, path=path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(translate(
                "Project", "cannot open {what} {path}: the file is {size} bytes, more than the "
                "{most} this program reads").format(
                    what=what, path=path, size=f"{size:,}", most=f"{MAX_FILE_BYTES:,}"))
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: no such file").format(
                what=what, path=path)) from error
    except OSError as error:
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: {strerror}").format(
                what=what, path=path, strerror=error.strerror or error)) from error
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectError(translate(
            "Project", "cannot open {what} {path}: it is not a text (UTF-8 JSON) file; is it the "
            "right file?").format(what=what, path=path)) from error


class _Refused(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Refused(translate(
        "Project", "it contains {name}, which is not a number JSON allows").format(name=name))


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(translate(
                "Project", "the key {key} appears twice in one object").format(key=repr(key)))
        result[key] = value
    return result


def _json_problem(message: str) -> str:
    """Python's json message, without a last "at", in the user's language when known."""
    message = message.removesuffix(" at")
    return translate("Project", message) if message in JSON_PROBLEMS else message
