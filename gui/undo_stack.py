"""The session's undo history on Qt's QUndoStack, so Edit ▸ Undo, its "Undo Train" text and
the unsaved-changes mark are Qt's while the commands themselves stay in the engine.

Each session command is pushed inside a QUndoCommand that only calls it; commands with the
same merge key merge through QUndoStack's own ``id``/``mergeWith``. The command's English
name is translated here (context "Commands") before its numbers are filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

MERGING = 7001
#: the names of two whole-weights edits the window makes (the engine's own commands mark
#: theirs in the engine), translated like every command's
IMPORT_WEIGHTS = QT_TRANSLATE_NOOP("Commands", "Import Weights")
RESTORE_WEIGHTS = QT_TRANSLATE_NOOP("Commands", "Restore Weights")


def _text(command) -> str:
    """The command's name in the language installed, its numbers filled in afterwards."""
    return QCoreApplication.translate("Commands", command.template).format(**command.args)


class _Wrapped(QUndoCommand):
    def __init__(self, command):
        super().__init__(_text(command))
        self.command = command

    def retranslate(self) -> None:
        self.setText(_text(self.command))

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

    def retranslate(self) -> None:
        """Name every command again in the language installed now (Edit ▸ Undo's text)."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, _Wrapped):
                command.retranslate()
        # the stack announces the texts only when its index moves: tell the menu directly
        self.stack.undoTextChanged.emit(self.stack.undoText())
        self.stack.redoTextChanged.emit(self.stack.redoText())

    def is_clean(self) -> bool:
        return self.stack.isClean()

    def set_clean(self) -> None:
        self.stack.setClean()
