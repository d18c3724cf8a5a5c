"""The main window's actions, named and given the platform's standard shortcuts.

Each action has a stable objectName (``actionNew``, ``actionTrain``…) so tests and
accessibility tools can find it. An action whose feature is not built yet is created
disabled with a tooltip saying so: never a silent no-op.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionInfo:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


def make_action(parent: QObject, info: ActionInfo) -> QAction:
    action = QAction(info.text, parent)
    action.setObjectName(info.name)
    if isinstance(info.shortcut, QKeySequence.StandardKey):
        action.setShortcuts(info.shortcut)
    elif info.shortcut:
        action.setShortcut(QKeySequence(info.shortcut))
    if info.tip:
        action.setStatusTip(info.tip)
        action.setToolTip(info.tip)
    return action


def mark_unavailable(action: QAction, why: str) -> None:
    """Disable an action whose feature is not in this version, and say why on hover."""
    action.setEnabled(False)
    action.setToolTip(why)
    action.setStatusTip(why)
