"""The main window's actions, named and given the platform's standard shortcuts.

Each action has a stable objectName (``actionNew``, ``actionTrain``…) so tests and
accessibility tools can find it. An action whose feature is not built yet is created
disabled with a tooltip saying so: never a silent no-op.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from engine.text import translate_stored


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


#: the property of an action whose text changes (Undo Train): its name as a list shows it
PLAIN_NAME = "plainName"


def undo_redo_actions(parent: QObject, document) -> tuple[QAction, QAction]:
    """Edit ▸ Undo and Redo, going through the document (which stops training first) and
    following the undo stack's texts and availability as QUndoStack's own actions do."""
    stack = document.undo_stack
    # context _UndoLabels, the class that names them from then on (``parent.tr`` would be
    # filed by lupdate under a context called "parent")
    undo = make_action(parent, ActionInfo(
        "actionUndo", QCoreApplication.translate("_UndoLabels", "&Undo"),
        QKeySequence.StandardKey.Undo))
    redo = make_action(parent, ActionInfo(
        "actionRedo", QCoreApplication.translate("_UndoLabels", "&Redo"),
        QKeySequence.StandardKey.Redo))
    # Qt's Redo on Linux is Ctrl+Shift+Z only; people coming from other programs press Ctrl+Y
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    for extra in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")):
        if extra not in keys:
            keys.append(extra)
    redo.setShortcuts(keys)
    # their names without the command's (Help ▸ Keyboard Shortcuts lists "Undo", not "Undo
    # Train", tester 21, #14)
    undo.setProperty(PLAIN_NAME, undo.text())
    redo.setProperty(PLAIN_NAME, redo.text())
    undo.triggered.connect(document.undo)
    redo.triggered.connect(document.redo)
    labels = _UndoLabels(undo, redo, document)
    stack.canUndoChanged.connect(labels.follow)
    stack.canRedoChanged.connect(labels.follow)
    stack.undoTextChanged.connect(labels.follow)
    stack.redoTextChanged.connect(labels.follow)
    document.liveTrainingChanged.connect(labels.follow)
    # a window built around a document with a history (a change of language) names them now
    labels.follow()
    return undo, redo


class _UndoLabels(QObject):
    """Names the next undo and redo in the menu ("Undo Train") and enables them; a QObject,
    so its connections end with it.

    While a run trains, Undo stops it and undoes the training (the run is recorded as it
    stops): it says "Undo Train", not the edit before the run ("Undo Reset Weights" undid
    the training, tester). Redo is off then: the run, once recorded, is a new step, and what
    was undone before it can no longer be redone (it stopped the run and redid nothing)."""

    def __init__(self, undo: QAction, redo: QAction, document):
        super().__init__(undo)
        self.undo, self.redo, self.document = undo, redo, document

    @Slot()
    def follow(self, *_) -> None:
        stack, live = self.document.undo_stack, self.document.live_training
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.undo)
                and shiboken6.isValid(self.redo)):
            return  # the window and its document going (the stack's last signals)
        undo_text = translate_stored("Commands", "Train") if live else stack.undoText()
        self.undo.setText(self.tr("&Undo {what}").format(what=undo_text).strip())
        self.redo.setText(self.tr("&Redo {what}").format(
            what="" if live else stack.redoText()).strip())
        self.undo.setEnabled(live or stack.canUndo())
        self.redo.setEnabled(not live and stack.canRedo())
