"""Atomic file writes: a reader sees either the old file or the whole new one, never a mix.

Every writer of the program (project saves, every export) goes through here. The new
content goes to a temporary file in the *same folder* (so the final rename never crosses
file systems), is flushed and fsync'ed, and only then renamed over the target with
``os.replace``, which POSIX and Windows both perform atomically. If anything fails on the
way, the temporary file is removed and the previous file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from engine.errors import ProjectError
from engine.text import translate


def atomic_write(path: str | os.PathLike, write: Callable[[IO[Any]], None], *,
                 binary: bool = False) -> None:
    """Write ``path`` atomically: ``write(file)`` fills a temporary file that replaces it.

    Raises :class:`ProjectError` naming the file when the folder is missing, the target is a
    folder, or the operating system refuses; any other exception from ``write`` propagates
    unchanged. In every failure the old file is intact and no temporary file remains.
    """
    target = check_target(path)
    fd, temp_name = _make_temp(target, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) \
                as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _mode_for(target))
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _write_error(target, error) from error
        raise
    _sync_folder(target.parent)


def atomic_write_folder(path: str | os.PathLike, fill: Callable[[Path], None]) -> None:
    """Create or replace the folder ``path`` atomically: ``fill(folder)`` writes its files.

    The files are written into a temporary sibling folder, each fsync'ed, and the folder is
    renamed into place. An existing folder is first moved aside and removed only once the
    new one stands, so a failure at any step leaves the old folder (or nothing) in place.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ProjectError(translate(
            "Project", "cannot write {target}: the folder {parent} does not exist").format(
                target=target, parent=target.parent))
    if target.exists() and not target.is_dir():
        raise ProjectError(translate(
            "Project", "cannot write the folder {target}: a file of that name exists").format(
                target=target))
    check_writable(target)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp",
                                     dir=target.parent))
    except OSError as error:
        raise _write_error(target, error) from error
    try:
        fill(temp)
        for child in temp.iterdir():
            _sync_file(child)
        _swap_folder(temp, target)
    except BaseException as error:
        shutil.rmtree(temp, ignore_errors=True)
        if isinstance(error, OSError):
            raise _write_error(target, error) from error
        raise
    _sync_folder(target.parent)


def check_target(path: str | os.PathLike) -> Path:
    """``path`` as a Path, or ProjectError if no file can be written there (a folder, a
    missing or read-only folder, a read-only file); long jobs call it first so a typo or a
    locked file does not cost the work."""
    target = Path(path)
    if target.is_dir():
        raise ProjectError(translate(
            "Project", "cannot write {target}: it is a folder, not a file").format(target=target))
    if not target.parent.is_dir():
        raise ProjectError(translate(
            "Project", "cannot write {target}: the folder {parent} does not exist").format(
                target=target, parent=target.parent))
    check_writable(target)
    return target


def check_writable(target: Path) -> None:
    """ProjectError unless ``target`` (a file or a folder, whose parent exists) may be
    replaced: its folder is writable and it is not itself read-only.

    A rename would replace a read-only file (only the folder's permission counts), but a file
    made read-only is one its owner meant to keep: it is refused, as an editor refuses it.
    Permission bits are read as well as ``os.access``, which lets the superuser write
    anything."""
    folder = target.parent
    if _read_only(folder):
        raise ProjectError(translate(
            "Project", "cannot write {target}: the folder {folder} is read-only").format(
                target=target, folder=folder))
    if target.exists() and _read_only(target):
        raise ProjectError(translate(
            "Project", "cannot write {target}: it is read-only").format(target=target))


def _read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & 0o222


def _make_temp(target: Path, suffix: str) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as error:
        raise _write_error(target, error) from error


def _swap_folder(new: Path, target: Path) -> None:
    if not target.exists():
        os.replace(new, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.replace(target, old / "previous")
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(old / "previous", target)
        shutil.rmtree(old, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _mode_for(target: Path) -> int:
    """The permissions the file would have had without the temporary file's private 0600."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK.append(current)
    return _UMASK[0]


def _sync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder, and that is fine."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(target: Path, error: OSError) -> ProjectError:
    reason = error.strerror or str(error)
    return ProjectError(translate(
        "Project", "cannot write {target}: {reason}").format(target=target, reason=reason))
