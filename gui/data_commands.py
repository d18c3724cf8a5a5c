"""The undoable swap of the document's data: data set, normaliser, training data, and — for
the one-click "fit the network to the data" — the network too.

A command holds the whole state before and after, built completely (and so validated) before
it is pushed; redo and undo only swap references, so they cannot fail half-way. A paint stroke
is many small changes while the mouse moves: the commands of one stroke merge into one, so one
Undo takes back the whole stroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from engine import Network
from engine.project.starting import TrainingData

COMMAND_ID = 7401


@dataclass(frozen=True)
class DataState:
    """What a data change replaces. ``network`` is None when the network stays as it is."""

    dataset: Any
    normaliser: Any
    training: TrainingData
    network: Network | None = None


class SetDataCommand(QUndoCommand):
    """Swap ``before`` for ``after``; commands with the same non-None ``stroke`` merge."""

    def __init__(self, document, before: DataState, after: DataState, text: str,
                 stroke: int | None = None):
        super().__init__(text)
        self.document = document
        self.before, self.after, self.stroke = before, after, stroke
        self._applied_once = False

    def id(self) -> int:
        return COMMAND_ID if self.stroke is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetDataCommand) or other.stroke != self.stroke:
            return False
        if self.after.network is not None or other.after.network is not None:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._applied_once:
            self.document.aboutToEdit.emit()
        self._applied_once = True
        self.document._install_data(self.after)

    def undo(self) -> None:
        self.document.aboutToEdit.emit()
        self.document._install_data(self.before)
