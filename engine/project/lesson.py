"""A lesson preset: how a teacher wants a project's window to open, as plain data.

A teacher arranges the window for a lesson (which panels are up, which controls students may
not change, whether it opens in classroom mode) and saves that as a named preset; stored in
the project file (its optional ``"lesson"``), it travels with the project to the students,
whose window opens that way. The engine knows nothing of windows: a preset is names and
flags, checked for shape here and interpreted by the GUI (``gui.classroom``), which ignores a
panel or control name it does not know (one from a newer version). ``window_state`` is the
GUI's own opaque record of the dock layout (Qt's ``saveState``, base64), or "" for none.

The same record is written on its own, as a ``.bps-preset.json`` file, for a teacher's
library of presets (``save_preset`` / ``load_preset``)::

    {"format": "backprop-studio-lesson-preset", "version": 1,
     "preset": {"name": "XOR", "panels": [...], "locked": [...], "lock_style": "disable",
                "classroom": false, "window_state": ""}}
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import ProjectError
from engine.project.arrays import FormatProblem, is_int, type_name
from engine.project.atomic import atomic_write
from engine.project.reading import read_json
from engine.text import translate

#: how a locked control shows: greyed out with a tooltip saying why, or not shown at all
LOCK_STYLES = ("disable", "hide")
MAX_PRESET_NAME = 80
#: panel and control names are identifiers (``trainingDock``, ``learning_rate``)
MAX_NAMES = 100
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,79}")
#: Qt's saveState of a window with a few dozen docks is a few kB; far more is not a layout
MAX_WINDOW_STATE = 200_000
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
KEYS = ("name", "panels", "locked", "lock_style", "classroom", "window_state")
PRESET_FORMAT = "backprop-studio-lesson-preset"
PRESET_VERSION = 1
PRESET_SUFFIX = ".bps-preset.json"


@dataclass(frozen=True)
class LessonPreset:
    """A named lesson layout: ``panels`` are the panels shown (the GUI's dock names),
    ``locked`` the controls students cannot change, shown as ``lock_style`` says;
    ``classroom`` opens the window in classroom mode (large type, the panels only, full
    screen); ``window_state`` is the GUI's record of where the panels are ("" for none)."""

    name: str
    panels: tuple[str, ...] = ()
    locked: tuple[str, ...] = ()
    lock_style: str = "disable"
    classroom: bool = False
    window_state: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "panels", tuple(self.panels))
        object.__setattr__(self, "locked", tuple(self.locked))
        check_preset(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "panels": list(self.panels), "locked": list(self.locked),
                "lock_style": self.lock_style, "classroom": self.classroom,
                "window_state": self.window_state}

    @classmethod
    def from_dict(cls, stored: Any) -> LessonPreset:
        """The preset ``stored`` describes; FormatProblem saying what is wrong otherwise."""
        check_preset(stored)
        return cls(stored["name"], tuple(stored.get("panels", ())),
                   tuple(stored.get("locked", ())), stored.get("lock_style", "disable"),
                   stored.get("classroom", False), stored.get("window_state", ""))


def check_preset(stored: Any) -> None:
    """Refuse anything but a well-formed preset, with the first fault (FormatProblem)."""
    if not isinstance(stored, dict):
        raise FormatProblem(translate(
            "Project", "the lesson preset must be an object, not {kind}").format(
                kind=type_name(stored)))
    unknown = sorted(set(stored) - set(KEYS))
    if unknown:
        raise FormatProblem(translate(
            "Project", "the lesson preset has unknown keys {names}").format(
                names=', '.join(map(repr, unknown))))
    name = stored.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_PRESET_NAME:
        raise FormatProblem(translate(
            "Project", "the lesson preset's name must be 1 to {MAX_PRESET_NAME} characters, not "
            "{name}").format(MAX_PRESET_NAME=MAX_PRESET_NAME, name=f"{name!r:.60}"))
    for key in ("panels", "locked"):
        names = stored.get(key, [])
        if not isinstance(names, list | tuple) or len(names) > MAX_NAMES or not all(
                isinstance(n, str) and _NAME.fullmatch(n) for n in names):
            raise FormatProblem(translate(
                "Project", "the lesson preset's {key} must be a list of at most {MAX_NAMES} "
                "names (letters, digits and _)").format(key=key, MAX_NAMES=MAX_NAMES))
        if len(set(names)) != len(names):
            raise FormatProblem(translate(
                "Project", "the lesson preset's {key} name one thing twice").format(key=key))
    if stored.get("lock_style", "disable") not in LOCK_STYLES:
        raise FormatProblem(translate(
            "Project", "the lesson preset's lock_style must be one of {names}, not {value}").format(
                names=', '.join(LOCK_STYLES), value=f"{stored.get('lock_style')!r:.40}"))
    classroom = stored.get("classroom", False)
    if not isinstance(classroom, bool):
        raise FormatProblem(translate(
            "Project", "the lesson preset's classroom must be true or false, not "
            "{classroom}").format(classroom=f"{classroom!r:.40}"))
    state = stored.get("window_state", "")
    if (not isinstance(state, str) or len(state) > MAX_WINDOW_STATE
            or not _BASE64.fullmatch(state) or len(state) % 4):
        raise FormatProblem(translate(
            "Project", "the lesson preset's window_state must be base64 text of at most "
            "{MAX_WINDOW_STATE} characters").format(MAX_WINDOW_STATE=f"{MAX_WINDOW_STATE:,}"))


def save_preset(preset: LessonPreset, path: str | os.PathLike) -> None:
    """Write ``preset`` alone to ``path`` atomically (a teacher's library of presets)."""
    document = {"format": PRESET_FORMAT, "version": PRESET_VERSION, "preset": preset.to_dict()}
    atomic_write(Path(path), lambda handle: handle.write(
        json.dumps(document, indent=1, ensure_ascii=False) + "\n"))


def load_preset(path: str | os.PathLike) -> LessonPreset:
    """The preset stored at ``path``; ProjectError naming the file for any fault."""
    document = read_json(path, translate("Project", "lesson preset"))
    try:
        if not isinstance(document, dict) or document.get("format") != PRESET_FORMAT:
            raise FormatProblem(translate("Project", "it is not a Backprop Studio lesson preset"))
        version = document.get("version")
        if not is_int(version) or version < 1:
            raise FormatProblem(translate(
                "Project", "its \"version\" must be a whole number, not {version}").format(
                    version=f"{version!r:.60}"))
        if version > PRESET_VERSION:
            raise FormatProblem(translate(
                "Project", "it is lesson preset version {version}, written by a newer Backprop "
                "Studio; this program reads version {PRESET_VERSION}").format(
                    version=version, PRESET_VERSION=PRESET_VERSION))
        if set(document) != {"format", "version", "preset"}:
            raise FormatProblem(translate(
                "Project", "it must hold format, version and preset only"))
        return LessonPreset.from_dict(document["preset"])
    except FormatProblem as problem:
        raise ProjectError(translate(
            "Project", "cannot open lesson preset {path}: {problem}").format(
                path=path, problem=problem)) from problem
