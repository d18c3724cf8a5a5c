"""Where the data panel's file dialogs start: beside the data in use.

They started in the program's working folder (its source folder, run from a checkout), not
where the user's CSV was (tester).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from gui.file_actions import RECENT_FOLDER


def import_folder(document) -> str:
    """The folder of the data in use (a CSV's, an image folder's parent, the IDX files'),
    else the project's, else the folder last opened from, else the home folder."""
    source = document.dataset.source if isinstance(document.dataset.source, dict) else {}
    for key in ("path", "images"):
        where = source.get(key)
        if isinstance(where, str) and Path(where).parent.is_dir():
            return str(Path(where).parent)
    if document.path is not None:
        return str(Path(document.path).parent)
    return str(QSettings().value(RECENT_FOLDER, str(Path.home())))


def remember(path: str) -> None:
    """The next dialog (File ▸ Open too) starts where ``path`` is."""
    QSettings().setValue(RECENT_FOLDER, str(Path(path).parent))
