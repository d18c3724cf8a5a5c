"""Autosave and recovery: unsaved work survives a crash, a kill or a power cut.

Every minute (``AUTOSAVE_INTERVAL_MS``), and a few seconds after an edit, new data or a run's
end (``AUTOSAVE_SOON_MS``), a window whose project changed since its last autosave writes it
to the user's data folder (``data_folder()``: QStandardPaths' AppDataLocation, or the folder
named by ``BACKPROP_STUDIO_DATA``), with the engine's atomic
project writer: the file there is always a whole project, the previous one or the new one.
The document is not touched: its path, its unsaved mark and its undo history stay as they
were. Saving the project (it is then clean) or closing the window removes the autosave.

Each window's autosave is ``autosave/<pid>-<n>.bps.json`` beside a small ``.meta.json``
(where the project was saved, if ever, and its name) and a ``.lock`` (a QLockFile) that
its process holds while it lives. At the next start, ``offer_recovery`` asks about each
autosave whose lock is stale, the process that wrote it being gone, and never about one a
live process is still writing.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from engine import BackpropStudioError
from engine.project.document import PROJECT_SUFFIX
from engine.session import events

#: an environment variable naming another data folder (tests, portable installs)
DATA_FOLDER_ENV = "BACKPROP_STUDIO_DATA"
AUTOSAVE_INTERVAL_MS = 60_000
#: how soon after an edit (outside a run) the autosave follows
AUTOSAVE_SOON_MS = 5_000
AUTOSAVE_FOLDER = "autosave"
META_SUFFIX = ".meta.json"
LOCK_SUFFIX = ".lock"
#: the changes that make a project differ from what is on disk (not what is looked at)
_CONTENT = frozenset({events.SPEC, events.WEIGHTS, events.DATA, events.CONFIG, events.HISTORY})
_serials = itertools.count(1)


def data_folder() -> Path:
    """The user's data folder for Backprop Studio (autosaves, error logs); not created here."""
    override = os.environ.get(DATA_FOLDER_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".backprop-studio"


def autosave_folder() -> Path:
    return data_folder() / AUTOSAVE_FOLDER


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # A lock is stale only when the process that holds it is gone, however old it is: a
    # window may stay open for days (and on Unix Qt's flock keeps a live one safe anyway).
    lock.setStaleLockTime(0)
    return lock


def _project_title(path: str | None, name: str | None) -> str:
    """A project's file name, else its name; an untitled project named after a built-in
    data set by that set's title in the interface's language ("双螺旋", not "spirals")."""
    if path:
        return Path(path).name.removesuffix(PROJECT_SUFFIX).removesuffix(".json")
    if name:
        from engine.datasets.builtin import info
        from engine.errors import DataError
        from engine.text import translate_stored

        try:
            return translate_stored("Datasets", info(name).title)
        except DataError:
            return name
    return QCoreApplication.translate("Autosave", "Untitled")


class AutoSaver(QObject):
    """Autosaves one document every ``interval_ms`` while it has unsaved changes."""

    #: an autosave was written (its path)
    saved = Signal(str)
    #: an autosave could not be written (why, in words); the next tick tries again
    failed = Signal(str)

    def __init__(self, document, parent: QObject | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS):
        super().__init__(parent)
        self.document = document
        self._pending = False
        self._lock: QLockFile | None = None
        self._stem: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        #: an edit, new data or a finished run is saved a few seconds later, not up to a
        #: minute later (a kill right after loading data and training lost both)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(min(AUTOSAVE_SOON_MS, interval_ms))
        self._soon.timeout.connect(self.autosave)
        document.changed.connect(self._changed)
        document.undo_stack.indexChanged.connect(self._edited)
        document.modifiedChanged.connect(self._modified_changed)

    # ---- where -----------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """This window's autosave file, once it has one."""
        return None if self._stem is None else self._stem.with_name(
            self._stem.name + PROJECT_SUFFIX)

    def _claim(self) -> None:
        """Choose a free name in the autosave folder and hold its lock while we live."""
        folder = autosave_folder()
        folder.mkdir(parents=True, exist_ok=True)
        while True:
            stem = folder / f"{os.getpid()}-{next(_serials)}"
            taken = any(stem.with_name(stem.name + suffix).exists()
                        for suffix in (PROJECT_SUFFIX, META_SUFFIX, LOCK_SUFFIX))
            if taken:
                continue
            lock = _lock(stem.with_name(stem.name + LOCK_SUFFIX))
            if lock.tryLock(0):
                self._stem, self._lock = stem, lock
                return
            if lock.error() is not QLockFile.LockError.LockFailedError:
                raise OSError(QCoreApplication.translate(
                    "Autosave", "cannot create a lock file in {folder}").format(folder=folder))

    # ---- when -------------------------------------------------------------------------------
    #: True once ``hand_over_to`` gave the autosave to another window's autosaver
    _handed_over = False

    def _changed(self, change) -> None:
        if self._handed_over:
            return
        if change.parts & _CONTENT:
            self._pending = True
            self._save_soon()

    def _edited(self, *_) -> None:
        if self._handed_over:
            return
        self._pending = True
        self._save_soon()

    def _save_soon(self) -> None:
        """Outside a run (whose weights change every frame: the minute's tick saves those),
        save once the changes have rested for AUTOSAVE_SOON_MS."""
        if not self.document.live_training:
            self._soon.start()

    def _modified_changed(self, modified: bool) -> None:
        if self._handed_over:
            return
        if not modified and not self.document.live_training:
            self.discard()  # saved (or undone to the saved state): nothing left to recover

    def needs_saving(self) -> bool:
        document = self.document
        return self._pending and (document.is_modified or document.live_training)

    # ---- what ---------------------------------------------------------------------------------
    def autosave(self) -> bool:
        """Write the project to the autosave file if it changed since the last one; True when
        written. The document's path and unsaved mark stay as they are."""
        if self._handed_over or not self.needs_saving():
            return False
        return self.save_now()

    def save_now(self) -> bool:
        from engine.project import save_project
        from engine.project.atomic import atomic_write

        document = self.document
        try:
            if self._stem is None:
                self._claim()
            project = document.to_project()
            save_project(project, self.path)
            meta = {"path": str(document.path) if document.path else None,
                    "name": document.name, "pid": os.getpid(),
                    "saved": datetime.now().isoformat(timespec="seconds")}
            atomic_write(self._stem.with_name(self._stem.name + META_SUFFIX),
                         lambda handle: json.dump(meta, handle, ensure_ascii=False))
        except (BackpropStudioError, OSError) as error:
            self.failed.emit(str(error))
            return False
        self._pending = False
        self.saved.emit(str(self.path))
        return True

    def discard(self) -> None:
        """Remove this window's autosave (a clean exit, a save, a user's Discard)."""
        self._pending = False
        if self._stem is None:
            return
        _remove_files(self._stem)
        if self._lock is not None:
            self._lock.unlock()
        self._stem, self._lock = None, None

    def stop(self) -> None:
        """The window closes: no more autosaves, and none left behind."""
        self.timer.stop()
        self.discard()

    def hand_over_to(self, successor: AutoSaver) -> None:
        """``successor`` (the autosaver of a window rebuilt around the same document, as a
        language switch does) takes this one's file, its lock and what is still unsaved;
        this one saves nothing more. Stopping this one instead removed the autosave, and the
        new window wrote none until the next edit: a kill in between lost the project."""
        self.timer.stop()
        self._soon.stop()
        self._handed_over = True  # its signals may still reach it until it is deleted
        successor.discard()
        successor._stem, successor._lock = self._stem, self._lock
        successor._pending = self._pending or successor._pending
        self._stem = self._lock = None
        self._pending = False
        if successor._pending:
            successor._save_soon()


def _remove_files(stem: Path) -> None:
    for suffix in (PROJECT_SUFFIX, META_SUFFIX):
        with contextlib.suppress(OSError):
            stem.with_name(stem.name + suffix).unlink()
    # what an atomic write killed half-way left behind
    for temp in stem.parent.glob(f".{stem.name}.*.tmp"):
        with contextlib.suppress(OSError):
            temp.unlink()


@dataclass
class Leftover:
    """An autosave whose process is gone, held (locked) by this one while it is looked at."""

    stem: Path
    lock: QLockFile
    path: str | None
    name: str | None
    saved: datetime

    @property
    def project_file(self) -> Path:
        return self.stem.with_name(self.stem.name + PROJECT_SUFFIX)

    @property
    def title(self) -> str:
        return _project_title(self.path, self.name)

    def when(self) -> str:
        if self.saved.date() == datetime.now().date():
            return self.saved.strftime("%H:%M")
        return self.saved.strftime("%Y-%m-%d %H:%M")

    def remove(self) -> None:
        _remove_files(self.stem)
        self.lock.unlock()

    def release(self) -> None:
        """Leave it for a later start."""
        self.lock.unlock()


def leftovers() -> list[Leftover]:
    """The autosaves no live process holds, newest first; those of a process killed before
    its first autosave was whole are removed on the way."""
    folder = autosave_folder()
    if not folder.is_dir():
        return []
    stems = {entry.with_name(entry.name.removesuffix(suffix))
             for suffix in (PROJECT_SUFFIX, LOCK_SUFFIX, META_SUFFIX)
             for entry in folder.glob("*" + suffix) if not entry.name.startswith(".")}
    found = []
    for stem in sorted(stems):
        lock = _lock(stem.with_name(stem.name + LOCK_SUFFIX))
        if not lock.tryLock(0):
            continue  # a live process is writing it
        project = stem.with_name(stem.name + PROJECT_SUFFIX)
        if not project.is_file():
            _remove_files(stem)
            lock.unlock()
            continue
        meta = _read_meta(stem.with_name(stem.name + META_SUFFIX))
        saved = datetime.fromtimestamp(project.stat().st_mtime)
        found.append(Leftover(stem, lock, meta.get("path"), meta.get("name"), saved))
    found.sort(key=lambda leftover: leftover.saved, reverse=True)
    return found


def _read_meta(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def restore(document, leftover: Leftover) -> None:
    """Open ``leftover`` in ``document`` as an unsaved project (keeping the path it had)."""
    from engine.project import load_project
    from engine.project.starting import project_training_data

    project = load_project(leftover.project_file)
    where = leftover.path or str(leftover.project_file)
    data = project_training_data(project, where)
    document.replace_project(project, data, Path(leftover.path) if leftover.path else None)
    document.undo_stack.resetClean()  # unsaved: the file on disk (if any) is older


def offer_recovery(window, make_window=None) -> list:
    """Ask about each autosave a crashed or killed run left, newest first, and restore those
    the user wants: the first into ``window``, any more into windows ``make_window()``
    builds. A window holding a project the user opened (``main.py project.json``) keeps it:
    only that very project's autosave goes into it, any other into a window of its own. The
    windows that hold a restored project are returned."""
    restored = []
    opened = getattr(window.document, "path", None)
    if opened is not None:
        restored.append(None)  # taken: the next restore goes to a window of its own
    for leftover in leftovers():
        answer = QMessageBox.question(
            window, QCoreApplication.translate("Autosave", "Restore Unsaved Work"),
            QCoreApplication.translate(
                "Autosave", "Backprop Studio closed unexpectedly. Restore the unsaved project "
                "'{name}' from {time}?").format(name=leftover.title, time=leftover.when()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard)
        if answer != QMessageBox.StandardButton.Yes:
            leftover.remove()
            continue
        same = opened is not None and leftover.path is not None and \
            Path(leftover.path).resolve() == Path(opened).resolve()
        target = window if not restored or same else (make_window() if make_window else None)
        if target is None:
            leftover.release()
            continue
        try:
            restore(target.document, leftover)
        except (BackpropStudioError, OSError) as error:
            QMessageBox.warning(
                window, QCoreApplication.translate("Autosave", "Cannot Restore the Project"),
                QCoreApplication.translate(
                    "Autosave", "The autosaved project could not be opened: {error}\n"
                    "It is kept in {path}.").format(error=error, path=leftover.project_file))
            _set_aside(leftover)
            continue
        autosaver = getattr(getattr(target, "files", None), "autosaver", None)
        if autosaver is not None:
            autosaver.save_now()  # this process's own copy first, then the old one goes
        leftover.remove()
        restored.append(target)
    return [target for target in restored if target is not None]


def _set_aside(leftover: Leftover) -> None:
    """Keep an autosave that cannot be opened where the user can find it, never offered
    again."""
    project = leftover.project_file
    with contextlib.suppress(OSError):
        project.rename(project.with_name(leftover.stem.name + ".unreadable.json"))
    leftover.remove()
