"""Undoable changes of the training settings; a run of changes to one field is one step.

Dragging the learning-rate slider makes dozens of changes: they merge into one command, so
one Undo puts η back where it was before the drag.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

COMMAND_ID = 7001


class SetConfigCommand(QUndoCommand):
    def __init__(self, document, before, after, fields: frozenset[str], text: str):
        super().__init__(text)
        self.document = document
        self.before, self.after, self.fields = before, after, fields

    def id(self) -> int:
        return COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetConfigCommand) or other.fields != self.fields:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.document.apply_config(self.after)

    def undo(self) -> None:
        self.document.apply_config(self.before)
