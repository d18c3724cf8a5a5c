"""The session's undo history on Qt's QUndoStack, so Edit ▸ Undo, its "Undo Train" text and
the unsaved-changes mark are Qt's while the commands themselves stay in the engine.

Each session command is pushed inside a QUndoCommand that only calls it; commands with the
same merge key merge through QUndoStack's own ``id``/``mergeWith``. The command's English
name is translated here (context "Commands") before its numbers are filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

MERGING = 7001


class _Wrapped(QUndoCommand):
    def __init__(self, command):
        text = QCoreApplication.translate("Commands", command.template)
        super().__init__(text.format(**command.args))
        self.command = command

    def redo(self) -> None:
        self.command.redo()

    def undo(self) -> None:
        self.command.undo()

    def id(self) -> int:
        return MERGING if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return (isinstance(other, _Wrapped)
                and other.command.merge_key == self.command.merge_key
                and self.command.merge(other.command))


class QtUndoHistory:
    """``engine.session.undo.UndoHistory``'s methods over ``stack``. Its owner connects the
    stack's ``cleanChanged`` to ``clean_changed`` (through a slot of its own, so the
    connection ends with it)."""

    def __init__(self, stack: QUndoStack):
        self.stack = stack
        self.clean_changed = lambda clean: None

    def push(self, command) -> None:
        self.stack.push(_Wrapped(command))

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def can_undo(self) -> bool:
        return self.stack.canUndo()

    def can_redo(self) -> bool:
        return self.stack.canRedo()

    def undo_text(self) -> str:
        return self.stack.undoText()

    def redo_text(self) -> str:
        return self.stack.redoText()

    def count(self) -> int:
        return self.stack.count()

    def clear(self) -> None:
        self.stack.clear()

    def is_clean(self) -> bool:
        return self.stack.isClean()

    def set_clean(self) -> None:
        self.stack.setClean()
