"""File ▸ Open Recent: the last projects opened or saved, remembered with QSettings.

The list holds up to ``MAX_RECENT`` absolute paths, the latest first. Every window's menu
reads it as it opens, so several windows agree; a file that is gone is taken off the list
when chosen (with a word to say so), and "Clear Menu" forgets them all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

SETTINGS_RECENT = "files/recentProjects"
MAX_RECENT = 8


def recent_paths() -> list[str]:
    value = QSettings().value(SETTINGS_RECENT, [])
    if isinstance(value, str):  # an INI file keeps a list of one as a plain string
        value = [value]
    return [str(path) for path in (value or []) if path]


def _store(paths: list[str]) -> None:
    settings = QSettings()
    if paths:
        settings.setValue(SETTINGS_RECENT, paths[:MAX_RECENT])
    else:
        settings.remove(SETTINGS_RECENT)


def remember(path: str | Path) -> None:
    """Put ``path`` at the top of the list."""
    path = str(Path(path).resolve())
    _store([path] + [other for other in recent_paths() if other != path])


def forget(path: str | Path) -> None:
    path = str(path)
    _store([other for other in recent_paths() if other != path])


def clear() -> None:
    _store([])


class RecentMenu(QMenu):
    """The Open Recent submenu; choosing an entry calls ``open_path(path)``."""

    def __init__(self, open_path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("menuRecent")
        self.setTitle(self.tr("Open &Recent"))
        self._open_path = open_path
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        paths = recent_paths()
        names = [Path(path).name for path in paths]
        for number, path in enumerate(paths, start=1):
            name = Path(path).name
            # two projects of one name are told apart by their folders
            text = name if names.count(name) == 1 else f"{name} — {Path(path).parent}"
            shortcut = f"&{number} " if number < 10 else ""
            action = self.addAction(shortcut + text.replace("&", "&&"))
            action.setObjectName(f"actionRecent_{number}")
            action.setData(path)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, path=path: self._open_path(path))
        if not paths:
            empty = self.addAction(self.tr("No Recent Projects"))
            empty.setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction(self.tr("&Clear Menu"))
        self.clear_action.setObjectName("actionClearRecent")
        self.clear_action.setEnabled(bool(paths))
        self.clear_action.triggered.connect(self._clear)

    def project_actions(self) -> list:
        return [action for action in self.actions() if action.data()]

    def _clear(self) -> None:
        clear()
        self.refill()
